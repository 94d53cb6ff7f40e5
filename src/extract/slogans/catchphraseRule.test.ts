import { describe, expect, it } from 'vitest';
import { introducesSpeech, isCatchphrase } from './catchphraseRule.js';
import { sloganLexicon } from './sloganLexicon.js';

const lex = sloganLexicon();
const known = new Set(lex.formulas.map((f) => f.name));

describe('isCatchphrase', () => {
  it.each([
    ['担当实干、马上就办', '形成'],
    ['担当实干，马上就办', '形成'],
    ['应上尽上、全程在线', '实现'],
    ['怕、慢、假、庸、散', '整治'],
    ['清单之外无权力', '确保'],
    ['秋冬会战', '打好'],
    ['市委问政', '开展'],
    ['生态立市', '坚持'],
    ['放管服效', '深化'],
    ['对标一流、争先创优', '推进'],
  ])('“%s” after 「%s」 is a catchphrase', (content, before) => {
    expect(isCatchphrase(content, before, lex, known)).toBe(true);
  });

  it.each([
    ['金钥匙', '用好这把', 'figure of speech'],
    ['笼子', '扎牢制度', 'figure of speech, too short'],
    ['门', '开启发展之', 'single character'],
    ['稳', '立足', 'single character'],
    ['进', '着眼', 'single character'],
    ['不谋全局者不足谋一域，不谋万世者不足谋一时', '古人讲', 'classical saying'],
    ['发展就是硬道理', '他指出：', 'reported speech'],
    ['改革要抓住牛鼻子', '所谓', 'reported speech'],
    ['数字鸿沟', '弥合', 'figure of speech'],
    ['头脑风暴', '开展', 'figure of speech'],
    ['招商的冰山', '融化', 'a 的 phrase'],
    ['×经验', '形成', 'placeholder'],
    ['满盘皆活', '带动', 'idiom without policy vocabulary'],
    ['做事要讲良心，做人要讲诚信', '常说', 'a sentence'],
    ['今天的会开得很好。', '', 'ends like a sentence'],
  ])('“%s” after 「%s」 is not a catchphrase (%s)', (content, before) => {
    expect(isCatchphrase(content, before, lex, known)).toBe(false);
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
