/**
 * Every node label of the graph with the property that identifies a node of it (its key, unique
 * by a constraint in cypher/schema.cypher). The one table the graph view, search and resolvers use.
 */
export const NODE_KEYS = {
  Speech: 'id',
  Section: 'id',
  Slogan: 'name',
  Meeting: 'key',
  Term: 'name',
  Person: 'name',
  Document: 'title',
  Concept: 'name',
  Place: 'code',
} as const;

/** A node label of the graph. */
export type NodeLabel = keyof typeof NODE_KEYS;

/** Labels a speech MENTIONS. */
export type MentionLabel = 'Slogan' | 'Meeting' | 'Term' | 'Person' | 'Document';

/** The key of a node with the given label, read from its properties ('' when absent). */
export function keyOf(label: NodeLabel, properties: Record<string, unknown>): string {
  const value = properties[NODE_KEYS[label]];
  return value === undefined || value === null ? '' : String(value);
}
