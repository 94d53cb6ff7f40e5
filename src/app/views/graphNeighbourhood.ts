import type { ReadRepository } from '../../graph/read/createReadRepository.js';
import type { WalkEdge, WalkNode } from '../../graph/read/types.js';
import { InputError } from '../InputError.js';
import { quote } from '../printable.js';
import { ALL_LABELS, labelOf, parseNodeId, walkToView, type GraphView, type NodeType } from './graphView.js';

/** Deepest walk `graph` allows (each hop is one query; hubs make deeper walks explode). */
export const MAX_GRAPH_DEPTH = 3;
/** Most nodes a graph view may hold. */
export const MAX_GRAPH_NODES = 1000;

/**
 * The neighbourhood of a seed node, breadth first, one query per hop, stopping at `limit` nodes;
 * `types` restricts the neighbours' types (the seed is always shown). Throws an InputError marked missing for an unknown seed.
 */
export async function graphNeighbourhood(
  repo: ReadRepository,
  seedId: string,
  depth: number,
  limit: number,
  types: readonly NodeType[] | null,
): Promise<GraphView> {
  const seedRef = parseNodeId(seedId);
  const seed = await repo.graphSeed(seedRef.label, seedRef.key);
  if (!seed) throw new InputError(`no ${seedRef.type.toLowerCase()} ${quote(seedRef.key)} in the graph`, 'seed', true);
  const labels = types && types.length > 0 ? types.map(labelOf) : ALL_LABELS;
  const seen = new Set([seed.eid]);
  const steps: Array<{ node: WalkNode; edge: WalkEdge }> = [];
  let frontier = [seed.eid];
  for (let hop = 0; hop < depth && frontier.length > 0 && seen.size < limit; hop++) {
    // Edges back into seen nodes are kept (they connect the view); only new nodes extend the walk.
    const found = await repo.graphExpand(frontier, labels, limit * 2);
    const next: string[] = [];
    for (const step of found) {
      steps.push(step);
      if (!seen.has(step.node.eid) && seen.size < limit) {
        seen.add(step.node.eid);
        next.push(step.node.eid);
      }
    }
    frontier = next;
  }
  return walkToView(seed, steps.filter((s) => seen.has(s.node.eid)), limit);
}
