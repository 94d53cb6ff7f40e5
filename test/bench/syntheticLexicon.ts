// The lexicon of our synthetic speeches: real slogans and meeting names of the genre (public
// formulas, not text), with weights that mimic how often they appear in real speeches.
import type { SyntheticLexicon } from './syntheticSpeech.js';

/** Slogans with the share of speeches that use them (0–1). */
export const SLOGAN_FREQUENCY: Record<string, number> = {
  '四个意识': 0.55,
  '两个维护': 0.5,
  '四个自信': 0.45,
  '六稳': 0.3,
  '六保': 0.28,
  '放管服': 0.25,
  '十四五': 0.4,
  '两个责任': 0.12,
  '最多跑一次': 0.1,
  '三严三实': 0.06,
  '两学一做': 0.08,
  '一网通办': 0.07,
};

/** Meetings with the share of speeches that cite them. */
export const MEETING_FREQUENCY: Record<string, number> = {
  '十九届五中全会': 0.35,
  '十九届六中全会': 0.2,
  '中央经济工作会议': 0.25,
  '省委十一届七次全会': 0.1,
  '市委八届五次全会': 0.08,
  '县委×届×次全会': 0.05,
};

/** The lexicon matched by buildSpeech. */
export const SYNTHETIC_LEXICON: SyntheticLexicon = {
  slogans: [
    { name: '四个意识', kind: 'NUMBERED', members: ['政治意识', '大局意识', '核心意识', '看齐意识'], variants: [] },
    { name: '两个维护', kind: 'NUMBERED', members: [], variants: ['两个坚决维护'] },
    { name: '四个自信', kind: 'NUMBERED', members: ['道路自信', '理论自信', '制度自信', '文化自信'], variants: [] },
    { name: '六稳', kind: 'NUMBERED', members: ['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期'], variants: [] },
    { name: '六保', kind: 'NUMBERED', members: ['保居民就业', '保基本民生', '保市场主体', '保粮食能源安全', '保产业链供应链稳定', '保基层运转'], variants: [] },
    { name: '放管服', kind: 'CATCHPHRASE', members: [], variants: ['放管服改革'] },
    { name: '十四五', kind: 'NUMBERED', members: [], variants: [] },
    { name: '两个责任', kind: 'NUMBERED', members: ['主体责任', '监督责任'], variants: [] },
    { name: '最多跑一次', kind: 'CATCHPHRASE', members: [], variants: [] },
    { name: '三严三实', kind: 'NUMBERED', members: [], variants: [] },
    { name: '两学一做', kind: 'NUMBERED', members: [], variants: [] },
    { name: '一网通办', kind: 'CATCHPHRASE', members: [], variants: [] },
  ],
  meetings: [
    { name: '十九届五中全会', level: 'central' },
    { name: '十九届六中全会', level: 'central' },
    { name: '中央经济工作会议', level: 'central' },
    { name: '省委十一届七次全会', level: 'provincial' },
    { name: '市委八届五次全会', level: 'city' },
    { name: '县委×届×次全会', level: 'county', anonymized: true },
  ],
  persons: ['习近平'],
  documents: ['政府工作报告', '关于新时代加快完善社会主义市场经济体制的意见'],
  terms: ['高质量发展', '营商环境', '乡村振兴', '作风建设', '民生', '改革', '创新', '项目建设', '安全生产', '基层'],
};
