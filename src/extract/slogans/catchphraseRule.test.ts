import { describe, expect, it } from 'vitest';
import { followedByPolicyNoun, introducesSpeech, isCatchphrase, isFramedEnumeration } from './catchphraseRule.js';
import { sloganLexicon } from './sloganLexicon.js';

const lex = sloganLexicon();
const known = new Set(lex.formulas.map((f) => f.name));

describe('isCatchphrase', () => {
  it.each([
    ['担当实干、马上就办', '形成', ''],
    ['担当实干，马上就办', '形成', ''],
    ['应上尽上、全程在线', '实现', ''],
    ['怕、慢、假、庸、散', '整治', ''],
    ['清单之外无权力', '确保', ''],
    ['秋冬会战', '打好', ''],
    ['市委问政', '开展', ''],
    ['生态立市', '坚持', ''],
    ['放管服效', '深化', ''],
    ['对标一流、争先创优', '推进', ''],
    // No policy vocabulary: the noun after the quote names it a policy.
    ['先诊疗后付费', '落实', '政策；'],
    ['五级书记抓乡村振兴', '严格落实', '要求,'],
    ['局长走流程', '开展', '活动，'],
    ['一事一议', '完善', '制度。'],
    ['容错纠错', '建立', '机制'],
    // Framed enumerations: one frame, a slot that repeats inside each part.
    ['宜农则农、宜林则林、宜游则游', '坚持', '，'],
    ['应保尽保、应退尽退', '做到', '。'],
  ])('“%s” after 「%s」, before 「%s」 is a catchphrase', (content, before, after) => {
    expect(isCatchphrase(content, { before, after }, lex, known)).toBe(true);
  });

  it.each([
    ['金钥匙', '用好这把', '', 'figure of speech'],
    ['笼子', '扎牢制度', '', 'figure of speech, too short'],
    ['门', '开启发展之', '', 'single character'],
    ['稳', '立足', '', 'single character'],
    ['进', '着眼', '', 'single character'],
    ['不谋全局者不足谋一域，不谋万世者不足谋一时', '古人讲', '', 'classical saying'],
    ['发展就是硬道理', '他指出：', '', 'reported speech'],
    ['改革要抓住牛鼻子', '所谓', '', 'reported speech'],
    ['数字鸿沟', '弥合', '', 'figure of speech'],
    ['头脑风暴', '开展', '', 'figure of speech'],
    ['招商的冰山', '融化', '', 'a 的 phrase'],
    ['×经验', '形成', '', 'placeholder'],
    ['满盘皆活', '带动', '', 'idiom without policy vocabulary'],
    ['做事要讲良心，做人要讲诚信', '常说', '', 'a sentence'],
    ['今天的会开得很好。', '', '', 'ends like a sentence'],
    // Ordinals name a rank or a role, with or without policy vocabulary.
    ['第一责任人', '认真履行', '职责', 'ordinal role'],
    ['第一书记', '选派', '，', 'ordinal role'],
    ['第一方阵', '进入', '行动', 'ordinal rank, even before a policy noun'],
    // A policy noun after the quote does not rescue the other traps.
    ['金钥匙', '打造', '工程', 'figure of speech before a policy noun'],
    ['学而不思则罔，思而不学则殆', '古人说', '的原则', 'classical saying'],
    ['×模式', '打造', '模式', 'placeholder'],
    ['群众的事无小事', '坚持', '理念', 'a 的 sentence'],
    ['知之为知之', '坚持', '原则', 'classical 之'],
    ['先诊疗后付费', '落实', '，', 'no policy noun after it, no policy word in it'],
    // Parallel parts that vary in one place only, or in unrelated slots, are no framed enumeration.
    ['含金量、含绿量、含新量', '提高', '', 'one varying place'],
    ['不破不立、不塞不流', '坚持', '', 'slots differ inside a part'],
  ])('“%s” after 「%s」, before 「%s」 is not a catchphrase (%s)', (content, before, after) => {
    expect(isCatchphrase(content, { before, after }, lex, known)).toBe(false);
  });
});

describe('introducesSpeech', () => {
  it.each([
    ['他强调：', true],
    ['书记指出，', true],
    ['所谓', true],
    ['坚持', false],
    ['落实好', false],
  ])('%s → %s', (before, expected) => {
    expect(introducesSpeech(before, lex)).toBe(expected);
  });
});

describe('followedByPolicyNoun', () => {
  it.each([
    ['政策；', true],
    ['要求,', true],
    ['机制，', true],
    ['工作法', true],
    ['成为常态', false],
    ['', false],
    ['，政策', false],
  ])('%s → %s', (after, expected) => {
    expect(followedByPolicyNoun(after, lex)).toBe(expected);
  });
});

describe('isFramedEnumeration', () => {
  it.each([
    [['宜农则农', '宜林则林', '宜游则游'], true],
    [['应收尽收', '应保尽保'], true],
    [['能快则快', '能早则早', '能简则简'], true],
    [['宜农则农'], false],
    [['含金量', '含绿量', '含新量'], false],
    [['引起来', '领起来', '特起来'], false],
    [['不破不立', '不塞不流'], false],
    [['宜农则农', '宜林则林林'], false],
    [['党政同责', '一岗双责'], false],
  ])('%j → %s', (parts, expected) => {
    expect(isFramedEnumeration(parts)).toBe(expected);
  });
});
