// Plain row shapes returned by the read repository: what the API resolves from. No driver types past this point.

/** A speech without its text. */
export interface SpeechRow {
  id: string;
  title: string;
  source: string | null;
  sha256: string;
  chars: number;
  level: string | null;
  date: string | null;
  ingestedAt: string | null;
  /** Header fields (absent on speeches stored before they existed). */
  genre?: string | null;
  subtitle?: string | null;
  published?: string | null;
  /** The metadata fields given with the text (the others were extracted); absent or null when none was. */
  givenFields?: string[] | null;
}

/** A section with its parent's id (null at the top). */
export interface SectionRow {
  id: string;
  level: number;
  ordinal: number;
  marker: string;
  heading: string;
  start: number;
  end: number;
  parentId: string | null;
}

/** A canonical slogan. */
export interface SloganRow {
  name: string;
  kind: string;
  /** Speeches using it and its mentions, when the row came with them (the slogan list reads them). */
  speeches?: number;
  mentions?: number;
}

/** Variants, members and usage of one canonical slogan. */
export interface SloganDetailsRow {
  name: string;
  variants: string[];
  members: string[];
  speeches: number;
  mentions: number;
}

/** A meeting node. */
export interface MeetingRow {
  key: string;
  name: string;
  level: string | null;
  anonymized: boolean;
  /** Speeches mentioning it, when the row came with them (the meeting list reads them). */
  speeches?: number;
}

/** Something a speech mentions (slogan, meeting, term, person, document) with speech-level counts. */
export interface TargetRow {
  target: Record<string, unknown>;
  count: number;
  weight: number | null;
}

/** One mention cut out in its sentence. */
export interface SnippetRow {
  /** The mentioned node's properties (name / key / title …). */
  target: Record<string, unknown>;
  speechId: string;
  text: string;
  sentence: string;
  /** Offsets of the mention inside `sentence`. */
  start: number;
  end: number;
  /** Offset of the mention in the speech text. */
  offset: number;
}

/** A page of rows with the total count under the filter. */
export interface Page<T> {
  total: number;
  rows: T[];
}

/** A term with its summed count and weight. */
export interface TermRow {
  term: string;
  count: number;
  weight: number;
}

/** A full-text search hit. */
export interface SearchRow {
  labels: string[];
  props: Record<string, unknown>;
  score: number;
  speechId: string | null;
}

/** A node of a neighbourhood walk, with the graph's own labels and properties (speech text removed). */
export interface WalkNode {
  eid: string;
  labels: string[];
  props: Record<string, unknown>;
}

/** A relationship of a neighbourhood walk, between element ids. */
export interface WalkEdge {
  source: string;
  target: string;
  type: string;
  props: Record<string, unknown>;
}

/** Filter of the speech list; `slogan` may be a variant name. */
export interface SpeechFilterInput {
  slogan?: string | null;
  meeting?: string | null;
  level?: string | null;
  text?: string | null;
  /** Place code: speeches from it or any place inside it. */
  place?: string | null;
  genre?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}
