// The extractor's output contract: what src/graph loads into Neo4j and `tifa extract --json` prints.
// Every offset is a UTF-16 code-unit index into `ExtractedSpeech.text` (the decoded original text,
// BOM removed, nothing else changed), so a finding can always be shown in its sentence.

/**
 * Administrative level of a speech, a meeting or a place: provincial-level municipalities and
 * autonomous regions are `provincial`; prefecture-level cities, 自治州, 地区 and 盟 `city`;
 * counties, county-level cities, districts and 旗 `county`; 乡, 镇 and 街道 `township`.
 */
export type AdminLevel = 'central' | 'provincial' | 'city' | 'county' | 'township';

/** An administrative division with its GB/T 2260 code. */
export interface PlaceRef {
  code: string;
  /** Official name (江苏省, 恩施土家族苗族自治州). */
  name: string;
  level: AdminLevel;
}

/** The place of the body that gives a speech, with the divisions it lies in. */
export interface PlaceFinding extends PlaceRef {
  /** The divisions it belongs to, nearest first (county → city → province → country); only the country for a province, empty for the country. */
  within: PlaceRef[];
}

/** The kinds of slogan (提法): numbered (四个意识), catchphrase (放管服), digit-coded (“1+2+4+N”, “51020”). */
export type SloganKind = 'NUMBERED' | 'CATCHPHRASE' | 'CODED';

/** What kind of text a speech file holds: a speech, a government work report, a party congress or plenary report, an outline (提纲), a news story about a speech, or other. */
export type Genre = 'speech' | 'work_report' | 'party_report' | 'outline' | 'news' | 'other';

/** Who delivered the speech, as its byline (or title, or photo caption) names them. */
export interface Speaker {
  name: string;
  /** The office as written, without the place before it (省长, 自治区人民政府主席), or null. */
  role: string | null;
}

/** A half-open character range [start, end) into the original text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A problem or remark about the input, reported instead of thrown (like a linter). */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** Stable machine-readable code, e.g. EMPTY_FILE, BINARY_FILE, TOO_LARGE, NO_TITLE. */
  code: string;
  message: string;
  /** The file the diagnostic is about, when known. */
  file?: string;
  range?: TextRange;
}

/** One numbered heading or inline enumeration item of the section tree, in document order. */
export interface Section extends TextRange {
  /** Unique within the speech: "s1", "s2", … in document order. */
  id: string;
  parentId: string | null;
  /** Depth in the tree, 1 = top. */
  level: number;
  /** Position among its siblings, 1-based. */
  ordinal: number;
  /** The marker as written: 一、 （一） 第一， 一是 1. ① … */
  marker: string;
  /** Text after the marker up to the first 。 (or line end). */
  heading: string;
  /** True for inline enumerations inside a paragraph (一是…二是…), false for line-initial headings. */
  inline: boolean;
}

/** A sentence of the cleaned body, as a range; sentences are numbered by their index in `sentences`. */
export type Sentence = TextRange;

/** Maps an offset to the innermost section and the sentence containing it (built by the parser). */
export type Locator = (offset: number) => { sectionId: string | null; sentence: number };

/** Where one finding occurs. */
export interface Mention extends TextRange {
  /** The text as written at [start, end). */
  text: string;
  /** The innermost section containing the mention, or null before the first section. */
  sectionId: string | null;
  /** Index into `ExtractedSpeech.sentences`. */
  sentence: number;
}

/** A slogan found in the speech, under its canonical name. */
export interface SloganFinding {
  name: string;
  kind: SloganKind;
  count: number;
  /** Other spellings as written in this speech (canonical name excluded). */
  variants: string[];
  /** Member concepts from the lexicon (四个意识 → 政治意识, …); empty when unknown. */
  members: string[];
  mentions: Mention[];
}

/** A meeting referred to in the speech, normalised. */
export interface MeetingFinding {
  /** Canonical name, e.g. 十九届五中全会, 省委十一届七次全会. */
  name: string;
  /**
   * Stable key: the same real meeting gives the same key in every speech. Anonymised meetings
   * (× or X for numbers) get a key scoped to their speech (`<speech hash>:<name>`), never merged.
   */
  key: string;
  level: AdminLevel | null;
  anonymized: boolean;
  /** Congress number (十九届 → 19) where written. */
  congress: number | null;
  /** Plenary or session number (五中全会 → 5) where written. */
  session: number | null;
  count: number;
  mentions: Mention[];
}

/** A title in 《》. */
export interface DocumentFinding {
  title: string;
  kind: 'document' | 'newspaper';
  count: number;
  mentions: Mention[];
}

/** A person named in the speech. */
export interface PersonFinding {
  name: string;
  count: number;
  mentions: Mention[];
}

/** A policy term with its keyword weight. */
export interface TermFinding {
  term: string;
  /** TF-IDF weight in the whole speech. */
  weight: number;
  /** TextRank score in the whole speech (0 when not ranked). */
  textrank: number;
  /** Number of mentions (in the whole speech, or in the section for section terms). */
  count: number;
  mentions: Mention[];
}

/** Keywords of one top-level section. */
export interface SectionTerms {
  sectionId: string;
  terms: TermFinding[];
}

/** Everything the extractor found in one speech. */
export interface ExtractedSpeech {
  /** Where the text came from (a path or a caller-given name). */
  source: string;
  /** sha256 (hex) of `text`: speech ids derive from it, so one text ingested twice is one speech. */
  sha256: string;
  /** The decoded original text; all offsets point into it. */
  text: string;
  /** Range of the speech body after cleaning (advertising headers and footers excluded). */
  body: TextRange;
  title: string;
  titleRange: TextRange | null;
  /** The meeting the speech was delivered at (from 在…上的讲话), as written, or null. */
  venue: string | null;
  /** Key of the venue in `meetings`, or null. */
  venueKey: string | null;
  /** The speaking body's level: its place's level when the place is known. */
  level: AdminLevel | null;
  /** The speaking body's place, or null (central bodies, or no place named). */
  place: PlaceFinding | null;
  /** Delivery date, ISO (YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is written), or null. */
  date: string | null;
  genre: Genre;
  /** The subtitle line as written (——2026年1月31日在…会议上), a byline on the same line excluded, or null. */
  subtitle: string | null;
  speaker: Speaker | null;
  /** Publication date of the page (时间：2026-02-05), ISO, or null: never the delivery date. */
  published: string | null;
  sections: Section[];
  sentences: Sentence[];
  slogans: SloganFinding[];
  meetings: MeetingFinding[];
  documents: DocumentFinding[];
  persons: PersonFinding[];
  terms: TermFinding[];
  sectionTerms: SectionTerms[];
  diagnostics: Diagnostic[];
}
