import lexicon from '../lexicon/meetings.json' with { type: 'json' };
import type { AdminLevel, Locator, MeetingFinding, TextRange } from '../types.js';
import { levelOf } from './level.js';
import { hasPlaceholder, NUMBERED_MEETING, PARTY_CONGRESS, PARTY_CONGRESS_FULL, PLENUM_LIST, SESSION_PREFIX } from './meetingPatterns.js';
import { parseNumeral } from './numerals.js';

/** One meeting mention before grouping. */
interface Hit extends TextRange {
  name: string;
  level: AdminLevel | null;
  congress: number | null;
  session: number | null;
  /** Identity apart from anonymisation and place: level, organ, numbers and kind, or the normalised name. */
  identity: string;
  /** Whose organ: true for a provincial/city/county/district organ (省委, 市政府, 县…党代会). */
  local: boolean;
  /** The place written before a local organ (江西 in 江西省委…), or null. */
  place: string | null;
}

const SUFFIXES = [...lexicon.suffixes].sort((a, b) => b.length - a.length);
const SUFFIX_RE = new RegExp(SUFFIXES.join('|'), 'g');
const STOPS = [...lexicon.stops].sort((a, b) => b.length - a.length);
// Stops that may still sit inside a meeting's name (学习教育, 贯彻落实…推进会).
const NAME_STOPS = STOPS.filter((w) => !lexicon.topicVerbs.includes(w));
const ANCHORS = [...lexicon.anchors].sort((a, b) => b.length - a.length);
const GENERIC = new Set(lexicon.generic);
const STRONG_VERB = /(召开|举行|举办|参加|出席|收听收看了?|收看了?)$/;
const CLAUSE_PUNCT = /[。！？；;，,：:、\s\u3000（）()《》【】]/;
const ORGAN_BEFORE_VERB = /(中央|国务院|省委|省政府|市委|市政府|县委|县政府|区委|区政府)(?:决定)?(?:召开|举行)了?$/;
const MAX_NAME = 40;
const ENDS_AS_MEETING = new RegExp(`(?:${SUFFIXES.join('|')}|全会)$`);
const LOCAL_ORG = /^(?:党的|中共|中国共产党)?(?:省委|市委|县委|区委|州委|省|市|县|区)$/;
const LOCAL_ANCHOR = /^(?:省|市|县|区|州)(?:委|政府|人大|政协)$/;
const HAN_OR_PLACEHOLDER = /^[\u4e00-\u9fff×XＸ]+$/;
// A place name never ends like a time word (今年, 年初, 近期, 会后) nor with an organ character.
const NOT_PLACE_END = /[年月日天初底前后期间时省市县区委会届次]$/;
const PLACE_BOUNDARY = ['中共', '中国共产党', '党的', ...STOPS, ...lexicon.placeVerbs];
const PLACE_PARTICLES = new Set([...lexicon.placeParticles]);
// The organ a place-less local meeting belongs to (市委十二届五次全会 → a 市).
const HOME_ORGAN = /^(?:中共)?([省市县区州旗盟])/;

/**
 * The place name written right before a local organ at `at` (江西 in 学习江西省委…, 南昌 in
 * 中共南昌市委…), or null: two or three characters (placeholders allowed) that begin at a clause
 * boundary, the range start, 中共, or a verb or particle that cannot be part of a meeting name,
 * and neither start with such a particle nor end like a time word or an organ.
 * Shorter candidates win, so 和江西省委 reads 江西.
 */
export function placeBefore(text: string, at: number, lower: number): string | null {
  for (const len of [2, 3]) {
    const s = at - len;
    if (s < lower) break;
    const cand = text.slice(s, at);
    if (!HAN_OR_PLACEHOLDER.test(cand) || cand.startsWith('全') || NOT_PLACE_END.test(cand)) continue;
    if (PLACE_PARTICLES.has(cand[0]!) || PLACE_BOUNDARY.some((w) => cand.endsWith(w) || cand.startsWith(w))) continue;
    const head = text.slice(Math.max(lower, s - 5), s);
    const prev = text[s - 1] ?? '';
    if (s === lower || !HAN_OR_PLACEHOLDER.test(prev) || PLACE_PARTICLES.has(prev) || PLACE_BOUNDARY.some((w) => head.endsWith(w))) {
      return cand;
    }
  }
  return null;
}

