import { describe, expect, it } from 'vitest';
import { parseCypherHeader } from '../graph/query/analystQueries.js';
import { queryParameters, usedParameters } from './queryCommand.js';

describe('usedParameters', () => {
  it('finds $names outside comments and string literals', () => {
    expect(usedParameters("// $ignored\nMATCH (s {name: $name}) WHERE s.x <> '$not' RETURN s LIMIT $limit")).toEqual(['limit', 'name']);
  });
});

describe('queryParameters', () => {
  const query = parseCypherHeader('top', 'top.cypher', "// Top.\n// :param limit => 20\n// :param kind => 'NUMBERED'\nMATCH (s:Slogan {kind: $kind}) RETURN s LIMIT $limit");

  it('starts from the header examples and lets --param override them, typed', () => {
    expect(queryParameters(query, [])).toEqual({ limit: 20n, kind: 'NUMBERED' });
    expect(queryParameters(query, ['limit=5'])).toEqual({ limit: 5n, kind: 'NUMBERED' });
  });

  it('refuses a parameter the statement does not use, naming the ones it does', () => {
    expect(() => queryParameters(query, ['first=5'])).toThrow('top has no parameter $first (its parameters: $kind, $limit)');
  });

  it('names parameters left without a value', () => {
    const bare = parseCypherHeader('-e', '-e', 'RETURN $a AS a, $b AS b');
    expect(() => queryParameters(bare, ['a=1'])).toThrow('-e needs --param b=…');
  });

  it('turns a malformed value into a one-line error', () => {
    expect(() => queryParameters(query, ['kind=[1,'])).toThrow(/not valid JSON/);
  });
});
