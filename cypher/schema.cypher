// Constraints and indexes of the tifa graph (see cypher/README.md for the model).
// Applied at start-up of `tifa ingest`, `tifa serve` and the tests by src/graph/applySchema.ts;
// every statement is IF NOT EXISTS, so applying it again changes nothing.
// Parameters: none. Statements are separated by `;` at line ends.

CREATE CONSTRAINT speech_id IF NOT EXISTS FOR (n:Speech) REQUIRE n.id IS UNIQUE;
CREATE INDEX speech_source IF NOT EXISTS FOR (n:Speech) ON (n.source);
CREATE INDEX speech_level IF NOT EXISTS FOR (n:Speech) ON (n.level);
// The speeches of one day, month or year (a first use is found in the month its slices point to);
// the speech list walks speeches newest first in this index's order and stops at a page
// (cypher/read/speechesWalk.cypher).
CREATE INDEX speech_date IF NOT EXISTS FOR (n:Speech) ON (n.date);
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT slogan_name IF NOT EXISTS FOR (n:Slogan) REQUIRE n.name IS UNIQUE;
CREATE INDEX slogan_kind IF NOT EXISTS FOR (n:Slogan) ON (n.kind);
// The slogan list reads its pages in the order of the stored counts (cypher/read/slogansPage.cypher).
CREATE INDEX slogan_speech_count IF NOT EXISTS FOR (n:Slogan) ON (n.speechCount);
CREATE INDEX slogan_mention_count IF NOT EXISTS FOR (n:Slogan) ON (n.mentionCount);
CREATE CONSTRAINT slogan_variant_name IF NOT EXISTS FOR (n:SloganVariant) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT concept_name IF NOT EXISTS FOR (n:Concept) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT meeting_key IF NOT EXISTS FOR (n:Meeting) REQUIRE n.key IS UNIQUE;
CREATE INDEX meeting_name IF NOT EXISTS FOR (n:Meeting) ON (n.name);
CREATE INDEX meeting_level IF NOT EXISTS FOR (n:Meeting) ON (n.level);
// The meeting list reads its pages in the order of the stored reference count (cypher/read/meetingsPage.cypher).
CREATE INDEX meeting_speech_count IF NOT EXISTS FOR (n:Meeting) ON (n.speechCount);
CREATE CONSTRAINT term_name IF NOT EXISTS FOR (n:Term) REQUIRE n.name IS UNIQUE;
// The term list reads the top of the stored weight totals (cypher/read/topTerms.cypher).
CREATE INDEX term_weight_total IF NOT EXISTS FOR (n:Term) ON (n.weightTotal);
CREATE CONSTRAINT person_name IF NOT EXISTS FOR (n:Person) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT document_title IF NOT EXISTS FOR (n:Document) REQUIRE n.title IS UNIQUE;
// Places (GB/T 2260 code), found by code, by name (place(name:)) and listed by level.
CREATE CONSTRAINT place_code IF NOT EXISTS FOR (n:Place) REQUIRE n.code IS UNIQUE;
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX place_level IF NOT EXISTS FOR (n:Place) ON (n.level);

