import lexicon from '../lexicon/persons.json' with { type: 'json' };
import type { Locator, PersonFinding, TextRange } from '../types.js';

interface Hit extends TextRange {
  name: string;
}

const ALIASES = new Map<string, string>();
for (const l of lexicon.leaders) {
  ALIASES.set(l.name, l.name);
  for (const a of l.aliases) ALIASES.set(a, l.name);
}
const KNOWN = new RegExp([...ALIASES.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
const SURNAMES = lexicon.surnames;
const TITLES = [...lexicon.titles].sort((a, b) => b.length - a.length).join('|');
const PH = '[×XＸ]';
// What may follow a name: a form of address, a particle, a verb of speech, or punctuation.
const AFTER_NAME = '(?=同志|的|在|曾|指出|强调|说|讲|提出|要求|对|和|与|等|也|就|为|[、，,。；：:“”（(\\s]|$)';
// Greedy: a three-character name wins when what follows it can follow a name (赵大为的 → 赵大为).
const TITLE_THEN_NAME = new RegExp(`(?:${TITLES})[ \\u3000]{0,3}(?<name>[${SURNAMES}][\\u4e00-\\u9fff]{1,2}|${PH}{2,3})${AFTER_NAME}`, 'g');
// Before NAME同志 comes a clause boundary or a particle, so 部门同志 or 老同志 are not read as names.
const NAME_THEN_COMRADE = new RegExp(
  `(?:(?<=^|[^\\u4e00-\\u9fff×XＸ]|[以和与向对同及请让把被由])(?<name>[${SURNAMES}][\\u4e00-\\u9fff]{1,2})|(?<![×XＸ])(?<ph>${PH}{2,3}))同志(?!们)`,
  'g',
);

// Matches inside a slice so the work stays proportional to the range; offsets are shifted back.
function collect(text: string, r: TextRange, re: RegExp, pick: (m: RegExpExecArray) => Hit | null, out: Hit[]): void {
  for (const m of text.slice(r.start, r.end).matchAll(re)) {
    const h = pick(m as RegExpExecArray);
    if (h) out.push({ ...h, start: h.start + r.start, end: h.end + r.start });
  }
}

/**
 * Persons named in the given ranges: leaders from the lexicon (and forms such as 习总书记), a
 * surname-led name after a title (省委书记××, 老书记××) or before 同志, and anonymised ××同志.
 */
export function findPersons(text: string, ranges: TextRange[], locate: Locator): PersonFinding[] {
  const hits: Hit[] = [];
  for (const r of ranges) {
    collect(text, r, KNOWN, (m) => ({ start: m.index, end: m.index + m[0].length, name: ALIASES.get(m[0]) ?? m[0] }), hits);
    const named = (m: RegExpExecArray): Hit | null => {
      const name = m.groups?.name ?? m.groups?.ph ?? '';
      const start = m.index + m[0].indexOf(name);
      return { start, end: start + name.length, name: name.replace(/[XＸ]/g, '×') };
    };
    collect(text, r, TITLE_THEN_NAME, named, hits);
    collect(text, r, NAME_THEN_COMRADE, named, hits);
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const byName = new Map<string, PersonFinding>();
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd) continue; // the same name seen by two patterns
    lastEnd = h.end;
    // A pattern hit that starts a known leader's name is that leader (习近平同志 via 同志 → 习近平).
    const known = [...ALIASES.values()].find((n) => n !== h.name && n.startsWith(h.name));
    const name = ALIASES.get(h.name) ?? (known && text.startsWith(known, h.start) ? known : h.name);
    let f = byName.get(name);
    if (!f) {
      f = { name, count: 0, mentions: [] };
      byName.set(name, f);
    }
    f.mentions.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), ...locate(h.start) });
    f.count++;
  }
  return [...byName.values()];
}
