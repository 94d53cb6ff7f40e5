import type { ExtractedSpeech } from '../../src/extract/types.js';
import type { SpeechFilterInput } from '../../src/graph/read/speechReads.js';
import { speechIdOf } from '../../src/graph/write/speechRows.js';

// The time questions computed again by plain counting over the extracted speeches, with no Cypher
// and none of the answer-shaping code: what the graph's answers are checked against.

const day = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7) || '1') - 1, Number(d.slice(8, 10) || '1')) / 86_400_000;

function period(date: string | null, by: 'YEAR' | 'QUARTER' | 'MONTH'): string | null {
  if (!date) return null;
  if (by === 'YEAR') return date.slice(0, 4);
  if (date.length < 7) return null;
  const month = Number(date.slice(5, 7));
  return by === 'MONTH' ? date.slice(0, 7) : `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** Over one corpus. */
export class TimeReference {
  constructor(private readonly speeches: readonly ExtractedSpeech[]) {}

  private inside(s: ExtractedSpeech, code: string): boolean {
    return s.place !== null && (s.place.code === code || s.place.within.some((w) => w.code === code));
  }

  keeps(s: ExtractedSpeech, f: SpeechFilterInput): boolean {
    if (f.level && s.level !== f.level) return false;
    if (f.genre && s.genre !== f.genre) return false;
    if (f.place && !this.inside(s, f.place)) return false;
    if (f.slogan && !s.slogans.some((x) => x.name === f.slogan)) return false;
    if (f.dateFrom && !(s.date !== null && s.date >= f.dateFrom)) return false;
    if (f.dateTo && !(s.date !== null && s.date.slice(0, f.dateTo.length) <= f.dateTo)) return false;
    return true;
  }

  private uses = (s: ExtractedSpeech, name: string): number => s.slogans.find((x) => x.name === name)?.count ?? 0;

  timeline(name: string, by: 'YEAR' | 'QUARTER' | 'MONTH', f: SpeechFilterInput = {}) {
    const kept = this.speeches.filter((s) => this.keeps(s, f));
    const periods = [...new Set(kept.map((s) => period(s.date, by)).filter((p): p is string => p !== null))].sort();
    return {
      points: periods.map((p) => {
        const inP = kept.filter((s) => period(s.date, by) === p);
        const using = inP.filter((s) => this.uses(s, name) > 0);
        return { period: p, speeches: using.length, share: using.length / inP.length, mentions: using.reduce((n, s) => n + this.uses(s, name), 0) };
      }),
      undated: kept.filter((s) => s.date === null && this.uses(s, name) > 0).length,
      coarser: kept.filter((s) => s.date !== null && period(s.date, by) === null && this.uses(s, name) > 0).length,
    };
  }

  firstUse(name: string, f: SpeechFilterInput = {}): { date: string; speechIds: string[] } | null {
    const dated = this.speeches.filter((s) => this.keeps(s, f) && s.date !== null && this.uses(s, name) > 0);
    if (dated.length === 0) return null;
    const date = dated.map((s) => s.date!).sort()[0]!;
    return { date, speechIds: dated.filter((s) => s.date === date).map((s) => speechIdOf(s.sha256)).sort() };
  }

  /** Per place of a level: first dated use and lag from `origin` (a date), speeches from it; never-users with null. */
  diffusion(name: string, level: string, origin: string | null) {
    const codes = new Map<string, string>();
    for (const s of this.speeches) {
      for (const p of s.place ? [s.place, ...s.place.within] : []) if (p.level === level) codes.set(p.code, p.name);
    }
    const rows = [...codes.keys()].sort().map((code) => {
      const from = this.speeches.filter((s) => this.inside(s, code));
      const first = this.firstUse(name, { place: code });
      return { code, date: first?.date ?? null, lagDays: first && origin ? day(first.date) - day(origin) : null, speechCount: from.length, dated: from.some((s) => s.date !== null) };
    });
    const withDates = rows.filter((r) => r.dated).length;
    const adopters = rows.filter((r) => r.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.code < b.code ? -1 : 1));
    const dates = [...new Set(adopters.map((a) => a.date!))];
    const curve = dates.map((d) => {
      const adopted = adopters.filter((a) => a.date! <= d).length;
      return { date: d, adopted, share: adopted / withDates };
    });
    const undated = this.speeches.filter((s) => s.date === null && this.uses(s, name) > 0 && s.place !== null && [s.place, ...s.place.within].some((p) => p.level === level)).length;
    return { adoptions: [...adopters, ...rows.filter((r) => r.date === null)].map(({ dated: _d, ...r }) => r), curve, undated };
  }

  /** Per slogan: dated speeches under the filter in [from, to] using it; and the dated speeches there. */
  side(f: SpeechFilterInput, from: string | null, to: string | null) {
    const kept = this.speeches.filter((s) => this.keeps(s, f) && s.date !== null && (!from || s.date >= from) && (!to || s.date.slice(0, to.length) <= to));
    const counts = new Map<string, number>();
    for (const s of kept) for (const x of s.slogans) counts.set(x.name, (counts.get(x.name) ?? 0) + 1);
    return { speeches: kept.length, counts };
  }

  /** Slogans whose first dated use under the filter is in [from, to], with their dated speeches. */
  emerging(from: string, to: string, f: SpeechFilterInput = {}) {
    const names = new Set(this.speeches.flatMap((s) => s.slogans.map((x) => x.name)));
    return [...names]
      .map((name) => ({ name, first: this.firstUse(name, f), speeches: this.side(f, null, null).counts.get(name) ?? 0 }))
      .filter((x) => x.first !== null && x.first.date >= from && x.first.date.slice(0, to.length) <= to)
      .map((x) => ({ name: x.name, firstUse: x.first!.date, speeches: x.speeches }));
  }

  /** The subset and everything else (or the reference filter without the subset): speeches using each slogan. */
  sides(subset: SpeechFilterInput, reference: SpeechFilterInput | null) {
    const count = (list: ExtractedSpeech[]) => {
      const counts = new Map<string, number>();
      for (const s of list) for (const x of s.slogans) counts.set(x.name, (counts.get(x.name) ?? 0) + 1);
      return { speeches: list.length, counts };
    };
    const inSubset = this.speeches.filter((s) => this.keeps(s, subset));
    const rest = this.speeches.filter((s) => !this.keeps(s, subset) && (reference === null || this.keeps(s, reference)));
    return { subset: count(inSubset), reference: count(rest) };
  }
}
