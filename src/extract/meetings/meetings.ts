import lexicon from '../lexicon/meetings.json' with { type: 'json' };
import type { Locator, MeetingFinding, TextRange } from '../types.js';
import { levelOf } from './level.js';
import {
  bracketedGlossBefore, convenerOf, editionCountLength, followsListedMeeting, isFurnitureAfter, isOrganisationCongress, isPlaceMeeting,
  opensWithEdition, opensWithLevelCharacter, ordinalEndsAt,
} from './meetingNameRules.js';
import { type Hit, normaliseMeetingName, num, ORGAN_BEFORE_VERB, placeBefore, STOPS } from './meetingHit.js';
import { hasPlaceholder, SESSION_PREFIX } from './meetingPatterns.js';
import { numberedHits } from './numberedMeetings.js';

export { normaliseMeetingName, placeBefore };

const SUFFIXES = [...lexicon.suffixes].sort((a, b) => b.length - a.length);
const SUFFIX_RE = new RegExp(SUFFIXES.join('|'), 'g');
// Stops that may still sit inside a meeting's name (学习教育, 贯彻落实…推进会).
const NAME_STOPS = STOPS.filter((w) => !lexicon.topicVerbs.includes(w));
// The same as sets: the scan asks at every character whether the text before it ends with a stop,
// which is a look-up of each of its few endings rather than an endsWith per stop.
const STOP_SET: ReadonlySet<string> = new Set(STOPS);
const NAME_STOP_SET: ReadonlySet<string> = new Set(NAME_STOPS);
// The scan reads the five characters before a position: longer stops can never end them.
const HEAD = 5;

/** True when `head` ends with one of `stops`: `stops.some((w) => head.endsWith(w))` by look-ups. */
export function endsWithStop(head: string, stops: ReadonlySet<string>): boolean {
  for (let k = 0; k <= head.length; k++) if (stops.has(head.slice(head.length - k))) return true;
  return false;
}

const ANCHORS = [...lexicon.anchors].sort((a, b) => b.length - a.length);
const GENERIC = new Set(lexicon.generic);
const STRONG_VERB = /(召开|举行|举办|办好|承办|参加|出席|收听收看了?|收看了?)$/;
const CLAUSE_PUNCT = /[。！？；;，,：:、\s\u3000（）()《》【】]/;
const MAX_NAME = 40;
const ENDS_AS_MEETING = new RegExp(`(?:${SUFFIXES.join('|')}|全会)$`);
const LOCAL_ANCHOR = /^(?:省|市|县|区|州)(?:委|政府|人大|政协)$/;
// The organ a place-less local meeting belongs to (市委十二届五次全会 → a 市).
const HOME_ORGAN = /^(?:中共)?([省市县区州旗盟])/;

/** Scans back from a meeting-name suffix to the start of the name; quoted parts belong to the name. */
function scanBack(text: string, suffixStart: number, lowerBound: number, stops: ReadonlySet<string> = STOP_SET): number {
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
    const gloss = ch === '）' || ch === ')' ? bracketedGlossBefore(text, p) : 0;
    if (gloss > 0 && p - gloss > lowerBound) {
      p -= gloss;
      continue;
    }
    if (CLAUSE_PUNCT.test(ch)) break;
    if (endsWithStop(text.slice(Math.max(lowerBound, p - HEAD), p), stops)) break;
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
  start += editionCountLength(text.slice(start, suffixStart));
  // The earliest organ or scope word in the span starts the name (全县政府… rather than 县政府…).
  let anchor: { a: string; at: number } | null = null;
  const span = text.slice(start, suffixStart);
  for (const a of ANCHORS) {
    const at = span.indexOf(a);
    if (at >= 0 && !ordinalEndsAt(span, at) && (anchor === null || start + at < anchor.at)) anchor = { a, at: start + at };
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
    // a long one framed as 在…上 (在庆祝…周年大会上), or one the small rules of meetingNameRules accept.
    const framed = /在$/.test(before) && text[end] === '上' && name.length >= 8;
    const long = name.length - suffixLength >= 4;
    const accepted =
      ((STRONG_VERB.test(before) || framed || followsListedMeeting(text, start, ENDS_AS_MEETING)) && long) ||
      (STRONG_VERB.test(before) && opensWithLevelCharacter(name, suffixLength)) ||
      opensWithEdition(name, suffixLength) || isOrganisationCongress(name) || isPlaceMeeting(name);
    if (!accepted) return null;
  }
  if (GENERIC.has(name) || name.length <= suffixLength + 1) return null;
  const organ = ORGAN_BEFORE_VERB.exec(before)?.[1] ?? '';
  const level = levelOf(name) ?? (organ ? levelOf(organ) : null);
  let canonical = normaliseMeetingName(name);
  let local = anchor !== null && LOCAL_ANCHOR.test(anchor.a);
  const convener = anchor === null && !singleCharOrgan ? convenerOf(before) : null;
  if (convener) {
    canonical = convener.organ + canonical;
    local = true;
    place = placeBefore(text, start - before.length + convener.at, Math.max(from, start - 12));
  }
  // The mention covers the place only where it is written right before the name.
  const contiguous = place !== null && convener === null;
  return {
    start: contiguous ? start - place!.length : start, end, name: place ? place + canonical : canonical, level, congress: null,
    session: sessionNo ? num(sessionNo[1]) : null, identity: `${level ?? 'unknown'}:${canonical}`, local, place,
  };
}

function namedHits(text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  for (const hit of text.slice(from, to).matchAll(SUFFIX_RE)) {
    const suffixStart = from + (hit.index ?? 0);
    const end = suffixStart + hit[0].length;
    if (isFurnitureAfter(text, end)) continue;
    // Topic verbs (学习, 贯彻 …) usually end a name's scan, but are part of names such as
    // 全县推进“两学一做”学习教育…工作会议: when the short name does not qualify, the longer one may.
    const h =
      namedHit(text, from, scanBack(text, suffixStart, from), suffixStart, end) ??
      namedHit(text, from, scanBack(text, suffixStart, from, NAME_STOP_SET), suffixStart, end);
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
