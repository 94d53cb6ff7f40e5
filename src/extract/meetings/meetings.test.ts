import { describe, expect, it } from 'vitest';
import type { MeetingFinding } from '../types.js';
import { endsWithStop, findMeetings, normaliseMeetingName } from './meetings.js';

const noLocation = () => ({ sectionId: null, sentence: 0 });
function meetings(text: string, hash = 'feedfacecafebeef'): MeetingFinding[] {
  return findMeetings(text, [{ start: 0, end: text.length }], noLocation, hash);
}
const pick = (m: MeetingFinding) => ({ name: m.name, level: m.level, congress: m.congress, session: m.session, anonymized: m.anonymized });

describe('findMeetings', () => {
  it.each([
    ['要深入学习党的二十届三中全会精神。', { name: '二十届三中全会', level: 'central', congress: 20, session: 3, anonymized: false }],
    ['第十八届中央委员会第六次全体会议审议通过。', { name: '十八届六中全会', level: 'central', congress: 18, session: 6, anonymized: false }],
    ['省委十二届四次全会作出部署。', { name: '省委十二届四次全会', level: 'provincial', congress: 12, session: 4, anonymized: false }],
    ['按照市委九届三次全体会议要求。', { name: '市委九届三次全体会议', level: 'city', congress: 9, session: 3, anonymized: false }],
    ['十四届全国人大二次会议胜利闭幕。', { name: '十四届全国人大二次会议', level: 'central', congress: 14, session: 2, anonymized: false }],
    ['县第十五次党代会提出目标。', { name: '县第十五次党代会', level: 'county', congress: null, session: 15, anonymized: false }],
    ['认真贯彻中央经济工作会议精神。', { name: '中央经济工作会议', level: 'central', congress: null, session: null, anonymized: false }],
    ['在全省文化旅游发展大会上，', { name: '全省文化旅游发展大会', level: 'provincial', congress: null, session: null, anonymized: false }],
    ['区委召开全区信访工作推进会。', { name: '全区信访工作推进会', level: 'county', congress: null, session: null, anonymized: false }],
    ['市政府召开安全生产专项整治现场会。', { name: '市政府安全生产专项整治现场会', level: 'city', congress: null, session: null, anonymized: false }],
    ['党的二十大以来，', { name: '党的二十大', level: 'central', congress: 20, session: null, anonymized: false }],
    ['党的十六大以后，', { name: '党的十六大', level: 'central', congress: 16, session: null, anonymized: false }],
    ['在党的七大上，', { name: '党的七大', level: 'central', congress: 7, session: null, anonymized: false }],
    ['十九届中央纪委四次全会强调，', { name: '十九届中央纪委四次全会', level: 'central', congress: 19, session: 4, anonymized: false }],
    ['今年全国两会期间，', { name: '全国两会', level: 'central', congress: null, session: null, anonymized: false }],
    ['中国共产党第二十次全国代表大会胜利召开。', { name: '党的二十大', level: 'central', congress: 20, session: null, anonymized: false }],
    ['县委召开全县推进“两学一做”学习教育常态化制度化工作会议，', { name: '全县推进“两学一做”学习教育常态化制度化工作会议', level: 'county', congress: null, session: null, anonymized: false }],
    ['党中央召开党史学习教育动员大会，', { name: '党史学习教育动员大会', level: 'central', congress: null, session: null, anonymized: false }],
    ['在庆祝中国共产党成立100周年大会上的重要讲话', { name: '庆祝中国共产党成立100周年大会', level: null, congress: null, session: null, anonymized: false }],
    ['召开的省委常委会（扩大）会议指出，', { name: '省委常委会（扩大）会议', level: 'provincial', congress: null, session: null, anonymized: false }],
  ])('%s', (text, expected) => {
    expect(meetings(text).map(pick)).toEqual([expected]);
  });

  it.each([
    ['县委召开×届×次常委（扩大）会议。', '县委×届×次常委（扩大）会议', 'county'],
    ['省委X届X次全会提出。', '省委×届×次全会', 'provincial'],
    ['市×次党代会明确提出。', '市×次党代会', 'city'],
    ['先后召开×次班子成员专题会议、', '×次班子成员专题会议', null],
  ])('flags the anonymised %s and keys it inside the speech', (text, name, level) => {
    const [m, ...rest] = meetings(text, 'aaaaaaaaaaaabbbb');
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ name, level, anonymized: true, key: `aaaaaaaaaaaa:${name}` });
  });

  it('gives one key to the same meeting in two speeches, but never merges anonymised ones', () => {
    const a = meetings('学习十九届六中全会精神。', '1111111111110000');
    const b = meetings('党的十九届六中全会强调。', '2222222222220000');
    expect(a[0]!.key).toBe(b[0]!.key);
    const x = meetings('省委×届×次全会。', '1111111111110000');
    const y = meetings('省委×届×次全会。', '2222222222220000');
    expect(x[0]!.key).not.toBe(y[0]!.key);
  });

  it('counts repeated mentions of one meeting', () => {
    const [m] = meetings('十九届五中全会是重要会议。党的十九届五中全会提出目标。');
    expect(m).toMatchObject({ count: 2 });
    expect(m!.mentions.map((x) => x.text)).toEqual(['十九届五中全会', '党的十九届五中全会']);
  });

  it.each([
    ['召开了三次会议，'],
    ['这次会议很重要。'],
    ['会议最后，我强调几点。'],
    ['全会精神要学深悟透。'],
    ['开好专题会议，'],
    ['十大平台建设全面铺开。'],
    ['七大洲的朋友都来了，八大菜系的'],
    ['举办会议问政三场。'],
    ['在下一步工作会议上，'],
    ['要认真学习这次会议精神。'],
  ])('finds no meeting in %s', (text) => {
    expect(meetings(text)).toEqual([]);
  });

  it('normalises names for comparison', () => {
    expect(normaliseMeetingName('党的十九届五中全会')).toBe('十九届五中全会');
    expect(normaliseMeetingName('省委X届X次常委(扩大)会议')).toBe('省委×届×次常委（扩大）会议');
  });

  it('splits enumerated plenums and keeps the discipline commission apart from the central committee', () => {
    const ms = meetings('学习党的十九届二中、三中、四中全会精神和十九届中央纪委四次全会精神。');
    expect(ms.map((m) => [m.name, m.congress, m.session])).toEqual([
      ['十九届二中全会', 19, 2],
      ['十九届三中全会', 19, 3],
      ['十九届四中全会', 19, 4],
      ['十九届中央纪委四次全会', 19, 4],
    ]);
    expect(ms.map((m) => m.mentions[0]!.text)).toEqual(['二中', '三中', '四中全会', '十九届中央纪委四次全会']);
    expect(new Set(ms.map((m) => m.key)).size).toBe(4);
    expect(ms[2]!.key).toBe(meetings('十九届四中全会')[0]!.key);
  });
  it.each([
    ['学习江西省委十五届三次全会精神。', '江西省委十五届三次全会', 'provincial:省委:15:3:全会@江西'],
    ['在中共江州市委十三届六次全体（扩大）会议上的讲话', '江州市委十三届六次全体（扩大）会议', 'city:市委:13:6:全体会议@江州'],
    ['认真落实好江州市委十三届六次全会部署。', '江州市委十三届六次全会', 'city:市委:13:6:全会@江州'],
    ['和黑龙江省委十二届四次全会精神。', '黑龙江省委十二届四次全会', 'provincial:省委:12:4:全会@黑龙江'],
    ['江州市第十三次党代会确定的目标。', '江州市第十三次党代会', 'city:市委::13:党代会@江州'],
    ['落实南昌市委经济工作会议部署。', '南昌市委经济工作会议', 'city:市委经济工作会议@南昌'],
  ])('puts the place written before a local organ into the key: %s', (text, name, key) => {
    expect(meetings(text).map((m) => [m.name, m.key])).toEqual([[name, key]]);
  });

  it.each([
    ['今年省委十二届三次全会提出，', '省委十二届三次全会'],
    ['要坚决拥护市委十三届六次全会决定。', '市委十三届六次全会'],
    ['，支持市委经济工作会议确定的任务。', '市委经济工作会议'],
    ['全面贯彻市委十三届六次全会精神。', '市委十三届六次全会'],
  ])('reads no place from a time word, verb or particle: %s', (text, name) => {
    const [m, ...rest] = meetings(text);
    expect(rest).toEqual([]);
    expect(m!.name).toBe(name);
    expect(m!.key).not.toContain('@');
  });

  it('keys the same plenum of two named provinces apart, and lends a speech’s one named place to its unnamed mentions', () => {
    const a = meetings('学习江西省委十五届三次全会精神。')[0]!;
    const b = meetings('学习浙江省委十五届三次全会精神。')[0]!;
    expect(a.key).not.toBe(b.key);
    const ms = meetings('江西省委十五届三次全会提出目标。省委十五届三次全会强调，省委经济工作会议要求。');
    expect(ms.map((m) => [m.name, m.count, m.key])).toEqual([
      ['江西省委十五届三次全会', 2, 'provincial:省委:15:3:全会@江西'],
      ['省委经济工作会议', 1, 'provincial:省委经济工作会议@江西'],
    ]);
  });
  it('keys a place-less local meeting with the speaking body’s own place of that organ', () => {
    const home = ['昆山市', '苏州市', '江苏省'];
    const text = '市委十五届三次全会和省委十四届十次全会。';
    const keys = findMeetings(text, [{ start: 0, end: text.length }], noLocation, 'feedfacecafebeef', home).map((m) => m.key);
    expect(keys).toEqual(['city:市委:15:3:全会@昆山', 'provincial:省委:14:10:全会@江苏']);
  });
  it('splits two meetings joined by 暨, but keeps 暨 inside one meeting name', () => {
    expect(meetings('市委十二届五次全会暨市委经济工作会议强调。').map((m) => m.name)).toEqual(['市委十二届五次全会', '市委经济工作会议']);
    expect(meetings('召开全省优化营商环境暨“放管服”改革推进大会。').map((m) => m.name)).toEqual(['全省优化营商环境暨“放管服”改革推进大会']);
  });
});

