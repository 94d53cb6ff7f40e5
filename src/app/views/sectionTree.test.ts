import { describe, expect, it } from 'vitest';
import type { SectionRow } from '../../graph/read/types.js';
import { buildSectionTree } from './sectionTree.js';

const row = (id: string, parentId: string | null, level: number, start: number, end: number): SectionRow => ({
  id,
  parentId,
  level,
  ordinal: 1,
  marker: '一、',
  heading: id,
  start,
  end,
});

const rows = [row('s3', 's1', 2, 50, 100), row('s1', null, 1, 0, 100), row('s2', 's1', 2, 10, 50), row('s4', null, 1, 100, 200)];

describe('buildSectionTree', () => {
  it('nests children under parents in document order', () => {
    const tree = buildSectionTree(rows);
    const shape = (nodes: ReturnType<typeof buildSectionTree>): unknown => nodes.map((n) => [n.id, shape(n.children)]);
    expect(shape(tree)).toEqual([
      ['s1', [['s2', []], ['s3', []]]],
      ['s4', []],
    ]);
  });
  it('keeps a section whose parent is missing as a root', () => {
    expect(buildSectionTree([row('s9', 'gone', 2, 0, 5)]).map((n) => n.id)).toEqual(['s9']);
  });
});
