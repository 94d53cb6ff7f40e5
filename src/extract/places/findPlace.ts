import lexicon from '../lexicon/places.json' with { type: 'json' };
import type { AdminLevel, PlaceFinding, TextRange } from '../types.js';
import { ancestorsOf, findPlaceMentions, type GazetteerPlace, type PlaceMention } from './gazetteer.js';

/** The kind of body a scope or organ word points at: the suffix its place's name ends with. */
export interface Scope {
  suffix: string;
  level: AdminLevel;
}

const SCOPES = lexicon.scopes as Array<Scope & { words: string[] }>;
const CENTRAL = lexicon.central;
// A place name owns what follows it: 南京市委, 江苏省人民政府, 江苏省第十四届人民代表大会, 江苏省十四届人大,
// 江苏省第十四次代表大会 (a party congress), 某市2026年政府工作报告.
const OWNED = new RegExp(`^(?:\\d{4}年)?(?:第?[一二三四五六七八九十百〇零\\d]{1,4}[届次]|${lexicon.organs.join('|')})`);

/** Where to look for the speaking body. */
export interface PlaceSources {
  /** Header statements about the speech: title, venue, subtitle, speaker role — whatever is known. */
  header: string[];
  /** The stretch of the text read first: header lines and the opening of the body. */
  head: TextRange;
  /** Where short forms are counted (the body). */
  body: TextRange;
  /** True when the header shows a central body (全国人民代表大会, 中央…会议): no place then. */
  centralHeader?: boolean;
}

/** The scope and organ words in `s` (全省, 市委, 自治区人民政府 …), one per kind, in order of first occurrence. */
export function scopesOf(s: string): Scope[] {
  const found: Array<{ at: number; len: number; scope: Scope }> = [];
  for (const sc of SCOPES) {
    let best: { at: number; len: number } | null = null;
    for (const w of sc.words) {
      const at = s.indexOf(w);
      if (at >= 0 && (!best || at < best.at || (at === best.at && w.length > best.len))) best = { at, len: w.length };
    }
    if (best) found.push({ ...best, scope: { suffix: sc.suffix, level: sc.level } });
  }
  return found.sort((a, b) => a.at - b.at || b.len - a.len).map((f) => f.scope);
}

/** The first scope or organ word in `s`, or null. */
export function scopeOf(s: string): Scope | null {
  return scopesOf(s)[0] ?? null;
}

/** True when `s` names a central body (国务院, 全国人民代表大会 …). */
export function namesCentralBody(s: string): boolean {
  return CENTRAL.some((w) => s.includes(w));
}

const fits = (p: GazetteerPlace, scope: Scope | null): boolean => !scope || p.name.endsWith(scope.suffix);

/** Full names that own what follows them (江苏省人民政府), in order, restricted to the scope. */
function owners(text: string, mentions: PlaceMention[], to: number, scope: Scope | null): GazetteerPlace[] {
  const out: GazetteerPlace[] = [];
  for (const m of mentions) {
    if (m.short || !OWNED.test(text.slice(m.end, Math.min(to, m.end + 12)))) continue;
    out.push(...m.places.filter((p) => fits(p, scope)));
  }
  return out;
}

/** The gazetteer names of each kind of source: the header lines, the opening and the rest of the body. */
interface SourceMentions {
  header: PlaceMention[][];
  head: PlaceMention[];
  body: PlaceMention[];
}

// The names of the rest of the body, found once and only when a scope needs them.
function bodyMentions(text: string, src: PlaceSources): PlaceMention[] {
  const rest = { start: Math.max(src.body.start, src.head.end), end: src.body.end };
  return rest.start < rest.end ? findPlaceMentions(text, rest.start, rest.end) : [];
}

/**
 * The place most written about at the scope's kind: every mention in full or short form (江苏 for
 * 江苏省) counts, header mentions more than the opening, the opening more than the body. A name
 * that means several places of that kind (朝阳区) goes to the one whose province is also named.
 * Null unless the best is named twice at least and clearly leads: a place named in passing is not
 * the speaking body.
 */
function mostNamed(found: SourceMentions, scope: Scope): GazetteerPlace | null {
  const score = new Map<string, { place: GazetteerPlace; n: number; times: number }>();
  const count = (mentions: PlaceMention[], weight: number): void => {
    for (const m of mentions) {
      const fitting = m.places.filter((p) => fits(p, scope));
      for (const p of fitting) {
        const e = score.get(p.code) ?? { place: p, n: 0, times: 0 };
        e.n += weight / fitting.length;
        e.times++;
        score.set(p.code, e);
      }
    }
  };
  for (const h of found.header) count(h, 5);
  count(found.head, 3);
  count(found.body, 1);
  const named = new Set(found.body.flatMap((m) => m.places.map((p) => p.code)));
  const ranked = [...score.values()]
    .map((e) => ({ ...e, n: e.n + (ancestorsOf(e.place.code).some((a) => named.has(a.code)) ? 0.5 : 0) }))
    .sort((a, b) => b.n - a.n);
  const [top, second] = ranked;
  if (!top || top.n < 3 || top.times < 2 || (second && second.n * 1.5 > top.n)) return null;
  return top.place;
}

const asFinding = (p: GazetteerPlace): PlaceFinding => ({
  code: p.code,
  name: p.name,
  level: p.level,
  within: ancestorsOf(p.code).map((a) => ({ code: a.code, name: a.name, level: a.level })),
});

/**
 * The place of the body that gives the speech and its level. In order: a place that owns an organ
 * in the header (2026年江苏省政府工作报告, 在江苏省第十四届人民代表大会…上, 陕西省省长); a central body in the
 * header (no place, level central); a place owning an organ in the opening (我代表江苏省人民政府); the
 * place most written about of the kind the scope words name (全省 and 江苏, 自治区主席 and 内蒙古).
 * The scope (全省, 市委 …) comes from the header; else every kind the opening names is tried in
 * order (根据省委、市委部署 … 绍兴: a school of 绍兴市 names its superiors first). Owners must fit it.
 * The level is the place's level, else the first scope's, else null.
 */
export function findPlace(text: string, src: PlaceSources): { place: PlaceFinding | null; level: AdminLevel | null } {
  const headText = text.slice(src.head.start, src.head.end);
  const headerScope = src.header.map(scopeOf).find((s) => s !== null) ?? null;
  const scopes = headerScope ? [headerScope] : src.centralHeader ? [] : scopesOf(headText);
  const found = (p: GazetteerPlace) => ({ place: asFinding(p), level: p.level });
  // Each source is searched for names once: owners and every scope tried read the same mentions.
  const header = src.header.map((h) => findPlaceMentions(h));
  const inHeader = src.header.flatMap((h, i) => owners(h, header[i]!, h.length, headerScope));
  if (inHeader[0]) return found(inHeader[0]);
  if (!headerScope && (src.centralHeader || src.header.some(namesCentralBody))) return { place: null, level: 'central' };
  const head = findPlaceMentions(text, src.head.start, src.head.end);
  const inHead = owners(text, head, src.head.end, null).filter((p) => scopes.length === 0 || scopes.some((sc) => fits(p, sc)));
  if (inHead[0]) return found(inHead[0]);
  const mentions: SourceMentions | null = scopes.length > 0 ? { header, head, body: bodyMentions(text, src) } : null;
  for (const scope of scopes) {
    const named = mostNamed(mentions!, scope);
    if (named) return found(named);
  }
  return { place: null, level: scopes[0]?.level ?? null };
}
