import { describe, expect, it } from 'vitest';
import { listAnalystQueries, parseCypherHeader } from './analystQueries.js';

describe('parseCypherHeader', () => {
  const text = [
    '// Top slogans by the number of speeches',
    '// that use them.',
    "// :param limit => 20",
    "// :param name => '四个意识'",
    '// Parameters: $limit (integer), $name.',
    '// Returns: slogan, speeches;',
    '//   ORDER BY speeches DESC.',
    'MATCH (s:Slogan) RETURN s.name AS slogan',
    'LIMIT $limit',
  ].join('\n');

  it('splits prose, :param examples, Parameters and Returns (with continuation lines) and the statement', () => {
    const q = parseCypherHeader('top', '/x/top.cypher', text);
    expect(q.summary).toBe('Top slogans by the number of speeches that use them.');
    expect(q.params).toEqual([
      { name: 'limit', example: '20' },
      { name: 'name', example: "'四个意识'" },
    ]);
    expect(q.parameters).toBe('$limit (integer), $name.');
    expect(q.returns).toBe('slogan, speeches; ORDER BY speeches DESC.');
    expect(q.statement).toBe('MATCH (s:Slogan) RETURN s.name AS slogan\nLIMIT $limit');
  });

  it('accepts a file without header', () => {
    const q = parseCypherHeader('bare', '/x/bare.cypher', 'RETURN 1');
    expect(q).toMatchObject({ summary: '', params: [], parameters: '', returns: '', statement: 'RETURN 1' });
  });
});

describe('listAnalystQueries', () => {
  it('reads cypher/queries/ in name order, each with a summary and what it returns', () => {
    const queries = listAnalystQueries();
    expect(queries.map((q) => q.name)).toContain('topSlogans');
    expect(queries.map((q) => q.name)).toEqual([...queries.map((q) => q.name)].sort());
    for (const q of queries) {
      expect(q.summary, q.name).not.toBe('');
      expect(q.returns, q.name).not.toBe('');
    }
    expect(queries.find((q) => q.name === 'topSlogans')!.params).toEqual([{ name: 'limit', example: '20' }]);
  });
});
