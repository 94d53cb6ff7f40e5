import { describe, expect, it } from 'vitest';
import type { Section, SloganFinding } from '../types.js';
import { findSlogans } from './findSlogans.js';

// The formulas real speeches and work reports write, and their traps (shortest texts that need each rule).
const locate = () => ({ sectionId: null, sentence: 0 });
const find = (text: string, sections: Section[] = []): SloganFinding[] => findSlogans(text, { start: 0, end: text.length }, locate, sections);
const named = (text: string, sections: Section[] = []) => find(text, sections).map((s) => `${s.name}:${s.kind}`);

const heading = (text: string, marker: string, title: string): Section => {
  const start = text.indexOf(marker + title);
  return { id: 's1', parentId: null, level: 1, ordinal: 1, marker, heading: title, inline: false, start, end: text.length };
};

describe('findSlogans: formulas of real texts', () => {
  it.each([
    ['实施“十百千万”工程。', '十百千万:NUMBERED'],
    ['弘扬“四千四万”精神。', '四千四万:NUMBERED'],
    ['绘好“三张图”。', '三张图:NUMBERED'],
    ['出台“三条措施”。', '三条措施:NUMBERED'],
    ['落实一岗三责（管工作、管安全、管作风）。', '一岗三责:NUMBERED'],
    ['要“加大五个力度”。', '五个力度:NUMBERED'],
    ['数字经济“一号工程”。', '一号工程:NUMBERED'],
    ['“九五”普法规划。', '九五:NUMBERED'],
    ['构建“一主一副、两翼联动、多点支撑”格局。', '一主一副、两翼联动、多点支撑:NUMBERED'],
    ['推进“1+2+4+N”建设。', '1+2+4+N:CODED'],
    ['落实“5+2”机制。', '5+2:CODED'],
    ['实施“51020”工程。', '51020:CODED'],
    ['推进“1313”行动。', '1313:CODED'],
    ['推进承包地“三权”分置。', '三权分置:NUMBERED'],
    ['实行两种教育制度和两种劳动制度。', '两种教育制度:NUMBERED'],
    ['京蒙协作“六个倍增计划”。', '六个倍增计划:NUMBERED'],
    ['建设“两个基地”、“一个桥头堡”。', '一个桥头堡:NUMBERED'],
    ['推进“两区”建设。', '两区:NUMBERED'],
    ['“新三样”出口增长。', '新三样:NUMBERED'],
  ])('%s → %s', (text, expected) => {
    expect(named(text)).toContain(expected);
  });

  it('keeps a layout of three numbered parts whole and reports its parts', () => {
    expect(named('形成“一主两副、一圈两带、四域多点”格局。').map((n) => n.split(':')[0])).toEqual([
      '一主两副、一圈两带、四域多点',
      '一主两副',
      '一圈两带',
      '四域多点',
    ]);
  });

  it.each([
    ['二、强化五种意识', '二、', '强化五种意识', '五种意识'],
    ['三、要做到三个坚决', '三、', '要做到三个坚决', '三个坚决'],
    ['二、落实五大战略定位和使命任务', '二、', '落实五大战略定位和使命任务', '五大战略定位'],
  ])('finds %s at the end of a heading', (text, marker, title, name) => {
    expect(named(text, [heading(text, marker, title)])).toEqual([`${name}:NUMBERED`]);
    expect(named(text)).toEqual([]);
  });

  it('offsets a formula found after a prefix or before a gloss at the formula itself', () => {
    for (const [text, name] of [['要“加大五个力度”。', '五个力度'], ['落实一岗三责（管工作、管安全、管作风）。', '一岗三责']] as const) {
      const m = find(text).find((s) => s.name === name)!.mentions[0]!;
      expect(text.slice(m.start, m.end)).toBe(name);
    }
  });

  it.each([
    ['左右“四面逢源”。'],
    ['“五四”运动。'],
    ['参加“一二九”运动。'],
    ['入选“全国十大考古新发现”。'],
    ['征服“十八盘”。'],
    ['拨打“12345”热线。'],
    ['“2035”年。'],
    ['“8·20”灾后重建。'],
    ['我讲“三点要求”。'],
    ['“文化大革命”结束。'],
    ['“项目多、帽子多、牌子多”等现象。'],
    ['留下“治世不一道，便国不法古”等豪迈宣言。'],
    ['提出“宁可数量少一些，但要保证质量”。'],
    ['对政府的“权力依赖”，'],
    ['一岗三责（管工作、管安全）。'],
    ['两个方面和两个层次。'],
    ['实施“千团万企拓市场争订单”。'],
    ['打造“一个样板”。'],
    ['用了“两年”时间。'],
  ])('%s → no numbered or coded slogan', (text) => {
    expect(find(text).filter((s) => s.kind !== 'CATCHPHRASE')).toEqual([]);
  });

  it.each([['“五四”运动。'], ['“文化大革命”结束。'], ['对政府的“权力依赖”，'], ['“项目多、帽子多、牌子多”等现象。']])('%s → no slogan at all', (text) => {
    expect(find(text)).toEqual([]);
  });

  it('records no quote mark in the spelling of a formula completed after its quote', () => {
    expect(find('推进“三权”分置。')[0]!.variants).toEqual([]);
  });

  it('does not read a coded formula inside a longer number', () => {
    expect(named('落实“132”部署，投资1320亿元。')).toEqual(['132:CODED']);
    expect(find('落实“132”部署，投资1320亿元。')[0]!.count).toBe(1);
  });
});
