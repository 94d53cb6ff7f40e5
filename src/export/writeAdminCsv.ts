import type { AttributeDef, AttributeType, ExportGraph, Write } from './exportGraph.js';

// neo4j-admin database import header types; lists are written with its default array delimiter `;`.
export const HEADER_TYPES: Record<AttributeType, string> = {
  string: '',
  integer: ':long',
  double: ':double',
  boolean: ':boolean',
  'string[]': ':string[]',
  'integer[]': ':long[]',
  'double[]': ':double[]',
  'boolean[]': ':boolean[]',
};

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function value(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return csvField(v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(';'));
  if (typeof v === 'object') return csvField(JSON.stringify(v));
  return csvField(String(v));
}

// Properties that would clash with the import columns are left out of the header.
const RESERVED = new Set([':ID', ':LABEL', ':START_ID', ':END_ID', ':TYPE']);

const header = (attrs: readonly AttributeDef[]) => attrs.map((a) => csvField(`${a.name}${HEADER_TYPES[a.type]}`));

/**
 * Writes the nodes file `neo4j-admin database import full --nodes=nodes.csv` reads: `:ID` (not
 * stored as a property), the typed property columns (lists split on the default array delimiter
 * `;`) and `:LABEL`.
 */
export async function writeAdminNodesCsv(graph: ExportGraph, write: Write): Promise<void> {
  const attrs = graph.nodeAttributes.filter((a) => !RESERVED.has(a.name));
  await write([':ID', ...header(attrs), ':LABEL'].join(',') + '\n');
  await graph.eachNode((n) => write([csvField(n.id), ...attrs.map((a) => value(n.attributes[a.name])), csvField(n.labels.join(';'))].join(',') + '\n'));
}

/** Writes the relationships file (`--relationships=relationships.csv`): `:START_ID`, `:END_ID`, `:TYPE` and the typed properties. */
export async function writeAdminRelationshipsCsv(graph: ExportGraph, write: Write): Promise<void> {
  const attrs = graph.edgeAttributes.filter((a) => !RESERVED.has(a.name));
  await write([':START_ID', ':END_ID', ':TYPE', ...header(attrs)].join(',') + '\n');
  await graph.eachEdge((e) =>
    write([csvField(e.source), csvField(e.target), csvField(e.type), ...attrs.map((a) => value(e.attributes[a.name]))].join(',') + '\n'),
  );
}
