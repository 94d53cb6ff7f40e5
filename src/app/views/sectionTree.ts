import type { SectionRow } from '../../graph/read/types.js';

/** Most sections one speech's tree is read with (a 15 MB speech may have tens of thousands). */
export const MAX_SECTIONS = 1000;

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

