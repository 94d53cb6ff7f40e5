import offices from '../lexicon/offices.json' with { type: 'json' };
import persons from '../lexicon/persons.json' with { type: 'json' };

/** Who delivered a speech, as a byline names them. */
export interface Byline {
  name: string;
  role: string | null;
  /** Offsets of the name as written (letter-spacing included) in the line given. */
  start: number;
  end: number;
}

const OFFICE = [...offices.offices].sort((a, b) => b.length - a.length).join('|');
const LEVELLED = new Set(offices.levelled);
const SURNAMES = persons.surnames;
const LEADERS = new Set(persons.leaders.map((l) => l.name));
const HAN = '[\\u4e00-\\u9fff]';
// A stray ? (a character lost in transcoding) may stand between an office and a name.
const GAP = '[ \\u00a0\\u3000?？]';
// A Han name of 2–4 characters, maybe letter-spaced (韦 韬), or a transliterated one (艾尔肯·吐尼亚孜).
const NAME = `(?:${HAN}{2,6}[·•・]${HAN}{2,8}|${HAN}(?:${GAP}{0,3}${HAN}){1,3}|${HAN}?[×XＸ]{2,3})`;
// Role then name: 省长 叶建春 / 自治区人民政府主席 包钢 / 绍兴一中党委书记、校长 王 琛.
const ROLE_NAME = new RegExp(`^(?<role>[^。！？；：:，,]{0,28}?(?:${OFFICE}))${GAP}+(?<name>${NAME})$`);
// Role glued to a 2–3 character name (省长王清宪), only when the name's first character is a surname.
const ROLE_GLUED = new RegExp(`^(?<role>[^。！？；：:，,\\s]{0,28}?(?:${OFFICE}))(?<name>[${SURNAMES}]${HAN}{1,2}|${HAN}{2,6}[·•・]${HAN}{2,8}|${HAN}?[×XＸ]{2,3})$`);
const NAME_ONLY = new RegExp(`^(?<name>[${SURNAMES}](?:${GAP}{0,3}${HAN}){1,2}|${HAN}{2,6}[·•・]${HAN}{2,8})$`);
// A caption that names who speaks: 省长叶建春作政府工作报告。 / 1月27日，某某代表自治区人民政府，向大会作…报告。
const CAPTION = new RegExp(
  `(?:^|[，,。\\s])(?<role>(?:[^，,。\\s]{0,16}?(?:${OFFICE})))?(?<name>[${SURNAMES}]${HAN}{1,2}|${HAN}{2,6}[·•・]${HAN}{2,8})` +
    `(?=(?:代表[^，,。]{2,16}[，,]?)?(?:向大会)?(?:在[^，,。]{2,40}上)?(?:作|发表)(?:了)?(?:重要)?(?:政府工作报告|工作报告|报告|讲话))`,
);
// Words that fill a name-shaped line but are not names (各位代表, 同志们 …).
const NOT_A_NAME = /^(同志们|各位|大家|代表|朋友们|目录|附件|全文|正文|摘要|概要|前言|结束语|谢谢)/;

const ORGAN = new RegExp(`(?:${offices.organs.join('|')})`);
const compactName = (s: string): string => s.replace(/[ \u00a0\u3000]+/g, '');

/**
 * The role as the analyst wants it: the place before it dropped (上海市市长 → 市长, 广西壮族自治区主席 →
 * 自治区主席), an organ before an office that names its own level dropped too (省人民政府省长 → 省长),
 * and the body before a party organ (某某中学党委书记、校长 → 党委书记、校长).
 */
export function normaliseRole(role: string): string {
  const r = role.replace(/[ \u00a0\u3000]+/g, '');
  const levelled = [...LEVELLED].sort((a, b) => b.length - a.length).find((o) => r.endsWith(o));
  if (levelled) return levelled;
  const region = r.indexOf('自治区');
  if (region > 0) return r.slice(region);
  // The body before a party organ is not part of the role (某某中学党委书记 → 党委书记, 某某省委书记 → 省委书记).
  const organ = ORGAN.exec(r);
  return organ && organ.index > 0 ? r.slice(organ.index) : r;
}