describe('findMeetings on real-text shapes', () => {
  it.each([
    ['十九届二、三中全会', ['十九届二中全会', '十九届三中全会']],
    ['省委十一届九次、十次全会', ['省委十一届九次全会', '省委十一届十次全会']],
    ['自治区党委十一届十一次全会', ['自治区党委十一届十一次全会']],
    ['市委召开主题教育总结大会', ['市委主题教育总结大会']],
    ['在遵义会议上', ['遵义会议']],
    ['我在全国科技创新大会、两院院士大会', ['全国科技创新大会', '两院院士大会']],
    ['、中国科协第九次全国代表大会上', ['中国科协第九次全国代表大会']],
    ['办好第十二届中国网络视听大会', ['第十二届中国网络视听大会']],
    ['举办中国（河南）—东盟粮农合作发展大会', ['中国（河南）—东盟粮农合作发展大会']],
    ['举办中国产业转移发展对接会、中国绿色算力大会', ['中国产业转移发展对接会', '中国绿色算力大会']],
    ['创新举办省旅发大会', ['省旅发大会']],
    ['承办3届中国户外运动产业大会', ['中国户外运动产业大会']],
  ])('%s', (text, names) => {
    expect(meetings(text).map((m) => m.name)).toEqual(names);
  });

  it('keys each plenum of a local list like the plenum written alone', () => {
    const [a] = meetings('省委十一届九次、十次全会');
    expect(a!.key).toBe(meetings('省委十一届九次全会')[0]!.key);
    expect(a).toMatchObject({ level: 'provincial', congress: 11, session: 9 });
  });

  it.each([['县委会议室里'], ['在人民大会堂'], ['在会议上'], ['由中国会议']])('finds no meeting in %s', (text) => {
    expect(meetings(text)).toEqual([]);
  });
});

describe('endsWithStop', () => {
  const stops = ['召开', '在', '学习贯彻'];
  it.each([
    ['市委召开', true],
    ['在', true],
    ['认真学习贯彻', true],
    ['召开了', false],
    ['学习', false],
    ['', false],
  ])('%s → %s, as some(endsWith) says', (head, expected) => {
    expect(endsWithStop(head, new Set(stops))).toBe(expected);
    expect(stops.some((w) => head.endsWith(w))).toBe(expected);
  });

  it('an empty stop ends every text, as endsWith says', () => {
    expect(endsWithStop('会议', new Set(['']))).toBe(true);
  });
});
