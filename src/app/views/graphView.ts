import { NODE_KEYS, type NodeLabel } from '../../graph/read/nodeKeys.js';
import type { WalkEdge, WalkNode } from '../../graph/read/types.js';
import { InputError } from '../InputError.js';
import { quote } from '../printable.js';

/** Node types of a graph view, as in the schema's NodeType enum. */
export type NodeType = 'SPEECH' | 'SECTION' | 'SLOGAN' | 'MEETING' | 'TERM' | 'PERSON' | 'DOCUMENT' | 'CONCEPT';

/** A node as Cytoscape.js (`data`) and Neo4j NVL take it. */
export interface GraphNode {
  id: string;
  label: string;
  type: NodeType;
  properties: Record<string, unknown>;
}

/** An edge between two GraphNode ids. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
}

/** What `graph` and `cooccurrenceGraph` return. */
export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

// For each node type: the graph label and the display property; the key property (also used in
// the view id) comes from the one label ↔ key table, NODE_KEYS.
const VIEW_TYPES: Record<NodeType, { label: NodeLabel; display: string }> = {
  SPEECH: { label: 'Speech', display: 'title' },
  SECTION: { label: 'Section', display: 'heading' },
  SLOGAN: { label: 'Slogan', display: 'name' },
  MEETING: { label: 'Meeting', display: 'name' },
  TERM: { label: 'Term', display: 'name' },
  PERSON: { label: 'Person', display: 'name' },
  DOCUMENT: { label: 'Document', display: 'title' },
  CONCEPT: { label: 'Concept', display: 'name' },
};
const TYPES: Record<NodeType, { label: NodeLabel; key: string; display: string }> = Object.fromEntries(
  Object.entries(VIEW_TYPES).map(([type, t]) => [type, { ...t, key: NODE_KEYS[t.label] }]),
) as Record<NodeType, { label: NodeLabel; key: string; display: string }>;
// Bulky internals a visualisation has no use for (the text and its sentence offsets).
const HIDDEN_PROPERTIES = new Set(['text', 'sentenceStarts', 'sentenceEnds']);
const BY_LABEL = new Map<string, NodeType>(Object.entries(TYPES).map(([type, t]) => [t.label, type as NodeType]));

/** The graph label of a node type (SLOGAN → Slogan). */
export function labelOf(type: NodeType): string {
  return TYPES[type].label;
}

/** Every node type's graph label. */
export const ALL_LABELS = Object.values(TYPES).map((t) => t.label);

/** The view id of a node of the given type and key: `slogan:四个意识`, `speech:<id>`. */
export function nodeId(type: NodeType, key: string): string {
  return `${type.toLowerCase()}:${key}`;
}

/** Splits a view id into its graph label and key; throws InputError for an unknown type or an empty key. */
export function parseNodeId(id: string): { type: NodeType; label: string; keyProperty: string; key: string } {
  const colon = id.indexOf(':');
  const type = id.slice(0, colon).toUpperCase() as NodeType;
  const key = id.slice(colon + 1);
  if (colon < 1 || !(type in TYPES) || key === '') {
    const types = Object.keys(TYPES).map((t) => t.toLowerCase()).join(', ');
    throw new InputError(`seed ${quote(id)} must look like <type>:<key> with type one of ${types}`, 'seed');
  }
  return { type, label: TYPES[type].label, keyProperty: TYPES[type].key, key };
}

/** Shapes a graph node (labels + properties) into a view node; null for labels the view does not show. */
export function toGraphNode(labels: readonly string[], props: Record<string, unknown>): GraphNode | null {
  const type = labels.map((l) => BY_LABEL.get(l)).find((t) => t !== undefined);
  if (!type) return null;
  const t = TYPES[type];
  const key = String(props[t.key] ?? '');
  const display = props[t.display];
  const properties = Object.fromEntries(Object.entries(props).filter(([k]) => !HIDDEN_PROPERTIES.has(k)));
  return { id: nodeId(type, key), label: typeof display === 'string' && display !== '' ? display : key, type, properties };
}

/** An edge's weight: the mention count when there is one, else 1. */
export function edgeWeight(props: Record<string, unknown>): number {
  const w = props.count ?? props.weight;
  return typeof w === 'number' && Number.isFinite(w) ? w : 1;
}

/** Turns a neighbourhood walk (element ids) into a view: nodes deduplicated, edges between kept nodes only. */
export function walkToView(seed: WalkNode, steps: ReadonlyArray<{ node: WalkNode; edge: WalkEdge }>, limit: number): GraphView {
  const byEid = new Map<string, GraphNode>();
  const seedNode = toGraphNode(seed.labels, seed.props);
  if (seedNode) byEid.set(seed.eid, seedNode);
  for (const { node } of steps) {
    if (byEid.size >= limit) break;
    if (byEid.has(node.eid)) continue;
    const shaped = toGraphNode(node.labels, node.props);
    if (shaped) byEid.set(node.eid, shaped);
  }
  const edges = new Map<string, GraphEdge>();
  for (const { edge } of steps) {
    const source = byEid.get(edge.source);
    const target = byEid.get(edge.target);
    if (!source || !target) continue;
    const id = `${source.id}-${edge.type}->${target.id}`;
    if (!edges.has(id)) edges.set(id, { id, source: source.id, target: target.id, type: edge.type, weight: edgeWeight(edge.props) });
  }
  return { nodes: [...byEid.values()], edges: [...edges.values()] };
}

/** A slogan pair as the co-occurrence network shows it. */
export interface PairInput {
  a: string;
  b: string;
  support: number;
  score: number;
}

/** The slogan network: one node per slogan in any pair (kind from `kinds`), one CO_OCCURS edge per pair weighted by score. */
export function cooccurrenceView(pairs: readonly PairInput[], kinds: ReadonlyMap<string, string>): GraphView {
  const nodes = new Map<string, GraphNode>();
  const add = (name: string) => {
    const id = nodeId('SLOGAN', name);
    if (!nodes.has(id)) nodes.set(id, { id, label: name, type: 'SLOGAN', properties: { name, kind: kinds.get(name) ?? null } });
    return id;
  };
  const edges = pairs.map((p) => {
    const source = add(p.a);
    const target = add(p.b);
    return { id: `${source}-CO_OCCURS->${target}`, source, target, type: 'CO_OCCURS', weight: p.score };
  });
  for (const p of pairs) {
    for (const name of [p.a, p.b]) {
      const node = nodes.get(nodeId('SLOGAN', name))!;
      node.properties.support = Math.max(Number(node.properties.support ?? 0), p.support);
    }
  }
  return { nodes: [...nodes.values()], edges };
}
