import type { ExportGraph, ExportNode } from '../../export/exportGraph.js';
import { memoryGraph } from '../../export/exportGraph.js';
import type { Database } from '../../graph/database.js';
import { fullGraphExport } from '../../graph/export/fullGraphExport.js';
import type { ReadRepository } from '../../graph/read/createReadRepository.js';
import { sloganCooccurrence, sloganSpeechesInScope } from '../../graph/cooccurrence/sloganCooccurrence.js';
import { COOCCURRENCE_MEASURES, COOCCURRENCE_SCOPES, MAX_PAIRS, minSupportProblem, restrictsSpeeches, type CooccurrenceMeasure, type CooccurrenceScope, type SpeechScope } from '../../graph/cooccurrence/types.js';
import { InputError } from '../InputError.js';
import { dateArg } from './dateArg.js';
import { graphNeighbourhood, MAX_GRAPH_DEPTH, MAX_GRAPH_NODES } from './graphNeighbourhood.js';
import { labelOf, nodeId, type NodeType } from './graphView.js';
import { AdminLevel, Genre } from './storedEnums.js';

/** What an export holds: the slogan co-occurrence network, the neighbourhood of a seed node, or every node and relationship. */
export const EXPORT_VIEWS = ['cooccurrence', 'neighbourhood', 'full'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

/** A validated export request (CLI flags and HTTP query parameters both end up here). */
export type ExportRequest =
  | { what: 'cooccurrence'; scope: CooccurrenceScope; measure: CooccurrenceMeasure; minSupport: number; limit: number; speeches: SpeechScope }
  | { what: 'neighbourhood'; seed: string; depth: number; limit: number; types: NodeType[] | null }
  | { what: 'full' };

const NODE_TYPES: readonly NodeType[] = ['SPEECH', 'SECTION', 'SLOGAN', 'MEETING', 'TERM', 'PERSON', 'DOCUMENT', 'CONCEPT'];

function oneOf<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined || raw === '') return fallback;
  const value = raw.toUpperCase() as T;
  if (!allowed.includes(value)) throw new InputError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`, name);
  return value;
}

function whole(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw new InputError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`, name);
  return n;
}

// Parsed here, checked by the co-occurrence options' own rule.
function minSupportOption(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 2;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  const problem = minSupportProblem(n, `"${raw}"`);
  if (problem !== null) throw new InputError(problem, 'minSupport');
  return n;
}

// An enum option given by its GraphQL name (CENTRAL, WORK_REPORT), as the API takes it, turned into the stored form.
function storedEnum(name: string, raw: string | undefined, values: Record<string, string>): string | null {
  if (raw === undefined || raw === '') return null;
  const stored = values[raw.toUpperCase()];
  if (stored === undefined) throw new InputError(`${name} must be one of ${Object.keys(values).join(', ')}, got "${raw}"`, name);
  return stored;
}

/** The speeches a co-occurrence export counts: `level`, `genre`, `place` (code or name), `dateFrom`, `dateTo`, as the API's CooccurrenceFilter. */
function speechScope(options: Record<string, string | undefined>): SpeechScope {
  return {
    level: storedEnum('level', options.level, AdminLevel),
    genre: storedEnum('genre', options.genre, Genre),
    place: options.place?.trim() || null,
    dateFrom: dateArg(options.dateFrom || null, 'dateFrom'),
    dateTo: dateArg(options.dateTo || null, 'dateTo'),
  };
}

/**
 * Reads an export request from string options (HTTP query or CLI flags): `scope`, `measure`,
 * `minSupport`, `limit` for cooccurrence (defaults as the `cooccurrenceGraph` query: SPEECH, NPMI,
 * 2, 200) and its speech filter (`level`, `genre`, `place`, `dateFrom`, `dateTo`); `seed`, `depth`, `limit`, `types` (comma-separated) for neighbourhood. Throws InputError.
 */
