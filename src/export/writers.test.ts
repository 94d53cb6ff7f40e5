import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { inferAttributes, memoryGraph, type ExportGraph } from './exportGraph.js';
import { writeAdminNodesCsv, writeAdminRelationshipsCsv } from './writeAdminCsv.js';
import { writeCytoscape } from './writeCytoscape.js';
import { writeGexf } from './writeGexf.js';
import { writeGraphml } from './writeGraphml.js';

const graph = (): ExportGraph =>
  memoryGraph(
    'test <graph> & co',
    false,
    [
      { id: 'slogan:四个意识', label: '四个意识', labels: ['Slogan'], attributes: { name: '四个意识', kind: 'NUMBERED', speeches: 4 } },
      { id: 'slogan:两个维护', label: '两个维护', labels: ['Slogan'], attributes: { name: '两个维护', kind: 'NUMBERED', speeches: 3, tags: ['a', 'b'] } },
      { id: 'slogan:"放管服"', label: '放管服', labels: ['Slogan'], attributes: { name: '放管服\n"x"', kind: null, speeches: 1 } },
    ],
    [
      { id: 'e1', source: 'slogan:四个意识', target: 'slogan:两个维护', type: 'CO_OCCURS', weight: 0.75, attributes: { support: 3, score: 0.75 } },
      { id: 'e2', source: 'slogan:四个意识', target: 'slogan:"放管服"', type: 'CO_OCCURS', weight: 1, attributes: { support: 1, score: 1 } },
    ],
  );

async function render(write: (g: ExportGraph, w: (c: string) => Promise<void>) => Promise<void>): Promise<string> {
  let out = '';
  await write(graph(), async (c) => {
    out += c;
  });
  return out;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['node', 'edge', 'key', 'data', 'attribute', 'attvalue'].includes(name) });

describe('inferAttributes', () => {
  it('widens mixed types and types lists by their elements', () => {
    expect(inferAttributes([{ a: 1, b: 'x', c: [1, 2], d: null }, { a: 1.5, b: 2, c: [3.5] }])).toEqual([
      { name: 'a', type: 'double' },
      { name: 'b', type: 'string' },
      { name: 'c', type: 'double[]' },
      { name: 'd', type: 'string' },
    ]);
  });
});

describe('writeGraphml', () => {
  it('parses back with every node, edge, typed key and escaped value', async () => {
    const doc = xml.parse(await render(writeGraphml)).graphml;
    expect(doc.graph['@edgedefault']).toBe('undirected');
    expect(doc.graph.node).toHaveLength(3);
    expect(doc.graph.edge).toHaveLength(2);
    const keys = Object.fromEntries(doc.key.map((k: Record<string, string>) => [`${k['@for']}:${k['@attr.name']}`, k['@attr.type']]));
    expect(keys).toMatchObject({ 'node:speeches': 'long', 'node:kind': 'string', 'edge:weight': 'double', 'edge:support': 'long' });
    const odd = doc.graph.node.find((n: Record<string, unknown>) => n['@id'] === 'slogan:&quot;放管服&quot;' || n['@id'] === 'slogan:"放管服"');
    expect(odd).toBeDefined();
    expect(doc.desc).toMatch(/test (&lt;|<)graph(&gt;|>)/);
  });
});

describe('writeGexf', () => {
  it('is GEXF 1.3 with declared attributes, attvalues and edge weights', async () => {
    const text = await render(writeGexf);
    const doc = xml.parse(text).gexf;
    expect(doc['@version']).toBe('1.3');
    expect(doc['@xmlns']).toBe('http://gexf.net/1.3');
    const nodeAttrs = doc.graph.attributes.find((a: Record<string, string>) => a['@class'] === 'node').attribute;
    expect(nodeAttrs.map((a: Record<string, string>) => a['@title'])).toEqual(['labels', 'name', 'kind', 'speeches', 'tags']);
    expect(doc.graph.nodes.node.map((n: Record<string, string>) => n['@label'])).toEqual(['四个意识', '两个维护', '放管服']);
    expect(doc.graph.edges.edge.map((e: Record<string, string>) => Number(e['@weight']))).toEqual([0.75, 1]);
    const speechesId = nodeAttrs.find((a: Record<string, string>) => a['@title'] === 'speeches')['@id'];
    const first = doc.graph.nodes.node[0].attvalues.attvalue.find((v: Record<string, string>) => v['@for'] === speechesId);
    expect(first['@value']).toBe('4');
  });
});

describe('writeCytoscape', () => {
  it('is Cytoscape JSON whose elements Cytoscape.js and Cytoscape desktop read', async () => {
    const doc = JSON.parse(await render(writeCytoscape));
    expect(doc.elements.nodes).toHaveLength(3);
    expect(doc.elements.nodes[0].data).toEqual({ id: 'slogan:四个意识', name: '四个意识', labels: ['Slogan'], kind: 'NUMBERED', speeches: 4 });
    expect(doc.elements.edges[0].data).toMatchObject({ source: 'slogan:四个意识', target: 'slogan:两个维护', interaction: 'CO_OCCURS', weight: 0.75, support: 3 });
  });
});

describe('writeAdminCsv', () => {
  it('writes the headers and rows neo4j-admin database import reads', async () => {
    let nodes = '';
    let rels = '';
    await writeAdminNodesCsv(graph(), async (c) => void (nodes += c));
    await writeAdminRelationshipsCsv(graph(), async (c) => void (rels += c));
    const nodeLines = nodes.trimEnd().split('\n');
    expect(nodeLines[0]).toBe(':ID,name,kind,speeches:long,tags:string[],:LABEL');
    expect(nodeLines[1]).toBe('slogan:四个意识,四个意识,NUMBERED,4,,Slogan');
    expect(nodeLines[2]).toBe('slogan:两个维护,两个维护,NUMBERED,3,a;b,Slogan');
    expect(nodes).toContain('"slogan:""放管服""","放管服\n""x""",,1,,Slogan');
    expect(rels.trimEnd().split('\n')).toEqual([':START_ID,:END_ID,:TYPE,support:long,score:double', 'slogan:四个意识,slogan:两个维护,CO_OCCURS,3,0.75', 'slogan:四个意识,"slogan:""放管服""",CO_OCCURS,1,1']);
  });
});
