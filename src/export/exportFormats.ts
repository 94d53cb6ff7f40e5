import type { ExportGraph, Write } from './exportGraph.js';
import { writeCytoscape } from './writeCytoscape.js';
import { writeGexf } from './writeGexf.js';
import { writeGraphml } from './writeGraphml.js';

/** The single-file export formats: GraphML, GEXF 1.3 (Gephi), Cytoscape JSON. CSV (two files) is `writeAdminCsv`. */
export const FILE_FORMATS = {
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', write: writeGexf },
  cytoscape: { extension: 'cyjs', contentType: 'application/json; charset=utf-8', write: writeCytoscape },
} satisfies Record<string, { extension: string; contentType: string; write: (g: ExportGraph, w: Write) => Promise<void> }>;

export type FileFormat = keyof typeof FILE_FORMATS;

/** Every format `tifa export --format` takes. */
export const EXPORT_FORMATS = [...(Object.keys(FILE_FORMATS) as FileFormat[]), 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file format for a file extension (graphml, gexf, cyjs), or null. */
export function formatOfExtension(extension: string): FileFormat | null {
  const hit = Object.entries(FILE_FORMATS).find(([, f]) => f.extension === extension);
  return hit ? (hit[0] as FileFormat) : null;
}