/** Canonical spelling of a meeting name: quotes and brackets unified, spaces and 第/党的 prefixes removed. */
export function normaliseMeetingName(name: string): string {
  return name
    .replace(/[\s\u3000]/g, '')
    .replace(/["＂]/g, '“')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^(党的|中国共产党|中共)/, '')
    .replace(/[XＸ*＊]/g, '×');
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseNumeral(s);
}

/** 十九届二中、三中、四中全会: one hit per plenum, each on its own part of the text. */
function plenumListHits(span: string, from: number): Hit[] {
  const hits: Hit[] = [];
  for (const m of span.matchAll(PLENUM_LIST)) {
    const g = m.groups ?? {};
    const congress = g.congress ?? '';
    const base = from + (m.index ?? 0) + m[0].indexOf(`${congress}届`) + congress.length + 1;
    let at = base;
    for (const part of [...(g.list ?? '').split(/[、，和及与]/).filter(Boolean), `${g.last}中全会`]) {
      const session = part.replace(/中(全会)?$/, '');
      const start = at;
      const c = parseNumeral(congress);
      const n = parseNumeral(session);
      hits.push({
        start, end: start + part.length, name: `${congress}届${session}中全会`, level: 'central', congress: c, session: n,
        identity: `central:中央:${c ?? ''}:${n ?? ''}:全会`, local: false, place: null,
      });
      at += part.length + 1;
    }
  }
  return hits;
}

function numberedHits(text: string, from: number, to: number): Hit[] {
  const span = text.slice(from, to);
  const listed = plenumListHits(span, from);
  const hits: Hit[] = [...listed];
  for (const m of span.matchAll(NUMBERED_MEETING)) {
    const at = from + (m.index ?? 0);
    if (listed.some((h) => h.start < at + m[0].length && at < h.end)) continue;
    const g = m.groups ?? {};
    let org = g.org ?? '';
    const kind = g.plenum ?? g.kind ?? '';
    if (kind === '会议' && !g.congress && !org) continue; // 三次会议 is a quantity
    let start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (org === '' && !g.plenum) {
      // 市委召开×届×次常委（扩大）会议: the convening organ names whose meeting it is.
      const before = ORGAN_BEFORE_VERB.exec(text.slice(Math.max(0, start - 8), start));
      if (before?.[1]) org = before[1];
    }
    const written = text.slice(start, end);
    const central = !!g.plenum || /^(党的|中共|中国共产党|中央|全国)/.test(org) || /^(中央|全国)/.test(g.organ ?? '');
    const congress = num(g.congress);
    const session = num(g.session);
    let name = normaliseMeetingName(written);
    if (org && !written.startsWith(org)) name = org + name;
    if (central && (g.plenum || /全体会议/.test(kind)) && g.organ !== '全国人大' && g.organ !== '全国政协') {
      name = `${g.congress ? `${g.congress.replace(/[XＸ]/g, '×')}届` : ''}${g.session?.replace(/[XＸ]/g, '×')}中全会`;
    }
    const level = central ? 'central' : levelOf(org + (g.organ ?? '')) ?? levelOf(kind);
    if (start < from) start = from;
    const organ = central ? (g.organ && g.organ !== '中央委员会' ? g.organ : '中央') : (org + (g.organ ?? '')).replace(/^(全国|省|市|县|区)$/, '$1委') || '?';
    const kindKey = g.plenum ? '全会' : kind.replace(/[（(]扩大[）)]/, '');
    const local = !central && LOCAL_ORG.test(g.org ?? '') && (g.org ?? '') !== '';
    const place = local ? placeBefore(text, start, from) : null;
    if (place) {
      start -= place.length;
      name = place + name;
    }
    hits.push({
      start, end, name, level, congress, session, local, place,
      identity: `${level ?? 'unknown'}:${organ}:${congress ?? ''}:${session ?? ''}:${kindKey}`,
    });
  }
  for (const m of span.matchAll(PARTY_CONGRESS_FULL)) {
    const start = from + (m.index ?? 0);
    const congress = num(m.groups?.congress);
    hits.push({
      start, end: start + m[0].length, name: `党的${m.groups?.congress}大`, level: 'central',
      congress, session: null, identity: `central:中央:${congress}::代表大会`, local: false, place: null,
    });
  }
  for (const m of span.matchAll(PARTY_CONGRESS)) {
    const start = from + (m.index ?? 0);
    const congress = num(m.groups?.congress);
    hits.push({
      start, end: start + m[0].length, name: `党的${m.groups?.congress}大`, level: 'central',
      congress, session: null, identity: `central:中央:${congress}::代表大会`, local: false, place: null,
    });
  }
  return hits;
}

/** Scans back from a meeting-name suffix to the start of the name; quoted parts belong to the name. */
function scanBack(text: string, suffixStart: number, lowerBound: number, stops: readonly string[] = STOPS): number {
  let p = suffixStart;
  while (p > lowerBound && suffixStart - p < MAX_NAME) {
    const ch = text[p - 1] ?? '';
    if (ch === '”' || ch === '"') {
      const from = Math.max(lowerBound, suffixStart - MAX_NAME);
      const at = text.slice(from, p - 1).lastIndexOf(ch === '”' ? '“' : '"');
      if (at < 0) break;
      p = from + at;
      continue;
    }
    // （扩大） belongs to the name (常委会（扩大）会议): step over it whole.
    if ((ch === '）' || ch === ')') && /[（(]扩大[）)]$/.test(text.slice(Math.max(lowerBound, p - 4), p))) {
      p -= 4;
      continue;
    }
    if (CLAUSE_PUNCT.test(ch)) break;
    const head = text.slice(Math.max(lowerBound, p - 5), p);
    if (stops.some((w) => head.endsWith(w))) break;
    p--;
  }
  return p;
}

// After ×次, a name such as 书记专题会议 identifies a meeting; 专题会议 alone is a count of meetings.
function isSpecific(rest: string): boolean {
  return rest.length >= 5 && !GENERIC.has(rest);
}

/** The named meeting whose name starts at `start` and ends at `end`, or null when it does not qualify. */
function namedHit(text: string, from: number, start: number, suffixStart: number, end: number): Hit | null {
  const suffixLength = end - suffixStart;
  // 市委十二届五次全会暨市委经济工作会议: 暨 joins two meetings when what precedes it is one.
  const joint = text.slice(start, suffixStart).lastIndexOf('暨');
  if (joint >= 0 && ENDS_AS_MEETING.test(text.slice(start, start + joint))) start += joint + 1;
  const before = text.slice(Math.max(from, start - 8), start);
  // The earliest organ or scope word in the span starts the name (全县政府… rather than 县政府…).
  let anchor: { a: string; at: number } | null = null;
  const span = text.slice(start, suffixStart);
  for (const a of ANCHORS) {
    const at = span.indexOf(a);
    if (at >= 0 && (anchor === null || start + at < anchor.at)) anchor = { a, at: start + at };
  }
  const scanStart = start;
  let name = text.slice(start, end);
  const sessionNo = SESSION_PREFIX.exec(name);
  const singleCharOrgan = /^[省市县区][“"×X]/.test(name);
  let place: string | null = null;
  if (anchor && !singleCharOrgan) {
    start = anchor.at;
    name = text.slice(start, end);
    place = LOCAL_ANCHOR.test(anchor.a) ? placeBefore(text, start, scanStart) : null;
  } else if (!(sessionNo && isSpecific(name.slice(sessionNo[0].length))) && !singleCharOrgan) {
    // Without an organ or scope word, only a name right after 召开/参加… and long enough counts, or
    // a long one framed as 在…上 (在庆祝…周年大会上).
    const framed = /在$/.test(before) && text[end] === '上' && name.length >= 8;
    if (!(STRONG_VERB.test(before) || framed) || name.length - suffixLength < 4) return null;
  }
  if (GENERIC.has(name) || name.length <= suffixLength + 1) return null;
  const organ = ORGAN_BEFORE_VERB.exec(before)?.[1] ?? '';
  const level = levelOf(name) ?? (organ ? levelOf(organ) : null);
  const canonical = normaliseMeetingName(name);
  const local = anchor !== null && LOCAL_ANCHOR.test(anchor.a);
  return {
    start: place ? start - place.length : start, end, name: place ? place + canonical : canonical, level, congress: null,
    session: sessionNo ? num(sessionNo[1]) : null, identity: `${level ?? 'unknown'}:${canonical}`, local, place,
  };
}

function namedHits(text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  for (const hit of text.slice(from, to).matchAll(SUFFIX_RE)) {
    const suffixStart = from + (hit.index ?? 0);
    const end = suffixStart + hit[0].length;
    // Topic verbs (学习, 贯彻 …) usually end a name's scan, but are part of names such as
    // 全县推进“两学一做”学习教育…工作会议: when the short name does not qualify, the longer one may.
    const h =
      namedHit(text, from, scanBack(text, suffixStart, from), suffixStart, end) ??
      namedHit(text, from, scanBack(text, suffixStart, from, NAME_STOPS), suffixStart, end);
    if (h) hits.push(h);
  }
  return hits;
}

/**
 * Finds meetings in [from, to): numbered party and congress meetings (届/次/中全会/党代会) and named
 * meetings ending in 会议/推进会/大会… that start with an organ or scope word or follow 召开/参加.
 * Overlapping hits keep the numbered one, then the longer. Anonymised meetings (× or X) are keyed
 * `<speechHash12>:<name>` so they are never merged across speeches. `home` is the speaking body's
 * place and the places it lies in, official names nearest first (昆山市, 苏州市, 江苏省).
 */
export function findMeetings(
  text: string,
  ranges: TextRange[],
  locate: Locator,
  speechHash: string,
  home: string[] = [],
): MeetingFinding[] {
  const all: Hit[] = [];
  for (const r of ranges) {
    const numbered = numberedHits(text, r.start, r.end);
    const named = namedHits(text, r.start, r.end).filter((h) => !numbered.some((n) => n.start < h.end && h.start < n.end));
    all.push(...numbered, ...named);
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of all) {
    const prev = kept[kept.length - 1];
    if (prev && h.start < prev.end) continue;
    kept.push(h);
  }
  // Keys of local organs' meetings carry the place when the text names it (江西省委十五届三次全会 →
  // …@江西), so the same-numbered plenums of two provinces never merge. A mention without a place
  // takes the one place this speech names at that level (省委全会 after 江西省委…); with none or
  // several, the key stays place-less, shared by every speech that names no place either. Before
  // that, the speaker's own organs come first: 市委全会 in a speech of 昆山市 is 昆山's, 省委全会 江苏's.
  const homeOf = (name: string): string | null => {
    const organ = HOME_ORGAN.exec(name)?.[1];
    const own = organ ? home.find((n) => n.endsWith(organ) && !n.includes('自治')) : undefined;
    return own ? own.slice(0, -1) : null;
  };
  const placesByLevel = new Map<string, Set<string>>();
  for (const h of kept) {
    if (!h.local || !h.place || hasPlaceholder(h.place)) continue;
    const set = placesByLevel.get(h.level ?? '') ?? new Set<string>();
    set.add(h.place);
    placesByLevel.set(h.level ?? '', set);
  }
  const byKey = new Map<string, MeetingFinding>();
  for (const h of kept) {
    const anonymized = hasPlaceholder(h.name);
    const only = placesByLevel.get(h.level ?? '');
    const place = h.place ?? (h.local ? (homeOf(h.name) ?? (only?.size === 1 ? [...only][0]! : null)) : null);
    const key = anonymized ? `${speechHash.slice(0, 12)}:${h.name}` : place ? `${h.identity}@${place}` : h.identity;
    let f = byKey.get(key);
    if (!f) {
      f = { name: h.name, key, level: h.level, anonymized, congress: h.congress, session: h.session, count: 0, mentions: [] };
      byKey.set(key, f);
    }
    const where = locate(h.start);
    f.mentions.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), sectionId: where.sectionId, sentence: where.sentence });
    f.count++;
  }
  return [...byKey.values()];
}
