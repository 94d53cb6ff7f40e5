import lexicon from '../lexicon/persons.json' with { type: 'json' };
import { personNameSpansAround } from '../segment/segment.js';
import type { Locator, PersonFinding, TextRange } from '../types.js';

interface Hit extends TextRange {
  name: string;
}

const ALIASES = new Map<string, string>();
for (const l of lexicon.leaders) {
  ALIASES.set(l.name, l.name);
  for (const a of l.aliases) ALIASES.set(a, l.name);
}
const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const KNOWN = new RegExp(alternatives([...ALIASES.keys()]), 'g');
// The canonical name of each alias, in the map's order (a name once per alias), listed once for every hit to search.
const ALIAS_NAMES = [...ALIASES.values()];
// 毛泽东思想, 马克思列宁主义, 习近平新时代中国特色社会主义思想 name a theory, not the person.
const THEORY = new RegExp(`^(?:${alternatives(lexicon.theoryQualifiers)})?(?:${alternatives(lexicon.theorySuffixes)})`);
const THEORY_SPAN = Math.max(...lexicon.theoryQualifiers.map((q) => q.length)) + Math.max(...lexicon.theorySuffixes.map((x) => x.length));
const SURNAMES = lexicon.surnames;
const PH = '[×XＸ]';
// One character of a given name: no verb, particle or organ (曾说, 纪委 are no names).
const GIVEN = `(?:(?![${lexicon.notInGivenNames}])[\\u4e00-\\u9fff])`;
const NAME = `[${SURNAMES}]${GIVEN}{1,2}`;
// What may follow a name: a form of address, a particle, a verb of speech, or punctuation.
const AFTER_NAME = '(?=同志|的|在|曾|指出|强调|说|讲|提出|要求|对|和|与|等|也|就|为|[、，,。；：:“”（(\\s]|$)';
// Greedy: a three-character name wins when what follows it can follow a name (赵大为的 → 赵大为).
const TITLE_THEN_NAME = new RegExp(`(?:${alternatives(lexicon.titles)})[ \\u3000]{0,3}(?<name>${NAME}|${PH}{2,3})${AFTER_NAME}`, 'g');
// Before a name comes a clause boundary, a particle, an organ (省委车俊书记, 指导组某某同志) or a visit
// (参观某某故居), so 部门同志 or 老同志 are no names.
const BEFORE_NAME = '(?<=^|[^\\u4e00-\\u9fff×XＸ]|[以和与向对同及请让把被由的是委府院局厅部会校处室办长组]|参观|瞻仰|走进)';
const NAME_THEN_COMRADE = new RegExp(`(?:${BEFORE_NAME}(?<name>${NAME})|(?<![×XＸ])(?<ph>${PH}{2,3}))等?同志(?!们)`, 'g');
const NAME_THEN_TITLE = new RegExp(`${BEFORE_NAME}(?<name>${NAME})(?:${alternatives(lexicon.titlesAfter)})`, 'g');
const NAME_THEN_SAYS = new RegExp(
  `(?<=^|[^\\u4e00-\\u9fff×XＸ])(?<name>${NAME})(?:先生)?(?:${alternatives(lexicon.speechVerbs)})(?=[：:，,“"])`,
  'g',
);
// Items of an enumeration: two or three characters between 、 (梁启超、冯友兰、吴晗).
const ENUMERATION = /[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+/g;
const ONE_NAME = new RegExp(`^${NAME}$`);
// caseNames: names listed right before the words of a disciplinary case (汲取某某、某某涉嫌严重违纪
// 违法教训) are persons, though no title stands with them; 汲取/吸取 often comes right before them.
const NAMES_THEN_CASE = new RegExp(`(?:${BEFORE_NAME}|(?<=取))(?<list>${NAME}(?:、${NAME})*)(?=${alternatives(lexicon.caseFollowers)})`, 'g');


// Every match of these patterns holds one of the words listed with it (a title, 同志, a verb of
// saying): a range without any of them is not scanned, which spares most lines the slow patterns.
// The words are looked for with one pattern of plain alternatives, faster than one search each.
const anyOf = (words: readonly string[]): RegExp => new RegExp(alternatives(words));
const NAME_PATTERNS: Array<{ re: RegExp; needs: RegExp }> = [
  { re: TITLE_THEN_NAME, needs: anyOf(lexicon.titles) },
  { re: NAME_THEN_COMRADE, needs: anyOf(['同志']) },
  { re: NAME_THEN_TITLE, needs: anyOf(lexicon.titlesAfter) },
  { re: NAME_THEN_SAYS, needs: anyOf(lexicon.speechVerbs) },
];
const CASE_WORD = anyOf(lexicon.caseFollowers);

// Matches inside a slice so the work stays proportional to the range; offsets are shifted back.
function collect(text: string, r: TextRange, re: RegExp, pick: (m: RegExpExecArray) => Hit | null, out: Hit[], needs?: RegExp): void {
  const slice = text.slice(r.start, r.end);
  if (needs && !needs.test(slice)) return;
  for (const m of slice.matchAll(re)) {
    const h = pick(m as RegExpExecArray);
    if (h) out.push({ ...h, start: h.start + r.start, end: h.end + r.start });
  }
}

/**
 * Names listed with 、 where the tagger takes at least two items for person names: then every
 * item shaped like a name is one (a list of names is not mixed with other things).
 */
function enumeratedNames(text: string, r: TextRange, out: Hit[]): void {
  const slice = text.slice(r.start, r.end);
  for (const m of slice.matchAll(ENUMERATION)) {
    const items: Hit[] = [];
    let at = m.index;
    for (const raw of m[0].split('、')) {
      // The first item may carry the word before it (和吴晗), the last the word after it (吴晗等).
      const shift = ONE_NAME.test(raw) ? 0 : ONE_NAME.test(raw.slice(1)) ? 1 : ONE_NAME.test(raw.slice(0, 2)) ? 0 : -1;
      const item = shift < 0 ? '' : ONE_NAME.test(raw) ? raw : shift === 1 ? raw.slice(1) : raw.slice(0, 2);
      if (item) items.push({ start: at + shift, end: at + shift + item.length, name: item });
      at += raw.length + 1;
    }
    // The tagger is asked only when the leaders alone do not decide: tagging costs as much as
    // segmenting, and the clause of the list (no separator inside it) is tagged as in the whole line.
    const known = items.filter((h) => ALIASES.has(h.name)).length;
    if (items.length < 2 || (known < 2 && !enoughTagged(slice, m.index, m.index + m[0].length, items, known))) continue;
    for (const h of items) out.push({ ...h, start: h.start + r.start, end: h.end + r.start });
  }
}

/** True when the tagger's names among `items` and the `known` leaders make two at least. */
function enoughTagged(slice: string, from: number, to: number, items: Hit[], known: number): boolean {
  const tagged = new Set(personNameSpansAround(slice, from, to).map((s) => s.start));
  return items.filter((h) => tagged.has(h.start) && !ALIASES.has(h.name)).length + known >= 2;
}

/** The names of a disciplinary case's list (NAMES_THEN_CASE), one hit each. */
function caseNames(text: string, r: TextRange, out: Hit[]): void {
  const slice = text.slice(r.start, r.end);
  if (!CASE_WORD.test(slice)) return; // NAMES_THEN_CASE looks ahead for one
  for (const m of slice.matchAll(NAMES_THEN_CASE)) {
    let at = r.start + m.index;
    for (const name of (m.groups?.list ?? '').split('、')) {
      out.push({ start: at, end: at + name.length, name });
      at += name.length + 1;
    }
  }
}

/**
 * Persons named in the given ranges: leaders from the lexicon (and forms such as 习总书记, but not
 * in a theory's name), a surname-led name after a title (省委书记××) or before one (车俊书记, 胡适先生,
 * 同志), before a verb of saying (苏轼说：), in a list of names, and anonymised ××同志.
 */
export function findPersons(text: string, ranges: TextRange[], locate: Locator): PersonFinding[] {
  const hits: Hit[] = [];
  const named = (m: RegExpExecArray): Hit | null => {
    const name = m.groups?.name ?? m.groups?.ph ?? '';
    const start = m.index + m[0].indexOf(name);
    return { start, end: start + name.length, name: name.replace(/[XＸ]/g, '×') };
  };
  for (const r of ranges) {
    const leader = (m: RegExpExecArray): Hit | null =>
      THEORY.test(text.slice(r.start + m.index + m[0].length, r.start + m.index + m[0].length + THEORY_SPAN))
        ? null
        : { start: m.index, end: m.index + m[0].length, name: ALIASES.get(m[0]) ?? m[0] };
    collect(text, r, KNOWN, leader, hits);
    for (const { re, needs } of NAME_PATTERNS) collect(text, r, re, named, hits, needs);
    enumeratedNames(text, r, hits);
    caseNames(text, r, hits);
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const byName = new Map<string, PersonFinding>();
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd) continue; // the same name seen by two patterns
    // A theory's name seen by a pattern (马克思主义 after a title) is no person either.
    if (THEORY.test(text.slice(h.end, h.end + THEORY_SPAN)) && ALIASES.has(h.name)) continue;
    lastEnd = h.end;
    // A pattern hit that starts a known leader's name is that leader (习近平同志 via 同志 → 习近平).
    const known = ALIAS_NAMES.find((n) => n !== h.name && n.startsWith(h.name));
    const name = ALIASES.get(h.name) ?? (known && text.startsWith(known, h.start) ? known : h.name);
    let f = byName.get(name);
    if (!f) {
      f = { name, count: 0, mentions: [] };
      byName.set(name, f);
    }
    const { sectionId, sentence } = locate(h.start);
    f.mentions.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), sectionId, sentence });
    f.count++;
  }
  return [...byName.values()];
}
