import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = dirname(fileURLToPath(import.meta.url));
const SRC = resolve(CLI, '..');
// Only the commands that serve have a reason to load the API.
const SERVING = new Set(['serveCommand.ts', 'upCommand.ts']);
const GRAPHQL_PACKAGES = /^(graphql|graphql-jit|graphql-query-complexity|@apollo\/|@escape\.tech\/)/;
// Static imports, re-exports and lazy import()s alike.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function specifiers(file: string): string[] {
  const code = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1]!);
}

/** Every source file and package a module loads, however deep, by its imports (static or lazy). */
function loads(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of specifiers(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      if (existsSync(target)) todo.push(target);
    }
  }
  return { files, packages };
}

const commands = readdirSync(CLI).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !SERVING.has(f));

describe('commands that do not serve', () => {
  it('finds the export command among them and reads its imports', () => {
    expect(commands).toContain('exportCommand.ts');
    const { files } = loads(join(CLI, 'exportCommand.ts'));
    expect([...files].map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(['app/views/exportViews.ts', 'app/views/graphNeighbourhood.ts']));
  });

  it.each(commands)('%s loads no module of src/api and no GraphQL package', (command) => {
    const { files, packages } = loads(join(CLI, command));
    expect([...files].map((f) => relative(SRC, f)).filter((f) => f.startsWith('api/'))).toEqual([]);
    expect([...packages].filter((p) => GRAPHQL_PACKAGES.test(p))).toEqual([]);
  });
});
