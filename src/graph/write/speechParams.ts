import { isInt } from 'neo4j-driver';
import { speechTallyUnits, type SpeechTallyUnits } from '../cooccurrence/tally.js';
import type { SpeechRows } from './speechRows.js';

/**
 * One speech as the writer sends it: its entry of the write statement's $batch and its part of
 * the co-occurrence delta. Plain data that survives a structured clone, so `tifa ingest` shapes
 * it on the extraction workers and the main thread only batches and sends it.
 */
export interface SpeechParams {
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
export function speechParams(rows: SpeechRows): SpeechParams {
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

/**
 * A position list as the statement receives it: the numbers in decimal, comma-separated ('' for
 * none); the Cypher splits it and stores integers. One string instead of a list of floats makes a
 * speech's Bolt message smaller and cheaper at every hop: the structured clone from the worker,
 * the driver's packer on the main thread (one string instead of ~3,500 floats per speech) and
 * Neo4j's Bolt decoder (one string value instead of one boxed double each).
 */
export const positionText = (list: readonly number[]): string => list.join(',');

type Positions = { offsets: number[]; ends: number[]; sentences: number[] };
const positionTexts = <T extends Positions>(row: T) => ({ ...row, offsets: positionText(row.offsets), ends: positionText(row.ends), sentences: positionText(row.sentences) });

// The statement's parameter: exactly the fields the Cypher reads (speechRows also carries counts).
// Sections travel in document order and are referred to by their position in that list (a
// section's parent, the section of a section-level mention): the statement keeps the nodes it
// creates in a list, so it needs no index look-up per section and per mention to find them again.
function graphParam(rows: SpeechRows): Record<string, unknown> {
  const { sentenceStarts, sentenceEnds, venueKey, places, speaker } = rows;
  const at = new Map(rows.sections.map((s, i) => [s.id, i]));
  const sections = rows.sections.map((s) => ({ props: cloneableProps({ id: s.id, ...s.props }), parent: s.parent === null ? null : at.get(s.parent)! }));
  const bySection = <T extends Positions & { count: unknown; sections: Array<Positions & { section: string; count: unknown }> }>(list: T[]) =>
    list.map((row) => ({
      ...positionTexts(row),
      count: cloneable(row.count),
      sections: row.sections.filter((m) => at.has(m.section)).map((m) => ({ ...positionTexts(m), count: cloneable(m.count), section: at.get(m.section)! })),
    }));
  return {
    speech: cloneableProps(rows.speech), sentenceStarts: positionText(sentenceStarts), sentenceEnds: positionText(sentenceEnds), venueKey, sections, places, speaker,
    slogans: bySection(rows.slogans),
    meetings: bySection(rows.meetings).map((row) => ({ ...row, props: cloneableProps(row.props) })),
    persons: bySection(rows.persons), documents: bySection(rows.documents), terms: bySection(rows.terms),
  };
}
