import type { Database } from '../database.js';
import { graphVersion } from './graphVersion.js';
import { withoutText, type Reader } from './readRows.js';
import type { SearchRow, TermRow, WalkEdge, WalkNode } from './types.js';

/** Reads across entities: terms, full-text search, neighbourhood walks, and the graph's version stamp. */
export interface GraphReads {
  topTerms(speechId: string | null, limit: number): Promise<TermRow[]>;
  search(index: string, query: string, limit: number): Promise<SearchRow[]>;
  graphSeed(label: string, key: string): Promise<WalkNode | null>;
  graphExpand(frontier: readonly string[], labels: readonly string[], limit: number): Promise<Array<{ node: WalkNode; edge: WalkEdge }>>;
  /** A stamp that changes with every committed write (the last transaction's bookmark). */
  graphVersion(): Promise<string>;
}

/** The cross-entity reads over a reader (the version stamp needs the database itself). */
export function graphReads(db: Database, { q, rows, int }: Reader): GraphReads {
  return {
    topTerms: async (speechId, limit) =>
      (await rows(q.topTerms, { speechId, limit: int(limit) })).map((r) => ({ term: String(r.term), count: Number(r.count), weight: Number(r.weight) })),
    search: async (index, query, limit) =>
      (await rows(q.search, { index, query, limit: int(limit) })).map((r) => ({
        labels: r.labels as string[],
        props: withoutText(r.props),
        score: Number(r.score),
        speechId: (r.speechId as string | null) ?? null,
      })),
    graphSeed: async (label, key) => {
      const [r] = await rows(q.graphSeed, { label, key });
      return r ? { eid: String(r.eid), labels: r.labels as string[], props: withoutText(r.props) } : null;
    },
    graphVersion: () => graphVersion(db, q.graphVersion),
    graphExpand: async (frontier, labels, limit) =>
      (await rows(q.graphExpand, { frontier, labels, limit: int(limit), perType: int(Math.max(1, Math.ceil(limit / Math.max(1, frontier.length)))) })).map((r) => {
        const from = String(r.from);
        const eid = String(r.eid);
        return {
          node: { eid, labels: r.labels as string[], props: withoutText(r.props) },
          edge: {
            source: r.outgoing ? from : eid,
            target: r.outgoing ? eid : from,
            type: String(r.relType),
            props: (r.relProps ?? {}) as Record<string, unknown>,
          },
        };
      }),
  };
}
