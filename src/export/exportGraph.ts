type Scalar = 'string' | 'integer' | 'double' | 'boolean';
/** Value types an exported attribute can have (lists are written as JSON text where a format has no lists). */
export type AttributeType = Scalar | `${Scalar}[]`;

/** A column of node or edge data, declared before the first node so that formats can stream. */
export interface AttributeDef {
  name: string;
  type: AttributeType;
}

/** A node to export: a stable id, a display label, the graph labels and typed attributes. */
export interface ExportNode {
  id: string;
  label: string;
  labels: string[];
  attributes: Record<string, unknown>;
}

/** An edge between two ExportNode ids; `weight` is what layout tools use (co-occurrence score, mention count). */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  attributes: Record<string, unknown>;
}

/**
 * A graph as the exporters read it: attribute columns first, then the nodes, then the edges, each
 * handed over one at a time (awaited) so that an export of the whole database never sits in memory.
 */
export interface ExportGraph {
  /** Names the export inside the file (e.g. "tifa-graph slogan co-occurrence, SPEECH scope, NPMI"). */
  name: string;
  directed: boolean;
  nodeAttributes: AttributeDef[];
  edgeAttributes: AttributeDef[];
  eachNode(visit: (node: ExportNode) => Promise<void>): Promise<void>;
  eachEdge(visit: (edge: ExportEdge) => Promise<void>): Promise<void>;
}

/** Where an exporter writes: resolves when the text is accepted (waits while the destination is full). */
export type Write = (chunk: string) => Promise<void>;

function scalarOf(value: unknown): Scalar {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'double';
  return 'string';
}

function typeOf(value: unknown): AttributeType | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return scalarOf(value);
  const types = new Set(value.filter((v) => v !== null && v !== undefined).map(scalarOf));
  if (types.size === 2 && types.has('integer') && types.has('double')) return 'double[]';
  return types.size === 1 ? `${[...types][0]!}[]` : 'string[]';
}

function merge(a: AttributeType | undefined, b: AttributeType): AttributeType {
  if (a === undefined || a === b) return b;
  const pair = new Set([a, b]);
  if (pair.has('integer') && pair.has('double')) return 'double';
  if (pair.has('integer[]') && pair.has('double[]')) return 'double[]';
  return a.endsWith('[]') && b.endsWith('[]') ? 'string[]' : 'string';
}

/** The attribute columns of in-memory records, in first-seen order; mixed types widen (int+double → double, else string). */
export function inferAttributes(records: ReadonlyArray<Record<string, unknown>>): AttributeDef[] {
  const types = new Map<string, AttributeType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const t = typeOf(value);
      if (t !== null) types.set(name, merge(types.get(name), t));
      else if (!types.has(name)) types.set(name, 'string');
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

/** An ExportGraph over nodes and edges already in memory (views of at most a few thousand elements). */
export function memoryGraph(name: string, directed: boolean, nodes: readonly ExportNode[], edges: readonly ExportEdge[]): ExportGraph {
  return {
    name,
    directed,
    nodeAttributes: inferAttributes(nodes.map((n) => n.attributes)),
    edgeAttributes: inferAttributes(edges.map((e) => e.attributes)),
    async eachNode(visit) {
      for (const node of nodes) await visit(node);
    },
    async eachEdge(visit) {
      for (const edge of edges) await visit(edge);
    },
  };
}

/** A value as attribute text: lists and maps as JSON, null as ''. */
export function attributeText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The attribute type GraphML and GEXF both name it (long, double, boolean, string); lists travel as JSON text. */
export function xmlAttributeType(type: AttributeType): string {
  if (type === 'integer') return 'long';
  if (type === 'double' || type === 'boolean') return type;
  return 'string';
}
