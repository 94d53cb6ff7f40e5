// The vocabulary of slogan co-occurrence: scopes, measures, options and their validation, pairs.
// Every other module of the folder, the API and the views import it from here.

/** What counts as "together": the same speech, top-level section (with its subsections) or sentence. */
export const COOCCURRENCE_SCOPES = ['SPEECH', 'SECTION', 'SENTENCE'] as const;
export type CooccurrenceScope = (typeof COOCCURRENCE_SCOPES)[number];
/** How a pair is scored; see cypher/analytics/sloganCooccurrence.cypher for the formulas. */
export const COOCCURRENCE_MEASURES = ['COUNT', 'JACCARD', 'PMI', 'NPMI', 'LIFT'] as const;
export type CooccurrenceMeasure = (typeof COOCCURRENCE_MEASURES)[number];

/**
 * Which speeches a co-occurrence counts (absent or null fields: any), as the `speeches` filter means
 * them: level and genre as stored (lower case), ISO dates (`dateTo` cut to its length), a place by
 * GB/T 2260 code with everything inside it.
 */
export interface SpeechScope {
  level?: string | null | undefined;
  genre?: string | null | undefined;
  dateFrom?: string | null | undefined;
  dateTo?: string | null | undefined;
  place?: string | null | undefined;
}

const SCOPE_FIELDS = ['level', 'genre', 'dateFrom', 'dateTo', 'place'] as const;

/** The scope as Cypher parameters: every field present, null = any. */
export function scopeParams(scope: SpeechScope | undefined): Record<(typeof SCOPE_FIELDS)[number], string | null> {
  return Object.fromEntries(SCOPE_FIELDS.map((f) => [f, scope?.[f] ?? null])) as Record<(typeof SCOPE_FIELDS)[number], string | null>;
}

/** True when the scope leaves some speech out. */
export function restrictsSpeeches(scope: SpeechScope | undefined): boolean {
  return Object.values(scopeParams(scope)).some((v) => v !== null);
}

/** Options of a co-occurrence query. */
export interface CooccurrenceOptions {
  scope: CooccurrenceScope;
  measure: CooccurrenceMeasure;
  /** Minimum number of units holding both slogans (integer ≥ 1). */
  minSupport: number;
  /** Maximum number of pairs returned (integer, 1 … MAX_PAIRS). */
  first: number;
  /** Restrict to pairs containing this canonical slogan name. */
  slogan?: string | undefined;
  /**
   * Count only these speeches (units and N alike), so scores describe them; the materialised counts
   * cover every speech, so a restricted query always aggregates.
   */
  speeches?: SpeechScope | undefined;
  /**
   * Which computation: 'auto' (default) reads the materialised CO_OCCURS counts when the marker says
   * they describe the current speeches (always, once built: every write maintains them) and
   * aggregates MENTIONS otherwise; 'full' always aggregates; 'materialised' insists on the fast path
   * and throws CooccurrenceStaleError when it may not answer (tests and benchmarks).
   */
  via?: 'auto' | 'full' | 'materialised' | undefined;
}

/** A slogan pair: a < b by name, with each slogan's kind; support = units holding both; score = the chosen measure. */
export interface CooccurrencePair {
  a: string;
  b: string;
  aKind: string;
  bKind: string;
  support: number;
  score: number;
}

/** Upper bound of `first`: ORDER BY … LIMIT makes Neo4j pre-allocate for the limit. */
export const MAX_PAIRS = 10_000;


/** Invalid co-occurrence options (unknown scope or measure, non-positive support or limit). */
export class CooccurrenceOptionsError extends RangeError {
  override name = 'CooccurrenceOptionsError';
}

/** The materialised co-occurrence cannot answer: never built, a rebuild pending, or speeches written by something that bypassed the deltas. */
export class CooccurrenceStaleError extends Error {
  override name = 'CooccurrenceStaleError';
}

/** What is wrong with a minSupport (a whole number ≥ 1), or null: the one check every caller uses. */
export function minSupportProblem(value: number, given: string = String(value)): string | null {
  return Number.isInteger(value) && value >= 1 ? null : `minSupport must be a whole number ≥ 1, got ${given}`;
}

/** Throws CooccurrenceOptionsError naming the first invalid option. */
export function validateCooccurrenceOptions(opts: CooccurrenceOptions): void {
  if (!(COOCCURRENCE_SCOPES as readonly string[]).includes(opts.scope)) throw new CooccurrenceOptionsError(`scope must be one of ${COOCCURRENCE_SCOPES.join(', ')}, got ${String(opts.scope)}`);
  if (!(COOCCURRENCE_MEASURES as readonly string[]).includes(opts.measure)) {
    throw new CooccurrenceOptionsError(`measure must be one of ${COOCCURRENCE_MEASURES.join(', ')}, got ${String(opts.measure)}`);
  }
  const minSupport = minSupportProblem(opts.minSupport);
  if (minSupport !== null) throw new CooccurrenceOptionsError(minSupport);
  if (opts.via !== undefined && !['auto', 'full', 'materialised'].includes(opts.via)) {
    throw new CooccurrenceOptionsError(`via must be auto, full or materialised, got ${String(opts.via)}`);
  }
  if (!Number.isInteger(opts.first) || opts.first < 1 || opts.first > MAX_PAIRS) {
    throw new CooccurrenceOptionsError(`first must be a whole number from 1 to ${MAX_PAIRS}, got ${opts.first}`);
  }
}
