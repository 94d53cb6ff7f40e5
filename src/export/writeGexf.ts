import { attributeText, xmlAttributeType, type AttributeDef, type ExportGraph, type Write } from './exportGraph.js';
import { xmlText } from './xmlText.js';

function declare(cls: 'node' | 'edge', attrs: readonly AttributeDef[]): string {
  const rows = attrs.map((a, i) => `      <attribute id="${i}" title="${xmlText(a.name)}" type="${xmlAttributeType(a.type)}"/>\n`);
  return `    <attributes class="${cls}" mode="static">\n${rows.join('')}    </attributes>\n`;
}

function attvalues(attrs: readonly AttributeDef[], values: Record<string, unknown>): string {
  const set = attrs
    .map((a, i) => [i, values[a.name]] as const)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([i, v]) => `<attvalue for="${i}" value="${xmlText(attributeText(v))}"/>`);
  return set.length > 0 ? `<attvalues>${set.join('')}</attvalues>` : '';
}

/**
 * Writes the graph as GEXF 1.3 for Gephi: node and edge attribute declarations, nodes with their
 * label and attvalues, edges with `weight` (Gephi's layouts and statistics read it) and the
 * relationship type as `label`. The graph labels go in a `labels` node attribute.
 */
export async function writeGexf(graph: ExportGraph, write: Write): Promise<void> {
  const nodeAttrs: AttributeDef[] = [{ name: 'labels', type: 'string' }, ...graph.nodeAttributes.filter((a) => a.name !== 'labels')];
  const edgeAttrs = graph.edgeAttributes;
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta><creator>tifa-graph</creator><description>${xmlText(graph.name)}</description></meta>\n` +
      `  <graph defaultedgetype="${graph.directed ? 'directed' : 'undirected'}" mode="static">\n` +
      declare('node', nodeAttrs) +
      declare('edge', edgeAttrs) +
      '    <nodes>\n',
  );
  await graph.eachNode((n) =>
    write(`      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}">${attvalues(nodeAttrs, { ...n.attributes, labels: n.labels.join(':') })}</node>\n`),
  );
  await write('    </nodes>\n    <edges>\n');
  await graph.eachEdge((e) =>
    write(
      `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" label="${xmlText(e.type)}" weight="${e.weight}">` +
        `${attvalues(edgeAttrs, e.attributes)}</edge>\n`,
    ),
  );
  await write('    </edges>\n  </graph>\n</gexf>\n');
}
