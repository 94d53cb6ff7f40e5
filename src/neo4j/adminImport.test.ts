import { describe, expect, it } from 'vitest';
import { adminImportArgs } from './adminImport.js';

describe('adminImportArgs', () => {
  const files = [
    { path: '/w/speeches.csv', name: 'Speech', kind: 'nodes' as const, multiline: true },
    { path: '/w/terms.csv', name: 'Term', kind: 'nodes' as const, multiline: false },
    { path: '/w/mentions.csv', name: 'MENTIONS', kind: 'relationships' as const, multiline: false },
  ];

  it('names each file with its label or type, and lists only the multi-line ones as such', () => {
    const args = adminImportArgs({ database: 'neo4j', files, arrayDelimiter: 'U+001F', largestValue: 10, logFile: '/w/import.log' });
    expect(args.slice(0, 4)).toEqual(['database', 'import', 'full', 'neo4j']);
    expect(args).toContain('--nodes=Speech=/w/speeches.csv');
    expect(args).toContain('--relationships=MENTIONS=/w/mentions.csv');
    expect(args).toContain('--multiline-fields=/w/speeches.csv');
    expect(args).toContain('--array-delimiter=U+001F');
    expect(args).toContain('--report-file=/w/import.report');
  });

  it('grows the read buffer to hold the largest value (a 20 MB speech)', () => {
    const size = (largestValue: number) => Number(adminImportArgs({ database: 'neo4j', files, arrayDelimiter: ';', largestValue, logFile: '/w/l' }).find((a) => a.startsWith('--read-buffer-size='))!.split('=')[1]);
    expect(size(100)).toBe(4 * 1024 * 1024);
    expect(size(20_000_000)).toBeGreaterThan(20_000_000);
  });
});
