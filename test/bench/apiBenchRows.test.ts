import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { coveredFields, MUTATION_COVERS } from './apiBenchRows.js';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

// Connections' and views' own plumbing (edges, pageInfo, nodes of a view) is measured by the row of
// the field that returns them.
const PLUMBING = /(Connection|Edge)$|^PageInfo$/;

/** What a client can ask that may grow with the graph: every root field, and every field returning a list of objects or a connection. */
function measurableFields(): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || PLUMBING.test(type.name)) continue;
    const root = type === schema.getQueryType() || type === schema.getMutationType();
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      const returns = getNullableType(field.type);
      const listOfObjects = isListType(returns) && isObjectType(getNamedType(returns));
      const connection = /Connection$/.test(getNamedType(returns).name);
      if (root || listOfObjects || connection) out.push(`${type.name}.${field.name}`);
    }
  }
  return out.sort();
}

describe('bench:api rows', () => {
  it('measure every root field and every list field of schema.graphql', () => {
    const covered = new Set([...coveredFields(), ...MUTATION_COVERS]);
    const fields = measurableFields();
    expect(fields).toContain('Query.speeches');
    expect(fields).toContain('Slogan.contexts');
    expect(fields.filter((f) => !covered.has(f))).toEqual([]);
  });

  it('name only fields that exist', () => {
    const unknown = [...coveredFields()].filter((c) => {
      const [type, field] = c.split('.') as [string, string];
      const t = schema.getType(type);
      return !isObjectType(t) || t.getFields()[field] === undefined;
    });
    expect(unknown).toEqual([]);
  });
});
