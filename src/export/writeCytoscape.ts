import type { ExportGraph, Write } from './exportGraph.js';

/**
 * Writes Cytoscape JSON (.cyjs): what Cytoscape desktop imports (File → Import → Network from File)
 * and what Cytoscape.js takes as `elements`. Node data: id, name (the display label, Cytoscape's
 * default label column), labels and the attributes; edge data: id, source, target, interaction (the
 * relationship type), weight and the attributes. Streams one element per line.
 */
export async function writeCytoscape(graph: ExportGraph, write: Write): Promise<void> {
  await write(
    `{"format_version":"1.0","generated_by":"tifa-graph","target_cytoscapejs_version":"~3.30",` +
      `"data":${JSON.stringify({ name: graph.name, directed: graph.directed })},"elements":{"nodes":[\n`,
  );
  let first = true;
  await graph.eachNode((n) => {
    const data = { ...n.attributes, id: n.id, name: n.label, labels: n.labels };
    const line = `${first ? '' : ',\n'}{"data":${JSON.stringify(data)}}`;
    first = false;
    return write(line);
  });
  await write('\n],"edges":[\n');
  first = true;
  await graph.eachEdge((e) => {
    const data = { ...e.attributes, id: e.id, source: e.source, target: e.target, interaction: e.type, weight: e.weight };
    const line = `${first ? '' : ',\n'}{"data":${JSON.stringify(data)}}`;
    first = false;
    return write(line);
  });
  await write('\n]}}\n');
}
