import { isInt } from 'neo4j-driver';
import { speechTallyUnits, type SpeechTallyUnits } from './bulk/cooccurrenceTally.js';
import type { SpeechRows } from './speechRows.js';

/**
 * One speech as the writer sends it: its entry of the write statement's $batch and its part of
 * the co-occurrence delta. Plain data that survives a structured clone, so `tifa ingest` shapes
 * it on the extraction workers and the main thread only batches and sends it.
 */
export interface SpeechWrite {
  id: string;
  source: string;
  /** MENTIONS relationships the speech creates when written. */
  mentionCount: number;
  /** One entry of $batch of cypher/write/speechGraph.cypher. */
  param: Record<string, unknown>;
  /** What the speech adds to the co-occurrence counts (cypher/analytics/cooccursAdd.cypher). */
  tally: SpeechTallyUnits;
}

/** Shapes one speech's rows into what the writer sends (pure; runs on an extraction worker during ingest). */
export function speechWrite(rows: SpeechRows): SpeechWrite {
  return { id: rows.speech.id, source: rows.speech.source, mentionCount: rows.mentionCount, param: graphParam(rows), tally: speechTallyUnits(rows) };
}

// A driver Integer loses its class in a structured clone (it would arrive as a map {low, high});
// a BigInt crosses intact and the driver packs it as the same Bolt INTEGER.
const cloneable = (value: unknown): unknown => (isInt(value) ? value.toBigInt() : value);
const cloneableProps = (props: object): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = cloneable(value);
  return out;
};

// The statement's parameter: exactly the fields the Cypher reads (speechRows also carries counts).
// Sections travel in document order and are referred to by their position in that list (a
// section's parent, the section of a section-level mention): the statement keeps the nodes it
// creates in a list, so it needs no index look-up per section and per mention to find them again.
function graphParam(rows: SpeechRows): Record<string, unknown> {
  const { sentenceStarts, sentenceEnds, venueKey, places, speaker } = rows;
  const at = new Map(rows.sections.map((s, i) => [s.id, i]));
  const sections = rows.sections.map((s) => ({ props: cloneableProps({ id: s.id, ...s.props }), parent: s.parent === null ? null : at.get(s.parent)! }));
  const bySection = <T extends { count: unknown; sections: Array<{ section: string; count: unknown }> }>(list: T[]) =>
    list.map((row) => ({
      ...row,
      count: cloneable(row.count),
      sections: row.sections.filter((m) => at.has(m.section)).map((m) => ({ ...m, count: cloneable(m.count), section: at.get(m.section)! })),
    }));
  return {
    speech: cloneableProps(rows.speech), sentenceStarts, sentenceEnds, venueKey, sections, places, speaker,
    slogans: bySection(rows.slogans),
    meetings: bySection(rows.meetings).map((row) => ({ ...row, props: cloneableProps(row.props) })),
    persons: bySection(rows.persons), documents: bySection(rows.documents), terms: bySection(rows.terms),
  };
}