export function parseExportRequest(what: string, options: Record<string, string | undefined>): ExportRequest {
  if (what === 'cooccurrence') {
    return {
      what,
      scope: oneOf('scope', options.scope, COOCCURRENCE_SCOPES, 'SPEECH'),
      measure: oneOf('measure', options.measure, COOCCURRENCE_MEASURES, 'NPMI'),
      minSupport: minSupportOption(options.minSupport),
      limit: whole('limit', options.limit, 200, 1, MAX_PAIRS),
      speeches: speechScope(options),
    };
  }
  if (what === 'neighbourhood') {
    const seed = options.seed?.trim() ?? '';
    if (seed === '') throw new InputError('a neighbourhood export needs a seed, e.g. slogan:四个意识 or speech:<id>', 'seed');
    const types = options.types ? options.types.split(',').map((t) => oneOf('types', t.trim(), NODE_TYPES, 'SLOGAN')) : null;
    return {
      what,
      seed,
      depth: whole('depth', options.depth, 1, 1, MAX_GRAPH_DEPTH),
      limit: whole('limit', options.limit, 200, 1, MAX_GRAPH_NODES),
      types,
    };
  }
  if (what === 'full') return { what };
  throw new InputError(`what must be one of ${EXPORT_VIEWS.join(', ')}, got "${what}"`, 'what');
}

/** Builds the graph an export request asks for (an InputError marked missing for an unknown seed). */
export async function buildExport(request: ExportRequest, db: Database, repo: ReadRepository): Promise<ExportGraph> {
  if (request.what === 'full') return fullGraphExport(db);
  if (request.what === 'neighbourhood') {
    const view = await graphNeighbourhood(repo, request.seed, request.depth, request.limit, request.types);
    return memoryGraph(
      `tifa-graph: neighbourhood of ${request.seed}, depth ${request.depth}`,
      true,
      view.nodes.map((n) => ({ id: n.id, label: n.label, labels: [labelOf(n.type)], attributes: n.properties })),
      view.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, type: e.type, weight: e.weight, attributes: {} })),
    );
  }
  const { scope, measure, minSupport, limit } = request;
  const speeches = await withPlaceCode(request.speeches, repo);
  const title = `tifa-graph: slogan co-occurrence, ${scope} scope, ${measure}, support ≥ ${minSupport}${restrictsSpeeches(request.speeches) ? `, speeches ${describeScope(request.speeches)}` : ''}`;
  if (speeches === null) return memoryGraph(title, false, [], []);
  const pairs = await sloganCooccurrence(db, { scope, measure, minSupport, first: limit, speeches });
  const kinds = new Map(pairs.flatMap((p) => [[p.a, p.aKind], [p.b, p.bKind]] as Array<[string, string]>));
  // Filtered, a node's speeches and mentions count the kept speeches only, like its scores.
  const counts = restrictsSpeeches(speeches) ? await sloganSpeechesInScope(db, [...kinds.keys()], speeches) : await repo.sloganDetails([...kinds.keys()]);
  const nodes: ExportNode[] = [...kinds].map(([name, kind]) => ({
    id: nodeId('SLOGAN', name),
    label: name,
    labels: ['Slogan'],
    attributes: { name, kind, speeches: counts.get(name)?.speeches ?? 0, mentions: counts.get(name)?.mentions ?? 0 },
  }));
  const edges = pairs.map((p) => {
    const source = nodeId('SLOGAN', p.a);
    const target = nodeId('SLOGAN', p.b);
    return { id: `${source}-CO_OCCURS->${target}`, source, target, type: 'CO_OCCURS', weight: p.score, attributes: { support: p.support, score: p.score } };
  });
  return memoryGraph(title, false, nodes, edges);
}

const describeScope = (scope: SpeechScope) =>
  Object.entries(scope)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');

/**
 * The scope with its place (a GB/T 2260 code or an official name) as a code; null when no speech
 * comes from a place of that name (nothing can match). A name two places share is a client mistake.
 */
async function withPlaceCode(scope: SpeechScope, repo: ReadRepository): Promise<SpeechScope | null> {
  const value = scope.place;
  if (!value) return scope;
  const code = /^\d{6}$/.test(value);
  const found = await repo.placesByKeys(code ? [value] : [], code ? [] : [value]);
  if (found.length > 1) throw new InputError(`place: "${value}" names ${found.length} places (${found.map((p) => p.code).join(', ')}); give the code`, 'place');
  return found[0] ? { ...scope, place: found[0].code } : null;
}
