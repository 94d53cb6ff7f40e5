import type { Database } from '../../src/graph/database.js';
import { toPlain } from '../../src/graph/toPlain.js';
import { TEST_MARKER } from './emptyGraph.js';

// A whole graph as comparable plain data: every node by its key, every relationship by its ends
// and type, each property with its Cypher type (valueType: INTEGER vs FLOAT, LIST<…>), so two
// graphs written by different loaders can be compared for equality.

/** The key property of each label (cypher/schema.cypher's unique constraints). */
const KEYS: Record<string, string> = {
  Speech: 'id', Section: 'id', Slogan: 'name', SloganVariant: 'name', Concept: 'name', Meeting: 'key',
  Term: 'name', Person: 'name', Document: 'title', Place: 'code', CooccurrenceState: 'scope', CooccurrenceRanking: 'key',
  Slice: 'key', SloganSlice: 'key', PairSlice: 'key',
};

/** Properties whose value depends on when or how often was written; their type is still compared. */
const VOLATILE = new Set(['Speech.ingestedAt', 'CooccurrenceState.writes', 'CooccurrenceRanking.writes']);

export interface GraphSnapshot {
  nodes: string[];
  relationships: string[];
}

export async function graphSnapshot(db: Database): Promise<GraphSnapshot> {
  return db.read(async (tx) => {
    const keyOf = new Map<string, string>();
    const nodes: string[] = [];
    const n = await tx.run(
      `MATCH (n) WHERE NOT n:${TEST_MARKER} RETURN elementId(n) AS id, labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props`,
    );
    for (const r of n.records) {
      const labels = (r.get('labels') as string[]).sort();
      const props = (toPlain(r.get('props')) as Array<[string, string, unknown]>)
        .map(([k, type, v]) => [k, type, VOLATILE.has(`${labels[0]}.${k}`) ? '(volatile)' : v] as const)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const keyProp = KEYS[labels[0] ?? ''];
      const key = `${labels.join(':')}/${String(props.find(([k]) => k === keyProp)?.[2] ?? '?')}`;
      keyOf.set(String(r.get('id')), key);
      nodes.push(JSON.stringify([key, props]));
    }
    const relationships = (
      await tx.run('MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props')
    ).records.map((r) => {
      const props = (toPlain(r.get('props')) as Array<[string, string, unknown]>).sort((x, y) => (x[0] < y[0] ? -1 : 1));
      return JSON.stringify([keyOf.get(String(r.get('a'))), r.get('type'), keyOf.get(String(r.get('b'))), props]);
    });
    return { nodes: nodes.sort(), relationships: relationships.sort() };
  });
}
