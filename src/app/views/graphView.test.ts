import { describe, expect, it } from 'vitest';
import { InputError } from '../InputError.js';
import { cooccurrenceView, parseNodeId, toGraphNode, walkToView } from './graphView.js';

describe('parseNodeId', () => {
  it.each([
    ['slogan:四个意识', 'Slogan', 'name', '四个意识'],
    ['speech:abc', 'Speech', 'id', 'abc'],
    ['meeting:a:十九届五中全会', 'Meeting', 'key', 'a:十九届五中全会'],
    ['document:《决定》', 'Document', 'title', '《决定》'],
  ])('%s', (id, label, keyProperty, key) => {
    expect(parseNodeId(id)).toMatchObject({ label, keyProperty, key });
  });
  it.each(['四个意识', 'planet:x', 'slogan:', ':x'])('refuses %s', (id) => {
    expect(() => parseNodeId(id)).toThrowError(InputError);
  });
});

describe('toGraphNode', () => {
  it('drops the speech text and sentence offsets and labels the node by its title', () => {
    expect(toGraphNode(['Speech'], { id: 's1', title: '讲话', text: 'long…', sentenceStarts: [0, 5], sentenceEnds: [5, 9] })).toEqual({
      id: 'speech:s1',
      label: '讲话',
      type: 'SPEECH',
      properties: { id: 's1', title: '讲话' },
    });
  });
  it('ignores labels outside the view', () => {
    expect(toGraphNode(['Variant'], { name: 'x' })).toBeNull();
  });
});

describe('walkToView', () => {
  const seed = { eid: 'e0', labels: ['Slogan'], props: { name: '四个意识', kind: 'NUMBERED' } };
  const speech = (n: number) => ({ eid: `e${n}`, labels: ['Speech'], props: { id: `s${n}`, title: `T${n}` } });
  const steps = [1, 2, 3].map((n) => ({
    node: speech(n),
    edge: { source: `e${n}`, target: 'e0', type: 'MENTIONS', props: { count: n } },
  }));

  it('shapes nodes and weighted edges with view ids', () => {
    const view = walkToView(seed, [...steps, steps[0]!], 10);
    expect(view.nodes.map((n) => n.id)).toEqual(['slogan:四个意识', 'speech:s1', 'speech:s2', 'speech:s3']);
    expect(view.edges).toHaveLength(3);
    expect(view.edges[1]).toEqual({ id: 'speech:s2-MENTIONS->slogan:四个意识', source: 'speech:s2', target: 'slogan:四个意识', type: 'MENTIONS', weight: 2 });
  });
  it('keeps at most `limit` nodes and only edges between kept nodes', () => {
    const view = walkToView(seed, steps, 2);
    expect(view.nodes).toHaveLength(2);
    expect(view.edges.every((e) => view.nodes.some((n) => n.id === e.source) && view.nodes.some((n) => n.id === e.target))).toBe(true);
  });
});

describe('cooccurrenceView', () => {
  it('makes one node per slogan and one edge per pair', () => {
    const view = cooccurrenceView(
      [
        { a: '四个意识', b: '两个维护', support: 4, score: 0.9 },
        { a: '四个意识', b: '四个自信', support: 3, score: 0.5 },
      ],
      new Map([['四个意识', 'NUMBERED']]),
    );
    expect(view.nodes.map((n) => n.id)).toEqual(['slogan:四个意识', 'slogan:两个维护', 'slogan:四个自信']);
    expect(view.nodes[0]!.properties).toEqual({ name: '四个意识', kind: 'NUMBERED', support: 4 });
    expect(view.edges[0]).toMatchObject({ source: 'slogan:四个意识', target: 'slogan:两个维护', weight: 0.9, type: 'CO_OCCURS' });
  });
});
