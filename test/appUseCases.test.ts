import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../src/app/ingestFiles.js';
import { ingestText } from '../src/app/ingestText.js';
import { InputError } from '../src/app/InputError.js';
import { removeSpeeches } from '../src/app/removeSpeeches.js';
import { applySchema } from '../src/graph/applySchema.js';
import type { Database } from '../src/graph/database.js';
import { openTestDatabase } from './support/testDatabase.js';

// The use cases of src/app against the real database: a text given over the API goes through
// the same decoding, cleaning, limits and title rules as a file, and never replaces a file's speech.
const TEXT = ['在全市作风建设大会上的讲话', '一、提高政治站位', '大家要增强“四个意识”，做到“两个维护”。', '二、狠抓工作落实', '要推进“放管服”改革。'].join('\n');
const HTML = `<!doctype html><html><head><title>x</title><script>var a = "四个意识";</script></head><body>${TEXT.split('\n')
  .map((line) => `<p>${line}</p>`)
  .join('')}</body></html>`;
const LIMIT = { maxBytes: 1_000_000 };

let db: Database;
const dir = mkdtempSync(join(tmpdir(), 'tifa-app-'));

async function speechRow(id: string): Promise<{ title: string; source: string; text: string } | null> {
  return db.read(async (tx) => {
    const r = await tx.run('MATCH (s:Speech {id: $id}) RETURN s.title AS title, s.source AS source, s.text AS text', { id });
    return r.records[0] ? { title: r.records[0].get('title'), source: r.records[0].get('source'), text: r.records[0].get('text') } : null;
  });
}

beforeAll(async () => {
  db = await openTestDatabase();
  await applySchema(db);
});

afterAll(async () => {
  await db?.close();
});

describe('ingestText', () => {
  it('cleans HTML like an .html file: same speech, same id as the page ingested from a file', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, HTML);
    const fromFile = await ingestFiles(db, [page], { maxFileBytes: LIMIT.maxBytes, concurrency: 1 });
    expect(fromFile.summary.new).toBe(1);
    const fromApi = await ingestText(db, HTML, { source: 'page.html' }, LIMIT);
    const stored = await speechRow(fromApi.id);
    expect(stored?.text).not.toContain('<p>');
    expect(stored?.text).not.toContain('var a');
    expect(stored?.title).toBe('在全市作风建设大会上的讲话');
    // The same cleaned text is the same speech (ids are content hashes).
    expect(fromApi.status).toBe('unchanged');
    await removeSpeeches(db, { id: fromApi.id });
  });

  it('namespaces the source, so a text never replaces a speech that came from a file', async () => {
    const file = join(dir, 'speech.txt');
    writeFileSync(file, TEXT);
    const { summary } = await ingestFiles(db, [file], { maxFileBytes: LIMIT.maxBytes, concurrency: 1 });
    expect(summary.new).toBe(1);
    const changed = `${TEXT}\n三、总结\n再次强调“四个意识”。`;
    const r = await ingestText(db, changed, { source: file }, LIMIT);
    expect(r.source).toBe(`api:${file}`);
    expect(r.status).toBe('new');
    expect(r.replaced).toEqual([]);
    const fileSpeeches = await db.read(async (tx) => (await tx.run('MATCH (s:Speech {source: $file}) RETURN count(s) AS n', { file })).records[0]!.get('n').toNumber());
    expect(fileSpeeches).toBe(1);
    // The same API source again does replace its own earlier text.
    const again = await ingestText(db, `${changed}\n四、要求\n做到“两个维护”。`, { source: file }, LIMIT);
    expect(again).toMatchObject({ status: 'updated', replaced: [r.id] });
  });

  it('names texts without a source after their speech id', async () => {
    const r = await ingestText(db, `${TEXT}\n另：落实“六稳”。`, {}, LIMIT);
    expect(r.source).toBe(`api:${r.id}`);
  });

  it.each([
    ['   ', {}, /text must not be empty/],
    ['\u0000\u0001\u0002binary', {}, /text: .*binary/],
    [TEXT, { title: 'a\nb' }, /title must be one line/],
    [TEXT, { title: '长'.repeat(201) }, /title is longer than 200 characters/],
  ])('refuses %j %j as InputError like a file would be refused', async (text, meta, message) => {
    await expect(ingestText(db, text, meta, LIMIT)).rejects.toThrow(InputError);
    await expect(ingestText(db, text, meta, LIMIT)).rejects.toThrow(message);
  });

  it('holds the text to the file size limit', async () => {
    await expect(ingestText(db, TEXT, {}, { maxBytes: 20 })).rejects.toThrow(/text is \d+ bytes, more than the limit of 20/);
  });
});

describe('removeSpeeches', () => {
  it('says how long an id prefix must be', async () => {
    await expect(removeSpeeches(db, { ref: 'ab12' })).rejects.toThrow(/an id prefix needs at least 6 characters/);
  });

  it('removes by id prefix and refreshes derived data', async () => {
    const r = await ingestText(db, `${TEXT}\n六、落实“两个维护”和“四个意识”。`, { source: 'prefix.txt' }, LIMIT);
    const result = await removeSpeeches(db, { ref: r.id.slice(0, 8) });
    expect(result.removed.map((s) => s.id)).toEqual([r.id]);
    expect(result.cooccurs).toEqual(expect.any(Number));
    expect(await speechRow(r.id)).toBeNull();
  });
});