/** A byline line (省长 叶建春, 上海市市长 龚 正, 艾尔肯·吐尼亚孜 after a role), or null. */
export function parseByline(line: string): Byline | null {
  const lead = line.length - line.trimStart().length;
  const t = line.trim();
  if (t.length > 48 || /[。！？；]/.test(t)) return null;
  const m = ROLE_NAME.exec(t) ?? ROLE_GLUED.exec(t);
  if (!m?.groups?.name || !m.groups.role) return null;
  const name = compactName(m.groups.name);
  if (NOT_A_NAME.test(name)) return null;
  const start = lead + t.length - m.groups.name.length;
  return { name, role: normaliseRole(m.groups.role), start, end: start + m.groups.name.length };
}

/** A line that is only a person's name (习近平, 王 琛): the byline of a speech printed without a role. */
export function parseNameLine(line: string): Byline | null {
  const lead = line.length - line.trimStart().length;
  const t = line.trim();
  const m = NAME_ONLY.exec(t);
  const name = m?.groups?.name ? compactName(m.groups.name) : LEADERS.has(t) ? t : null;
  if (!name) return null;
  if (NOT_A_NAME.test(name)) return null;
  return { name, role: null, start: lead, end: lead + t.length };
}

const ROLE_ONLY = new RegExp(`^[^。！？；：:，,\\s]{0,28}?(?:${OFFICE})$`);

/** The role of a line that holds only a role (国务院总理 above the name on the next line), or null. */
export function parseRoleLine(line: string): string | null {
  // The stray ? that may stand between office and name stays at the end when the name moves down.
  const t = line.trim().replace(/[?？]+$/, '');
  return ROLE_ONLY.test(t) ? normaliseRole(t) : null;
}

/** The speaker a photo caption names (省长叶建春作政府工作报告。本报记者林君摄), or null. */
export function captionSpeaker(line: string): Byline | null {
  const m = CAPTION.exec(line);
  const name = m?.groups?.name;
  if (!m || !name) return null;
  const start = m.index + m[0].length - name.length;
  return { name, role: m.groups?.role ? normaliseRole(m.groups.role) : null, start, end: start + name.length };
}

// A report told in the third person: 周恩来总理在报告中指出 / 国务院总理李强在报告中说.
const REPORTED = new RegExp(
  `(?:^|[，,。：:])(?:(?<name1>[${SURNAMES}]${HAN}{1,2})(?<role1>${OFFICE})|(?<role2>[^，,。\\s]{0,12}?(?:${OFFICE}))(?<name2>[${SURNAMES}]${HAN}{1,2}))(?:同志)?在(?:报告|讲话)中`,
);

/** The speaker a sentence reports on in the third person (周恩来总理在报告中首先指出), or null. */
export function openingSpeaker(sentence: string): Byline | null {
  const m = REPORTED.exec(sentence);
  const g = m?.groups;
  const name = g?.name1 ?? g?.name2;
  const role = g?.role1 ?? g?.role2;
  if (!m || !name || !role) return null;
  const start = sentence.indexOf(name, m.index);
  return { name, role: normaliseRole(role), start, end: start + name.length };
}

// 习近平：在…的讲话 / 胡锦涛在…上的讲话 / 马卫光书记在…上的讲话: a speaker named before a speech title.
const TITLE_SPEAKER = new RegExp(
  `^(?<name>${HAN}{2,4}?|${HAN}{2,6}[·•・]${HAN}{2,8})(?<role>同志|${OFFICE})?(?<sep>[：:]\\s*|\\s+)?(?=在.{2,80}(?:讲话|发言|致辞|报告|演讲|党课))`,
);

/**
 * The speaker named at the start of a title (习近平：在…, 胡锦涛在…的讲话, 某某书记在…) and the title
 * proper after them, or null. The name must be followed by a colon, an office word or 同志, or be a
 * leader from the lexicon, so that a title starting with a place (全市…) or a topic is never read
 * as a name.
 */
export function titleSpeaker(title: string): { speaker: Byline; rest: string } | null {
  const m = TITLE_SPEAKER.exec(title);
  const g = m?.groups;
  if (!m || !g?.name) return null;
  const known = LEADERS.has(g.name);
  if (!known && !g.role && !g.sep?.trim()) return null;
  if (!known && !new RegExp(`^[${SURNAMES}]`).test(g.name) && !g.name.includes('·')) return null;
  const role = g.role && g.role !== '同志' ? g.role : null;
  return { speaker: { name: g.name, role, start: 0, end: g.name.length }, rest: title.slice(m[0].length) };
}
