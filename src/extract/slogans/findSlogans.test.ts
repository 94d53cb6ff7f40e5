import { describe, expect, it } from 'vitest';
import type { Locator, SloganFinding } from '../types.js';
import { findSlogans } from './findSlogans.js';

// Sentence = number of 。 before the offset; section = "s1" after the first line break, else null.
const locatorFor =
  (text: string): Locator =>
  (offset) => ({
    sectionId: text.lastIndexOf('\n', offset - 1) >= 0 ? 's1' : null,
    sentence: (text.slice(0, offset).match(/。/g) ?? []).length,
  });

function find(text: string): SloganFinding[] {
  return findSlogans(text, { start: 0, end: text.length }, locatorFor(text));
}

const names = (found: SloganFinding[]): string[] => found.map((s) => s.name);

describe('findSlogans: numbered formulas', () => {
  it.each([
    ['大家要牢固树立“四个意识”。', '四个意识'],
    ['扎实做好“六稳”工作。', '六稳'],
    ['全面落实“六保”任务。', '六保'],
    ['深入开展“五提”行动。', '五提'],
    ['为“十四五”开好局。', '十四五'],
    ['实施园区“双百工程”。', '双百工程'],
    ['严格落实“一岗双责”。', '一岗双责'],
    ['坚决反对“四风”。', '四风'],
    ['推行“三联三帮”机制。', '三联三帮'],
    ['坚定四个自信，增强历史主动。', '四个自信'],
    ['这是落实两个确立的具体行动。', '两个确立'],
    ['我们要做到五个坚持。', '五个坚持'],
    ['抓好六稳六保工作。', '六稳'],
    ['锚定第十四个五年规划的目标。', '十四五'],
  ])('%s → %s', (text, name) => {
    expect(names(find(text))).toContain(name);
  });

  it.each([
    ['用了两个月时间完成任务。'],
    ['先后召开三次会议研究。'],
    ['我讲“三个方面”的意见。'],
    ['主要负责同志是“一把手”。'],
    ['不能只盯着自己的“一亩三分地”。'],
    ['工作要做到四平八稳的程度。'],
    ['实现“百年梦想”。'],
    ['集中力量“百日攻坚”。'],
    ['一是抓学习，二是抓落实。'],
  ])('%s → no slogan', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('findSlogans: catchphrases', () => {
  it.each([
    ['深化“放管服”改革。', '放管服'],
    ['推行“最多跑一次”。', '最多跑一次'],
    ['让“担当实干、马上就办”成为常态。', '担当实干、马上就办'],
    ['实现“网上办理、全程在线”。', '网上办理、全程在线'],
    ['整治“推、拖、绕”等作风问题。', '推、拖、绕'],
    ['坚持“科技兴县”战略。', '科技兴县'],
  ])('%s → %s', (text, name) => {
    const found = find(text);
    expect(names(found)).toContain(name);
    expect(found.find((s) => s.name === name)?.kind).toBe('CATCHPHRASE');
  });

  it.each([
    ['用好改革这把“金钥匙”。'],
    ['把权力关进制度的“笼子”。'],
    ['打开发展之“门”。'],
    ['立足“稳”，着眼“进”。'],
    ['古人说：“不谋全局者不足谋一域，不谋万世者不足谋一时”。'],
    ['他强调：“工作要一件一件抓落实”。'],
    ['要跨越“数字鸿沟”。'],
    ['掀起一场“头脑风暴”。'],
    ['打造“×模式”。'],
  ])('%s → no slogan', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('findSlogans: canonical names, variants, compounds', () => {
  it('maps 两个坚决维护 to 两个维护 and records the variant', () => {
    const [s] = find('筑牢“两个坚决维护”的政治自觉。');
    expect(s?.name).toBe('两个维护');
    expect(s?.variants).toEqual(['两个坚决维护']);
    expect(s?.members).toHaveLength(2);
  });

  it('maps 两不愁、三保障 to 两不愁三保障', () => {
    const [s] = find('围绕“两不愁、三保障”目标攻坚。');
    expect(s?.name).toBe('两不愁三保障');
    expect(s?.variants).toEqual(['两不愁、三保障']);
  });

  it('joins a catchphrase written with ， and 、 under one name', () => {
    const found = find('倡导“敢为人先、真抓实干”。\n坚持“敢为人先，真抓实干”。');
    expect(found).toHaveLength(1);
    expect(found[0]?.name).toBe('敢为人先、真抓实干');
    expect(found[0]?.count).toBe(2);
    expect(found[0]?.variants).toEqual(['敢为人先，真抓实干']);
  });

  it.each([
    ['落实“六大突破、三大提升”部署。', ['六大突破', '三大提升']],
    ['推行“多图合一、多评合一”。', ['多图合一', '多评合一']],
  ])('splits the compound in %s', (text, parts) => {
    expect(names(find(text))).toEqual(parts);
  });

  it('keeps a numbered part joined with a 一-led part as one formula', () => {
    expect(names(find('推行“双随机、一公开”监管。'))).toEqual(['双随机、一公开']);
  });

  it('does not split a compound whose parts are not formulas', () => {
    expect(names(find('弘扬“改革创新、奋发有为”精神。'))).toEqual(['改革创新、奋发有为']);
  });
});

describe('findSlogans: paired numerals, parts of enumerations, followers, ordinals', () => {
  it.each([
    ['为每户建立“一户一档”台账。', ['一户一档']],
    ['推行“一人一策”帮扶。', ['一人一策']],
    ['坚持“一周一调度、一月一通报”制度。', ['一周一调度', '一月一通报']],
    ['加强村“两委”班子建设。', ['两委']],
    ['落实“第一议题”制度。', ['第一议题']],
    ['落实“先看病后结算”政策。', ['先看病后结算']],
    ['开展“县长走流程”活动。', ['县长走流程']],
    ['坚持“宜粮则粮、宜果则果”，发展特色种植。', ['宜粮则粮、宜果则果']],
    ['让“百姓少跑腿、数据多跑路”。', ['百姓少跑腿、数据多跑路']],
  ])('%s → %j', (text, expected) => {
    expect(names(find(text))).toEqual(expected);
  });

  it.each([
    ['用了“一年两次”的频率。'],
    ['苦干了“一天一夜”。'],
    ['这是“一年一度”的盛会。'],
    ['认真履行“第一责任人”职责。'],
    ['选派“第一书记”驻村。'],
    ['落实“先看病后结算”，方便群众。'],
    ['提高“含金量、含新量”。'],
    ['他说：“三思而后行，谋定而后动”。'],
    ['用好“金钥匙”工程。'],
  ])('%s → no slogan', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('reports a lexicon formula inside a quoted enumeration at its own offsets, besides the whole', () => {
    const text = '严格落实“党政同责、一岗双责、齐抓共管、失职追责”要求。';
    const found = find(text);
    expect(names(found)).toEqual(['党政同责、一岗双责、齐抓共管、失职追责', '一岗双责']);
    const part = found.find((s) => s.name === '一岗双责');
    expect(part?.kind).toBe('NUMBERED');
    expect(part?.members).toHaveLength(2);
    const m = part!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe('一岗双责');
    expect(m.start).toBe(text.indexOf('一岗双责'));
  });

  it('reports a lexicon formula inside an enumeration that is no catchphrase', () => {
    const text = '他强调：“四个意识、敢于斗争”。';
    const found = find(text);
    expect(names(found)).toEqual(['四个意识']);
    expect(found[0]?.mentions[0]?.start).toBe(text.indexOf('四个意识'));
  });
});

describe('findSlogans: unquoted mentions of known slogans', () => {
  it('finds a lexicon slogan without quotes', () => {
    const text = '全体干部要坚定四个意识。';
    const [s] = find(text);
    expect(s?.name).toBe('四个意识');
    expect(s?.members).toEqual(['政治意识', '大局意识', '核心意识', '看齐意识']);
  });

  it('finds a slogan quoted elsewhere in the text where it is unquoted', () => {
    const text = '开展“干部进万家”活动。\n干部进万家要常态化。';
    const [s] = find(text);
    expect(s?.name).toBe('干部进万家');
    expect(s?.count).toBe(2);
    expect(s?.mentions.map((m) => m.sectionId)).toEqual([null, 's1']);
  });

  it.each([
    ['大家要走出去看看。', []],
    ['坚持“走出去”战略，鼓励企业走出去。', ['走出去']],
  ])('finds an everyday lexicon phrase only where quoted: %s', (text, expected) => {
    const found = find(text);
    expect(names(found)).toEqual(expected);
    expect(found[0]?.count ?? 0).toBe(expected.length === 0 ? 0 : 2);
  });

  it.each([
    ['重视三农工作。', ['三农']],
    ['新建三农村公路。', []],
    ['做好六稳六保工作。', ['六稳', '六保']],
  ])('finds a two-character known name only before a usual follower: %s', (text, expected) => {
    expect(names(find(text))).toEqual(expected);
  });

  it('gives exact offsets without the quotes, with the sentence from the locator', () => {
    const text = '第一句。增强“四个意识”，坚定四个自信，落实“六大突破、三大提升”。';
    const found = find(text);
    for (const s of found) {
      for (const m of s.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.sentence).toBe(1);
      }
    }
    expect(found.map((s) => s.mentions[0]?.text)).toEqual(['四个意识', '四个自信', '六大突破', '三大提升']);
  });

  it('clamps a body that runs past the text', () => {
    const text = '坚定“四个自信”。';
    expect(names(findSlogans(text, { start: -5, end: 999 }, locatorFor(text)))).toEqual(['四个自信']);
    expect(findSlogans(text, { start: 50, end: 60 }, locatorFor(text))).toEqual([]);
  });

  it('looks only inside the body', () => {
    const text = '广告：“四个意识”课程。正文：坚定“四个自信”。';
    const body = { start: text.indexOf('正文'), end: text.length };
    const found = findSlogans(text, body, locatorFor(text));
    expect(names(found)).toEqual(['四个自信']);
  });
});
