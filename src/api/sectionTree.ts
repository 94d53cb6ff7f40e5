import type { SectionRow } from '../graph/read/types.js';

/** A section with its children, as the schema's `Section` resolves. */
export interface SectionNode extends Omit<SectionRow, 'parentId'> {
  children: SectionNode[];
}

/** Builds the section forest from flat rows (parent ids), children in document order; orphans become roots. */
export function buildSectionTree(rows: readonly SectionRow[]): SectionNode[] {
  const nodes = new Map<string, SectionNode>();
  const sorted = [...rows].sort((a, b) => a.start - b.start || a.level - b.level);
  for (const { parentId: _p, ...row } of sorted) nodes.set(row.id, { ...row, children: [] });
  const roots: SectionNode[] = [];
  for (const row of sorted) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The id of the deepest section whose range contains `offset`, or null. */
export function sectionAt(rows: readonly SectionRow[], offset: number): string | null {
  let best: SectionRow | null = null;
  for (const row of rows) {
    if (offset >= row.start && offset < row.end && (best === null || row.level > best.level)) best = row;
  }
  return best?.id ?? null;
}
