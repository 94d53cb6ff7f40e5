import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { listAnalystQueries, parseCypherHeader, readCypherQueryFile, type CypherQueryFile } from '../graph/query/analystQueries.js';
import { CypherParamError, parseCypherValue, parseParamAssignment } from '../graph/query/parseCypherValue.js';
import { CliError } from './CliError.js';
import type { CliContext } from './context.js';
import { formatRows, formatTable, type RowFormat } from './formatRows.js';

const FORMATS: readonly RowFormat[] = ['table', 'csv', 'json'];

interface QueryOptions {
  e?: string;
  param: string[];
  format: string;
  write: boolean;
  list: boolean;
}

/** The `$name`s a statement uses (comments and string literals ignored). */
export function usedParameters(statement: string): string[] {
  const code = statement.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

/**
 * The parameters to send: the header's `:param` examples, overridden by `--param`s. Every `--param`
 * must be used by the statement and every used parameter must have a value (CliError otherwise).
 */
export function queryParameters(query: CypherQueryFile, assignments: readonly string[]): Record<string, unknown> {
  const used = usedParameters(query.statement);
  const params: Record<string, unknown> = {};
  try {
    for (const p of query.params) if (used.includes(p.name)) params[p.name] = parseCypherValue(p.example);
    for (const arg of assignments) {
      const [name, value] = parseParamAssignment(arg);
      if (!used.includes(name)) {
        const known = used.length > 0 ? `its parameters: ${used.map((n) => `$${n}`).join(', ')}` : 'it takes no parameters';
        throw new CliError(`${query.name} has no parameter $${name} (${known})`);
      }
      params[name] = value;
    }
  } catch (error) {
    if (error instanceof CypherParamError) throw new CliError(error.message);
    throw error;
  }
  const missing = used.filter((n) => !(n in params));
  if (missing.length > 0) throw new CliError(`${query.name} needs ${missing.map((n) => `--param ${n}=…`).join(' ')}`);
  return params;
}

function listQueries(ctx: CliContext): void {
  const rows = listAnalystQueries().map((q) => ({
    query: `cypher/queries/${q.name}.cypher`,
    parameters: q.params.map((p) => `${p.name}=${p.example}`).join(' '),
    question: q.summary,
  }));
  ctx.out(formatTable(['query', 'parameters', 'question'], rows).trimEnd());
}

function loadQuery(file: string | undefined, inline: string | undefined): CypherQueryFile {
  if (file !== undefined && inline !== undefined) throw new CliError('give either a .cypher file or -e "CYPHER", not both');
  if (inline !== undefined) {
    if (inline.trim() === '') throw new CliError('-e needs a Cypher statement');
    return parseCypherHeader('-e', '-e', inline);
  }
  if (file === undefined) throw new CliError('give a .cypher file, -e "CYPHER" or --list');
  if (!existsSync(file)) throw new CliError(`${file}: no such file`);
  const query = readCypherQueryFile(file);
  if (query.statement === '') throw new CliError(`${file}: no Cypher statement after the header`);
  return query;
}

/** Registers `tifa query <file.cypher | -e CYPHER> [--param name=value …] [--format table|csv|json] [--write] | --list`. */
export function registerQueryCommand(program: Command, ctx: CliContext): void {
  program
    .command('query')
    .description('run a Cypher query (a .cypher file or -e) with typed parameters and print a table, CSV or JSON; read-only unless --write')
    .argument('[file]', 'a .cypher file; its `// :param name => value` header lines give default parameters')
    .option('-e <cypher>', 'the statement itself instead of a file')
    .option('--param <name=value>', "a parameter: 5 (integer), 2.5, true, null, 'text', [1,2] (repeatable)", (v: string, all: string[]) => [...all, v], [])
    .option('--format <format>', 'table, csv or json', 'table')
    .option('--write', 'allow a statement that writes (runs in a write transaction)', false)
    .option('--list', 'list the analyst queries of cypher/queries/ with their parameters', false)
    .action(async (file: string | undefined, opts: QueryOptions) => {
      if (opts.list) return listQueries(ctx);
      const format = opts.format as RowFormat;
      if (!FORMATS.includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}, got "${opts.format}"`);
      const query = loadQuery(file, opts.e);
      const params = queryParameters(query, opts.param);
      // The driver loads only now, so `tifa --help` stays fast.
      const [{ openDatabase }, { ReadOnlyQueryError, runCypher }] = await Promise.all([import('../app/openDatabase.js'), import('../graph/query/runCypher.js')]);
      const { db, close } = await openDatabase(ctx.config(), ctx.err);
      try {
        const answer = await runCypher(db, query.statement, params, { write: opts.write }).catch((error: unknown) => {
          throw error instanceof ReadOnlyQueryError ? new CliError(`${query.name}: ${error.message}`) : error;
        });
        ctx.out(formatRows(format, answer.columns, answer.rows).replace(/\n$/, ''));
      } finally {
        await close();
      }
    });
}
