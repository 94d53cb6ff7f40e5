// Slices: the stored counts' keys. Every write adds each speech's counts to the slices it lies in
// (cypher/analytics/slicesAdd.cypher, slicesDelta.cypher; the import's SliceTally), so a question
// filtered by a year, a month, a province or a level adds up a few stored counts instead of
// reading speeches. A date counts only at its own precision: a year-only date is in its year's
// slice and in no month's, as periods.ts puts it in no month or quarter.
// The same keys are built in Cypher by slicesDelta.cypher (removal and rebuild read what is stored);
// cypher/check/slices.cypher recounts them independently.

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?$/;

/** What places a speech in slices: its delivery date, level and the province it comes from (or lies in). */
export interface SliceFacts {
  date: string | null;
  level: string | null;
  province: string | null;
}

export const yearSlice = (year: string): string => `year:${year}`;
export const monthSlice = (month: string): string => `month:${month}`;
export const provinceSlice = (code: string): string => `province:${code}`;
export const levelSlice = (level: string): string => `level:${level}`;
/** A level crossed with a year or month slice. */
export const levelPeriodSlice = (level: string, period: string): string => `level:${level}|${period}`;

/**
 * The slices of one speech: `all` hold its slogan counts and unit totals; `pairs` (its year and
 * province) also hold its slogan pairs, which is what a filtered co-occurrence adds up.
 */
export function speechSlices(facts: SliceFacts): { all: string[]; pairs: string[] } {
  const m = facts.date ? ISO_DATE.exec(facts.date) : null;
  const periods = m ? [yearSlice(m[1]!), ...(m[2] === undefined ? [] : [monthSlice(`${m[1]}-${m[2]}`)])] : [];
  const place = facts.province === null ? [] : [provinceSlice(facts.province)];
  const level = facts.level === null ? [] : [levelSlice(facts.level), ...periods.map((p) => levelPeriodSlice(facts.level!, p))];
  return { all: [...periods, ...place, ...level], pairs: [...periods.slice(0, 1), ...place] };
}

/** The province a speech lies in: the provincial place of its place chain (nearest first), or null. */
export function provinceOf(places: ReadonlyArray<{ code: string; level: string }>): string | null {
  return places.find((p) => p.level === 'provincial')?.code ?? null;
}
