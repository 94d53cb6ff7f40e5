import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The analysts' query folder, cypher/queries/. */
export const ANALYST_QUERY_DIR = fileURLToPath(new URL('../../../cypher/queries/', import.meta.url));

/** A .cypher file with its header read: what it answers, its parameters with example values, what it returns. */
export interface CypherQueryFile {
  /** File name without `.cypher` (topSlogans). */
  name: string;
  path: string;
  /** The header's prose, before the `:param` / `Parameters:` / `Returns:` lines. */
  summary: string;
  /** `// :param name => value` lines: the value as written (Neo4j Browser syntax). */
  params: Array<{ name: string; example: string }>;
  /** The `Parameters:` line(s), or '' when the header has none. */
  parameters: string;
  /** The `Returns:` line(s), or ''. */
  returns: string;
  /** The whole file. */
  text: string;
  /** The statement without the header comments. */
  statement: string;
}

/** Reads a query's header: the leading `//` lines (continuation lines are indented after `//`). */
export function parseCypherHeader(name: string, path: string, text: string): CypherQueryFile {
  const lines = text.split(/\r?\n/);
  let end = 0;
  while (end < lines.length && lines[end]!.trim().startsWith('//')) end++;
  const header = lines.slice(0, end).map((l) => l.trim().replace(/^\/\/ ?/, ''));
  const summary: string[] = [];
  const params: CypherQueryFile['params'] = [];
  const sections: Record<'parameters' | 'returns', string[]> = { parameters: [], returns: [] };
  let current: string[] | null = summary;
  for (const line of header) {
    const param = /^:param\s+(\w+)\s*=>\s*(.+)$/.exec(line);
    if (param) {
      params.push({ name: param[1]!, example: param[2]!.trim() });
      current = null;
    } else if (/^Parameters:/.test(line)) current = sections.parameters = [line.replace(/^Parameters:\s*/, '')];
    else if (/^Returns:/.test(line)) current = sections.returns = [line.replace(/^Returns:\s*/, '')];
    else if (current === summary || /^\s/.test(line)) current?.push(line.trim());
  }
  return {
    name,
    path,
    summary: summary.join(' ').trim(),
    params,
    parameters: sections.parameters.join(' ').trim(),
    returns: sections.returns.join(' ').trim(),
    text,
    statement: lines.slice(end).join('\n').trim(),
  };
}

/** Reads one .cypher file and its header; errors (missing, unreadable) are the file system's, naming the path. */
export function readCypherQueryFile(path: string): CypherQueryFile {
  return parseCypherHeader(basename(path).replace(/\.cypher$/, ''), path, readFileSync(path, 'utf8'));
}

/** Every query of cypher/queries/ (or `dir`), in file-name order. */
export function listAnalystQueries(dir = ANALYST_QUERY_DIR): CypherQueryFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => readCypherQueryFile(join(dir, f)));
}
