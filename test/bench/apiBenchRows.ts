// The rows of bench:api's table: every root field and list field of schema.graphql as a client
// uses it (first page, second page by cursor, the usual filters alone and combined), every recipe of
// cypher/queries/ through the driver, /explore's requests and /export's first byte, each with its
// target. `covers` names the schema coordinates (Type.field) a row exercises: apiBenchRows.test.ts
// fails when a root or list field of schema.graphql has no row.
// Values a query needs from the graph (a speech id, a meeting key, a cursor) are looked up once
// before measuring and written into the query in place of {{name}}.

/** Targets, p95 in ms, at 100,000 speeches (4 and 8 clients, analytics cache off). */
export const TARGETS = { list: 50, lookup: 50, text: 200, recipe: 200, exportFirstByte: 500, cooccurrence: 20 } as const;
export type TargetKind = keyof typeof TARGETS;

/** A GraphQL row: the query as a client sends it. */
export interface GraphqlRow {
  via: 'graphql';
  name: string;
  target: TargetKind;
  covers: string[];
  query: string;
}

/** An HTTP GET row (/explore's own routes, /export): measured to the first byte of the body. */
export interface HttpRow {
  via: 'http';
  name: string;
  target: TargetKind;
  covers: string[];
  path: string;
}

export type BenchRow = GraphqlRow | HttpRow;

const SPEECH_FIELDS = 'id title date level';
const HUB = '两个维护';
const TAIL = '五个抓实';

const gql = (name: string, target: TargetKind, covers: string[], query: string): GraphqlRow => ({ via: 'graphql', name, target, covers, query });
const http = (name: string, target: TargetKind, covers: string[], path: string): HttpRow => ({ via: 'http', name, target, covers, path });

/**
 * Lookups made once before measuring: each is a GraphQL query and the path of the value in its
 * answer; `{{key}}` in a row is replaced by that value.
 */
export const LOOKUPS: Record<string, { query: string; path: string[] }> = {
  speechId: { query: `{ speeches(first: 1, filter: { slogan: "${HUB}" }) { edges { node { id } } } }`, path: ['speeches', 'edges', '0', 'node', 'id'] },
  meetingKey: { query: '{ meetings(first: 1) { edges { node { key } } } }', path: ['meetings', 'edges', '0', 'node', 'key'] },
  speechesCursor: { query: '{ speeches(first: 20) { pageInfo { endCursor } } }', path: ['speeches', 'pageInfo', 'endCursor'] },
  slogansCursor: { query: '{ slogans(first: 20) { pageInfo { endCursor } } }', path: ['slogans', 'pageInfo', 'endCursor'] },
  meetingsCursor: { query: '{ meetings(first: 20) { pageInfo { endCursor } } }', path: ['meetings', 'pageInfo', 'endCursor'] },
  placesCursor: { query: '{ places(first: 20) { pageInfo { endCursor } } }', path: ['places', 'pageInfo', 'endCursor'] },
  hubSpeechesCursor: { query: `{ speeches(first: 20, filter: { slogan: "${HUB}" }) { pageInfo { endCursor } } }`, path: ['speeches', 'pageInfo', 'endCursor'] },
};

