import neo4j from 'neo4j-driver';
import { loadCypher } from '../cypherFiles.js';
import type { Database } from '../database.js';
import { recordToPlain } from '../toPlain.js';

/** A speech holding given metadata: its text and the stored value of each metadata field. */
export interface GivenMetadataRow {
  id: string;
  source: string;
  text: string;
  givenFields: string[];
  title: string | null;
  venue: string | null;
  date: string | null;
  genre: string | null;
  level: string | null;
  speaker: { name: string; role: string | null } | null;
  placeCode: string | null;
}

/** One page (id order, after `after`) of the speeches that hold given metadata. */
export async function givenMetadataPage(db: Database, after: string, limit: number): Promise<GivenMetadataRow[]> {
  const cypher = loadCypher('read/givenMetadata');
  return db.read(async (tx) => (await tx.run(cypher, { after, limit: neo4j.int(limit) })).records.map((r) => recordToPlain<GivenMetadataRow>(r)));
}
