import { attributeText, xmlAttributeType, type ExportGraph, type Write } from './exportGraph.js';
import { xmlText } from './xmlText.js';

// Written for every element from ExportNode/ExportEdge fields; properties of the same name are not repeated.
const NODE_FIXED = ['label', 'labels'];
const EDGE_FIXED = ['type', 'weight'];

/** Writes the graph as GraphML (yEd, Gephi, NetworkX, igraph): typed <key>s, then nodes, then edges; lists as JSON text. */
export async function writeGraphml(graph: ExportGraph, write: Write): Promise<void> {
  const nodeAttrs = graph.nodeAttributes.filter((a) => !NODE_FIXED.includes(a.name));
  const edgeAttrs = graph.edgeAttributes.filter((a) => !EDGE_FIXED.includes(a.name));
  const keys = [
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    `  <key id="labels" for="node" attr.name="labels" attr.type="string"/>`,
    ...nodeAttrs.map((a, i) => `  <key id="n${i}" for="node" attr.name="${xmlText(a.name)}" attr.type="${xmlAttributeType(a.type)}"/>`),
    `  <key id="type" for="edge" attr.name="type" attr.type="string"/>`,
    `  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>`,
    ...edgeAttrs.map((a, i) => `  <key id="e${i}" for="edge" attr.name="${xmlText(a.name)}" attr.type="${xmlAttributeType(a.type)}"/>`),
  ];
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `  <desc>${xmlText(graph.name)}</desc>\n${keys.join('\n')}\n` +
      `  <graph id="G" edgedefault="${graph.directed ? 'directed' : 'undirected'}">\n`,
  );
  const data = (key: string, value: unknown) => (value === null || value === undefined ? '' : `<data key="${key}">${xmlText(attributeText(value))}</data>`);
  await graph.eachNode((n) =>
    write(
      `    <node id="${xmlText(n.id)}">${data('label', n.label)}${data('labels', n.labels.join(':'))}` +
        `${nodeAttrs.map((a, i) => data(`n${i}`, n.attributes[a.name])).join('')}</node>\n`,
    ),
  );
  await graph.eachEdge((e) =>
    write(
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('type', e.type)}${data('weight', e.weight)}` +
        `${edgeAttrs.map((a, i) => data(`e${i}`, e.attributes[a.name])).join('')}</edge>\n`,
    ),
  );
  await write('  </graph>\n</graphml>\n');
}