export const GRAPHQL_ROWS: GraphqlRow[] = [
  // speeches: first page, second page, each usual filter alone, combined
  gql('speeches(first: 20) { totalCount }', 'list', ['Query.speeches'], `{ speeches(first: 20) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches second page', 'list', ['Query.speeches'], `{ speeches(first: 20, after: "{{speechesCursor}}") { edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: slogan hub)', 'list', ['Query.speeches'], `{ speeches(first: 20, filter: { slogan: "${HUB}" }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: slogan hub) second page', 'list', ['Query.speeches'], `{ speeches(first: 20, after: "{{hubSpeechesCursor}}", filter: { slogan: "${HUB}" }) { edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: slogan tail)', 'list', ['Query.speeches'], `{ speeches(first: 20, filter: { slogan: "${TAIL}" }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: slogan) + slogans of each', 'list', ['Query.speeches', 'Speech.slogans'], `{ speeches(first: 20, filter: { slogan: "${HUB}" }) { totalCount edges { node { id title slogans { slogan { name } count } } } } }`),
  gql('speeches(filter: level COUNTY)', 'list', ['Query.speeches'], `{ speeches(first: 20, filter: { level: COUNTY }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: place province)', 'list', ['Query.speeches'], `{ speeches(first: 20, filter: { place: "320000" }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: date range)', 'list', ['Query.speeches'], `{ speeches(first: 20, filter: { dateFrom: "2015", dateTo: "2016" }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: meeting)', 'list', ['Query.speeches'], `{ speeches(first: 20, filter: { meeting: "{{meetingKey}}" }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: slogan + level + dates)', 'list', ['Query.speeches'], `{ speeches(first: 20, filter: { slogan: "${HUB}", level: CITY, dateFrom: "2010", dateTo: "2020" }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: text)', 'text', ['Query.speeches'], `{ speeches(first: 20, filter: { text: "营商环境" }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
  gql('speeches(filter: text + level)', 'text', ['Query.speeches'], `{ speeches(first: 20, filter: { text: "营商环境", level: COUNTY }) { edges { node { ${SPEECH_FIELDS} } } } }`),
  // one speech and its lists
  gql('speech(id) with its lists', 'lookup', ['Query.speech', 'Speech.sections', 'Section.children', 'Speech.slogans', 'Speech.meetings', 'Speech.terms', 'Speech.persons', 'Speech.documents'],
    `{ speech(id: "{{speechId}}") { id title place { name } venue { name } sections { heading children { heading } } slogans { slogan { name } count } meetings { meeting { name } count } terms(first: 10) { term weight } persons { name count } documents { title count } } }`),
  gql('speech(id) mentions(SLOGAN)', 'lookup', ['Speech.mentions'], `{ speech(id: "{{speechId}}") { mentions(kind: SLOGAN, first: 20) { target sentence start end } } }`),
  // slogans
  gql('slogans(first: 20) { name speechCount }', 'list', ['Query.slogans'], '{ slogans(first: 20) { totalCount edges { node { name kind speechCount mentionCount } } } }'),
  gql('slogans second page', 'list', ['Query.slogans'], '{ slogans(first: 20, after: "{{slogansCursor}}") { edges { node { name speechCount } } } }'),
  gql('slogans(kind, minSpeeches, MENTIONS_DESC)', 'list', ['Query.slogans'], '{ slogans(first: 20, kind: NUMBERED, minSpeeches: 10, orderBy: MENTIONS_DESC) { totalCount edges { node { name mentionCount } } } }'),
  gql('slogans(orderBy: NAME_ASC)', 'list', ['Query.slogans'], '{ slogans(first: 20, orderBy: NAME_ASC) { totalCount edges { node { name } } } }'),
  gql('slogan(name) details', 'lookup', ['Query.slogan'], `{ slogan(name: "${HUB}") { name kind variants members speechCount mentionCount } }`),
  gql('slogan(name) { speeches(first: 20) }', 'lookup', ['Slogan.speeches'], `{ slogan(name: "${HUB}") { speeches(first: 20) { ${SPEECH_FIELDS} } } }`),
  gql('slogan(name) { contexts(first: 10) }', 'lookup', ['Slogan.contexts'], `{ slogan(name: "${HUB}") { contexts(first: 10) { sentence start end speechId } } }`),
  gql('slogan(name) { cooccurring }', 'lookup', ['Slogan.cooccurring'], `{ slogan(name: "${HUB}") { cooccurring(first: 10) { a { name } b { name } support score } } }`),
  // co-occurrence
  gql('sloganCooccurrence (SPEECH, NPMI, top 20)', 'cooccurrence', ['Query.sloganCooccurrence'], '{ sloganCooccurrence(scope: SPEECH, measure: NPMI, minSupport: 2, first: 20) { a { name kind } b { name kind } support score } }'),
  gql('sloganCooccurrence (SECTION, LIFT, top 20)', 'list', ['Query.sloganCooccurrence'], '{ sloganCooccurrence(scope: SECTION, measure: LIFT, minSupport: 2, first: 20) { a { name kind } b { name kind } support score } }'),
  gql('sloganCooccurrence (SENTENCE, JACCARD, top 20)', 'list', ['Query.sloganCooccurrence'], '{ sloganCooccurrence(scope: SENTENCE, measure: JACCARD, minSupport: 2, first: 20) { a { name kind } b { name kind } support score } }'),
  gql('sloganCooccurrence(filter: one year)', 'list', ['Query.sloganCooccurrence'], '{ sloganCooccurrence(scope: SPEECH, measure: NPMI, minSupport: 2, first: 20, filter: { dateFrom: "2016", dateTo: "2016" }) { a { name } b { name } support score } }'),
  gql('sloganCooccurrence(filter: one province)', 'list', ['Query.sloganCooccurrence'], '{ sloganCooccurrence(scope: SPEECH, measure: NPMI, minSupport: 2, first: 20, filter: { place: "320000" }) { a { name } b { name } support score } }'),
  gql('cooccurrenceGraph (SPEECH, NPMI, 200)', 'list', ['Query.cooccurrenceGraph', 'GraphView.nodes', 'GraphView.edges'], '{ cooccurrenceGraph(limit: 200) { nodes { id label } edges { source target weight } } }'),
  // meetings
  gql('meetings(first: 20)', 'list', ['Query.meetings'], '{ meetings(first: 20) { totalCount edges { node { key name level } } } }'),
  gql('meetings second page', 'list', ['Query.meetings'], '{ meetings(first: 20, after: "{{meetingsCursor}}") { edges { node { key name } } } }'),
  gql('meetings(level: CENTRAL)', 'list', ['Query.meetings'], '{ meetings(first: 20, level: CENTRAL) { totalCount edges { node { key name } } } }'),
  gql('meeting(key) with its speeches', 'lookup', ['Query.meeting', 'Meeting.referencedBy', 'Meeting.deliveredSpeeches'],
    `{ meeting(key: "{{meetingKey}}") { name referencedBy(first: 20) { ${SPEECH_FIELDS} } deliveredSpeeches(first: 20) { ${SPEECH_FIELDS} } } }`),
  // places
  gql('places(first: 20)', 'list', ['Query.places'], '{ places(first: 20) { totalCount edges { node { code name level speechCount } } } }'),
  gql('places second page', 'list', ['Query.places'], '{ places(first: 20, after: "{{placesCursor}}") { edges { node { code name } } } }'),
  gql('places(parent: province)', 'list', ['Query.places'], '{ places(parent: "320000", first: 20) { totalCount edges { node { code name speechCount } } } }'),
  gql('place(code) with children, speeches, topSlogans', 'lookup', ['Query.place', 'Place.children', 'Place.speeches', 'Place.topSlogans'],
    `{ place(code: "320000") { name speechCount children { name speechCount } speeches(first: 20) { totalCount edges { node { ${SPEECH_FIELDS} } } } topSlogans(first: 10) { slogan { name } speeches mentions } } }`),
  // terms, search, graph
  gql('terms(first: 20)', 'list', ['Query.terms'], '{ terms(first: 20) { term count weight } }'),
  gql('terms(speechId)', 'lookup', ['Query.terms'], '{ terms(first: 20, speechId: "{{speechId}}") { term count weight } }'),
  gql('search (CJK full-text)', 'list', ['Query.search'], `{ search(text: "${HUB}", first: 10) { type id label score speech { id } } }`),
  gql('graph(seed: slogan hub, depth 1)', 'lookup', ['Query.graph'], `{ graph(seed: "slogan:${HUB}", depth: 1) { nodes { id label type } edges { source target type } } }`),
  gql('graph(seed: speech, depth 2)', 'lookup', ['Query.graph'], '{ graph(seed: "speech:{{speechId}}", depth: 2, limit: 200) { nodes { id type } edges { source target } } }'),
  // time questions
  gql('timeline(slogans, YEAR)', 'list', ['Query.timeline', 'SloganTimeline.points'], `{ timeline(slogans: ["${HUB}", "六稳"], by: YEAR) { slogan { name } points { period speeches share mentions } undated } }`),
  gql('timeline(slogans, MONTH, filter level)', 'list', ['Query.timeline', 'SloganTimeline.points'], `{ timeline(slogans: ["${HUB}"], by: MONTH, filter: { level: CITY }) { points { period speeches } } }`),
  gql('slogan(name) { timeline firstUse }', 'lookup', ['Slogan.timeline', 'FirstUse.speeches'], `{ slogan(name: "${HUB}") { timeline(by: YEAR) { period speeches } firstUse { date speeches { id } } } }`),
  gql('sloganDiffusion(level: COUNTY, within province)', 'lookup', ['Query.sloganDiffusion', 'Diffusion.adoptions', 'Diffusion.curve'],
    `{ sloganDiffusion(name: "${HUB}", level: COUNTY, within: "330000") { origin { date } adoptions { place { name } date lagDays } curve { date adopted share } undated } }`),
  gql('emergingSlogans(from, to)', 'list', ['Query.emergingSlogans'], '{ emergingSlogans(from: "2020", to: "2025", first: 20) { slogan { name } } }'),
  gql('risingSlogans(before, after)', 'list', ['Query.risingSlogans'], '{ risingSlogans(before: { from: "2006", to: "2015" }, after: { from: "2016", to: "2025" }, first: 20) { slogan { name } } }'),
  gql('distinctiveSlogans(subset: level COUNTY)', 'list', ['Query.distinctiveSlogans'], '{ distinctiveSlogans(subset: { level: COUNTY }, first: 20) { slogan { name } } }'),
  gql('cooccurrenceTrend(a, b, YEAR)', 'list', ['Query.cooccurrenceTrend'], `{ cooccurrenceTrend(a: "四个意识", b: "${HUB}", by: YEAR) { period } }`),
];

/** /explore's own GraphQL requests, as its panels send them (src/api/http/explore/panels.js). */
export const EXPLORE_ROWS: GraphqlRow[] = [
  gql('/explore slogan panel', 'lookup', ['Query.slogan', 'Slogan.speeches', 'Slogan.contexts'],
    `{ slogan(name: "${HUB}") { name kind variants members speechCount mentionCount speeches(first: 50) { ${SPEECH_FIELDS} } contexts(first: 30) { sentence start end speechId } } }`),
  gql('/explore filtered speeches', 'list', ['Query.speeches'], `{ speeches(first: 50, filter: { level: CITY, dateFrom: "2012" }) { totalCount edges { node { ${SPEECH_FIELDS} } } } }`),
];

export const HTTP_ROWS: HttpRow[] = [
  http('/explore/speech/:id/sections', 'lookup', [], '/explore/speech/{{speechId}}/sections'),
  http('/export/cooccurrence.cyjs (first byte)', 'exportFirstByte', [], '/export/cooccurrence.cyjs?scope=SPEECH&measure=NPMI&minSupport=2&limit=200'),
  http('/export/neighbourhood.graphml (first byte)', 'exportFirstByte', [], `/export/neighbourhood.graphml?seed=${encodeURIComponent(`slogan:${HUB}`)}&depth=1`),
  http('/export/full.graphml (first byte)', 'exportFirstByte', [], '/export/full.graphml'),
];

/** Every schema coordinate some row covers. */
export function coveredFields(rows: readonly BenchRow[] = [...GRAPHQL_ROWS, ...EXPLORE_ROWS, ...HTTP_ROWS]): Set<string> {
  return new Set(rows.flatMap((r) => r.covers));
}

/** The mutations, measured one at a time by bench:api's mutation part (mutationLatency.ts). */
export const MUTATION_COVERS = ['Mutation.ingestSpeech', 'Mutation.removeSpeech'];
