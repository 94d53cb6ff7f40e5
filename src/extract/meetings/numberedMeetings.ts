import { levelOf } from './level.js';
import { type Hit, normaliseMeetingName, num, ORGAN_BEFORE_VERB, placeBefore } from './meetingHit.js';
import { NUMBERED_MEETING, NUMBERED_MEETING_CORE, PARTY_CONGRESS, PARTY_CONGRESS_CORE, PARTY_CONGRESS_FULL, PLENUM_LIST } from './meetingPatterns.js';
import { parseNumeral } from '../text/numerals.js';

// The organ written before a numbered meeting that makes it a local one (省委, 市, 自治区党委).
const LOCAL_ORG = /^(?:党的|中共|中国共产党)?(?:自治区党委|省委|市委|县委|区委|州委|省|市|县|区)$/;

/**
 * 十九届二中、三中全会, 十九届二、三中全会, 省委十一届九次、十次全会: one hit per plenum, each on its
 * own part of the text; the shared organ and congress go into every name.
 */
function plenumListHits(text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  const span = text.slice(from, to);
  // Every list has 届 (see PLENUM_LIST): looking for the character first spares most lines the pattern.
  if (!span.includes('届')) return hits;
  for (const m of span.matchAll(PLENUM_LIST)) {
    const g = m.groups ?? {};
    const org = g.org ?? '';
    const congress = g.congress ?? '';
    const c = parseNumeral(congress);
    const central = g.kind === '中全会';
    const level = central ? 'central' : levelOf(org);
    const organ = central ? '中央' : org || '?';
    const head = from + (m.index ?? 0) + m[0].indexOf(`${congress}届`);
    const place = org ? placeBefore(text, head - org.length, from) : null;
    let at = head + congress.length + 1;
    for (const part of [...(g.list ?? '').split(/[、，和及与]/).filter(Boolean), `${g.last}${g.kind}`]) {
      const session = part.replace(/(?:中|次)(?:全会|全体会议)?$/, '');
      const n = parseNumeral(session);
      const name = central ? `${congress}届${session}中全会` : `${place ?? ''}${org}${congress}届${session}次全会`;
      hits.push({
        start: at, end: at + part.length, name, level, congress: c, session: n,
        identity: `${level ?? 'unknown'}:${organ}:${c ?? ''}:${n ?? ''}:全会`, local: !central && org !== '', place,
      });
      at += part.length + 1;
    }
  }
  return hits;
}

/** Numbered meetings in [from, to): plenums, plenum lists, sessions and party congresses. */
export function numberedHits(text: string, from: number, to: number): Hit[] {
  const span = text.slice(from, to);
  const listed = plenumListHits(text, from, to);
  const hits: Hit[] = [...listed];
  // As above: the long patterns run only where the short core of their matches is found.
  const numbered = NUMBERED_MEETING_CORE.test(span) ? span.matchAll(NUMBERED_MEETING) : [];
  for (const m of numbered) {
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
  // 中国共产党第二十次全国代表大会 and 党的二十大 are one congress, named the short way.
  const congresses = PARTY_CONGRESS_CORE.test(span) ? [...span.matchAll(PARTY_CONGRESS_FULL), ...span.matchAll(PARTY_CONGRESS)] : [];
  for (const m of congresses) {
    const start = from + (m.index ?? 0);
    const congress = num(m.groups?.congress);
    hits.push({
      start, end: start + m[0].length, name: `党的${m.groups?.congress}大`, level: 'central',
      congress, session: null, identity: `central:中央:${congress}::代表大会`, local: false, place: null,
    });
  }
  return hits;
}
