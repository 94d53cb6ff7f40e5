import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../src/graph/database.js';
import { recordToPlain } from '../src/graph/toPlain.js';
import { openTestDatabase } from './support/testDatabase.js';

// The foundation's proof that the resolved database is real: create, read, update, delete.
describe('database resolved for integration tests', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('comes from a real source', () => {
    expect(['env', 'docker', 'local']).toContain(inject('neo4j').source);
  });

  it('round-trips data through managed transactions', async () => {
    const created = await db.write(async (tx) => {
      const r = await tx.run(
        'UNWIND $rows AS row CREATE (n:RoundTrip {name: row.name, n: row.n}) RETURN count(n) AS created',
        { rows: [{ name: '四个意识', n: 1 }, { name: '两个维护', n: 2 }] },
      );
      return recordToPlain<{ created: number }>(r.records[0]!).created;
    });
    expect(created).toBe(2);

    const read = await db.read(async (tx) => {
      const r = await tx.run('MATCH (n:RoundTrip) RETURN n.name AS name, n.n AS n ORDER BY n.n');
      return r.records.map((rec) => recordToPlain<{ name: string; n: number }>(rec));
    });
    expect(read).toEqual([{ name: '四个意识', n: 1 }, { name: '两个维护', n: 2 }]);

    await db.write((tx) => tx.run('MATCH (n:RoundTrip {name: $name}) SET n.n = 20', { name: '两个维护' }));
    const updated = await db.read(async (tx) => {
      const r = await tx.run('MATCH (n:RoundTrip {name: $name}) RETURN n', { name: '两个维护' });
      return recordToPlain<{ n: { n: number } }>(r.records[0]!).n.n;
    });
    expect(updated).toBe(20);

    await db.write((tx) => tx.run('MATCH (n:RoundTrip) DETACH DELETE n'));
    const left = await db.read(async (tx) => {
      const r = await tx.run('MATCH (n:RoundTrip) RETURN count(n) AS c');
      return recordToPlain<{ c: number }>(r.records[0]!).c;
    });
    expect(left).toBe(0);
  });

  it('rolls back a failed write transaction completely', async () => {
    await expect(
      db.write(async (tx) => {
        await tx.run('CREATE (:RoundTrip {name: "half"})');
        throw new Error('fail after the first statement');
      }),
    ).rejects.toThrow('fail after the first statement');
    const left = await db.read(async (tx) => (await tx.run('MATCH (n:RoundTrip) RETURN count(n) AS c')).records[0]!.get('c').toNumber());
    expect(left).toBe(0);
  });
});
