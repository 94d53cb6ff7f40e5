/** A `name=value` parameter that cannot be understood; the message names it. */
export class CypherParamError extends Error {
  override name = 'CypherParamError';
}

// Whole numbers become BigInt, which the driver sends as a Cypher INTEGER: a JS number 3 would go
// as the FLOAT 3.0, and `LIMIT $first` refuses a float.
function typed(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (Array.isArray(value)) return value.map(typed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typed(v)]));
  }
  return value;
}

/**
 * Reads a parameter value written as in Neo4j Browser's `:param x => …`: `5` (INTEGER), `2.5` /
 * `1e3` (FLOAT), `true` / `false`, `null`, `'text'` or `"text"` (STRING), `[…]` / `{…}` (JSON; whole
 * numbers inside are INTEGERs); anything else is the text itself. Throws CypherParamError on bad JSON.
 */
export function parseCypherValue(raw: string): unknown {
  const text = raw.trim();
  if (/^-?\d+$/.test(text)) return BigInt(text);
  if (/^-?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][-+]?\d+)$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  const quoted = /^'(.*)'$/s.exec(text) ?? /^"(.*)"$/s.exec(text);
  if (quoted) return quoted[1]!.replace(/\\(['"\\])/g, '$1');
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      return typed(JSON.parse(text));
    } catch (error) {
      throw new CypherParamError(`value ${text} is not valid JSON: ${(error as Error).message}`);
    }
  }
  return raw;
}

/** Splits `name=value` (the value typed by parseCypherValue); throws CypherParamError naming the bad argument. */
export function parseParamAssignment(arg: string): [string, unknown] {
  const eq = arg.indexOf('=');
  const name = eq < 0 ? '' : arg.slice(0, eq).trim().replace(/^\$/, '');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new CypherParamError(`--param "${arg}" must look like name=value (e.g. limit=5 or slogan='两个维护')`);
  }
  return [name, parseCypherValue(arg.slice(eq + 1))];
}
