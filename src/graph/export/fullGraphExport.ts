import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { AttributeDef, AttributeType, ExportGraph } from '../../export/exportGraph.js';
import { loadCypherSet } from '../cypherFiles.js';
import type { Database } from '../database.js';
import { toPlain } from '../toPlain.js';

const CYPHER = loadCypherSet({
  nodeProperties: 'export/nodeProperties',
  relationshipProperties: 'export/relationshipProperties',
  nodes: 'export/allNodes',
  relationships: 'export/allRelationships',
});

// Neo4j's type names (db.schema.*TypeProperties) → export types; temporals travel as ISO text.
const TYPES: Record<string, AttributeType> = {
  String: 'string',
  Long: 'integer',
  Integer: 'integer',
  Double: 'double',
  Float: 'double',
  Boolean: 'boolean',
  StringArray: 'string[]',
  LongArray: 'integer[]',
  IntegerArray: 'integer[]',
  DoubleArray: 'double[]',
  FloatArray: 'double[]',
  BooleanArray: 'boolean[]',
};

/** The export type of a property Neo4j has seen with these types: one known type is kept, anything else is text. */
export function attributeTypeOf(types: readonly string[]): AttributeType {
  const mapped = new Set(types.map((t) => TYPES[t] ?? 'string'));
  if (mapped.size === 1) return [...mapped][0]!;
  if (mapped.size === 2 && mapped.has('integer') && mapped.has('double')) return 'double';
  return 'string';
}

// A readable label for tools that show one: the first of the usual naming properties.
function displayLabel(props: Record<string, unknown>, fallback: string): string {
  for (const key of ['name', 'title', 'heading', 'key', 'id', 'scope']) {
    const v = props[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return fallback;
}

/**
 * The whole database as an ExportGraph: property columns from Neo4j's schema procedures, then every
 * node and every relationship streamed from auto-commit reads (no retry can repeat rows already
 * written out; each row is awaited by the writer, so memory stays flat). Ids are element ids.
 */
export async function fullGraphExport(db: Database): Promise<ExportGraph> {
  const columns = async (cypher: string): Promise<AttributeDef[]> =>
    db.read(async (tx) =>
      (await tx.run(cypher)).records.map((r) => ({ name: String(r.get('name')), type: attributeTypeOf(r.get('types') as string[]) })),
    );
  const nodeAttributes = await columns(CYPHER.nodeProperties);
  const edgeAttributes = await columns(CYPHER.relationshipProperties);

  // Under the caller's database budget (an HTTP export holds its request's permits and deadline).
  const stream = (cypher: string, visit: (record: Neo4jRecord) => Promise<void>): Promise<void> =>
    db.readSession(async (session, timeout) => {
      for await (const record of session.run(cypher, {}, { timeout })) await visit(record);
    });

  return {
    name: 'tifa-graph: the whole graph',
    directed: true,
    nodeAttributes,
    edgeAttributes,
    eachNode: (visit) =>
      stream(CYPHER.nodes, (r) => {
        const props = toPlain(r.get('props')) as Record<string, unknown>;
        const labels = r.get('labels') as string[];
        return visit({ id: String(r.get('id')), label: displayLabel(props, labels[0] ?? ''), labels, attributes: props });
      }),
    eachEdge: (visit) =>
      stream(CYPHER.relationships, (r) => {
        const props = toPlain(r.get('props')) as Record<string, unknown>;
        const w = props.count ?? props.speeches ?? props.weight;
        return visit({
          id: String(r.get('id')),
          source: String(r.get('source')),
          target: String(r.get('target')),
          type: String(r.get('type')),
          weight: typeof w === 'number' && Number.isFinite(w) ? w : 1,
          attributes: props,
        });
      }),
  };
}