CREATE INDEX speech_ingested_at IF NOT EXISTS FOR (n:Speech) ON (n.ingestedAt);
// The largest list of each kind a speech holds, read from these indexes before a query runs, so the
// API costs Speech.slogans, .meetings, … by real sizes (cypher/read/listSizes.cypher).
CREATE INDEX speech_section_count IF NOT EXISTS FOR (n:Speech) ON (n.sectionCount);
CREATE INDEX speech_slogan_count IF NOT EXISTS FOR (n:Speech) ON (n.sloganCount);
CREATE INDEX speech_meeting_count IF NOT EXISTS FOR (n:Speech) ON (n.meetingCount);
CREATE INDEX speech_person_count IF NOT EXISTS FOR (n:Speech) ON (n.personCount);
CREATE INDEX speech_document_count IF NOT EXISTS FOR (n:Speech) ON (n.documentCount);
CREATE INDEX speech_term_count IF NOT EXISTS FOR (n:Speech) ON (n.termCount);
// Co-occurrence (cypher/README.md, "Co-occurrence"): the marker of the materialised counts is
// MERGEd on its key by every write. Scores are computed at read time from maintained counts, so the
// per-score relationship indexes of the former rebuild-everything design are dropped; the
// per-scope support indexes below serve minSupport.
CREATE CONSTRAINT cooccurrence_state_scope IF NOT EXISTS FOR (n:CooccurrenceState) REQUIRE n.scope IS UNIQUE;
// A stored ranking per scope, measure and minSupport (cypher/analytics/storeRanking.cypher), found by its key.
CREATE CONSTRAINT cooccurrence_ranking_key IF NOT EXISTS FOR (n:CooccurrenceRanking) REQUIRE n.key IS UNIQUE;
DROP INDEX cooccurs_jaccard IF EXISTS;
DROP INDEX cooccurs_pmi IF EXISTS;
DROP INDEX cooccurs_npmi IF EXISTS;
DROP INDEX cooccurs_lift IF EXISTS;
// One range index per scope's support, so the fast path reads only pairs with support ≥ minSupport
// (cypher/analytics/materialisedPairs.cypher).
CREATE INDEX cooccurs_speeches IF NOT EXISTS FOR ()-[r:CO_OCCURS]-() ON (r.speeches);
CREATE INDEX cooccurs_sections IF NOT EXISTS FOR ()-[r:CO_OCCURS]-() ON (r.sections);
CREATE INDEX cooccurs_sentences IF NOT EXISTS FOR ()-[r:CO_OCCURS]-() ON (r.sentences);
// Per-slice counts (a year, a month, a province, a level; cypher/analytics/slicesDelta.cypher):
// each MERGEd on its key by every write; a filtered question reads one slice's slogans or pairs.
CREATE CONSTRAINT slice_key IF NOT EXISTS FOR (n:Slice) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT slogan_slice_key IF NOT EXISTS FOR (n:SloganSlice) REQUIRE n.key IS UNIQUE;
CREATE INDEX slogan_slice_slice IF NOT EXISTS FOR (n:SloganSlice) ON (n.slice);
// A slogan's slices of one kind (its years, its months in a level): name equal, slice by prefix.
CREATE INDEX slogan_slice_name IF NOT EXISTS FOR (n:SloganSlice) ON (n.name, n.slice);
CREATE CONSTRAINT pair_slice_key IF NOT EXISTS FOR (n:PairSlice) REQUIRE n.key IS UNIQUE;
CREATE INDEX pair_slice_slice IF NOT EXISTS FOR (n:PairSlice) ON (n.slice);

// One full-text index over the searchable names; the `cjk` analyzer indexes CJK bigrams, so
// "两个维护" finds "两个维护" and "做到两个维护" alike. Query: db.index.fulltext.queryNodes('tifa_text', $q).
// Eventually consistent: Lucene is updated in the background instead of inside every commit, which
// made commits 35–60 % faster during ingest; `tifa ingest` waits for the refresh before it returns
// (cypher/write/awaitFulltext.cypher).
CREATE FULLTEXT INDEX tifa_text IF NOT EXISTS
FOR (n:Speech|Section|Slogan|Term) ON EACH [n.title, n.heading, n.name]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };

// The speech list's text filter: titles and texts by CJK bigrams, so a page starts from the few
// speeches holding the text's character pairs, then checks the substring (cypher/read/speechPool.cypher).
// Eventually consistent like tifa_text, and awaited by the same refresh after `tifa ingest`.
CREATE FULLTEXT INDEX speech_text IF NOT EXISTS
FOR (n:Speech) ON EACH [n.title, n.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };

// Last: wait until every index above is online, so queries right after start-up use them. Up to
// 1,800 s: populating speech_text reads every speech's text (about 20 s per 10,000 speeches).
CALL db.awaitIndexes(1800);
