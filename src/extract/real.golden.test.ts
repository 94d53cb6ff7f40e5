import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGoldFolder } from '../cli/scoreGoldFolder.js';
import { metaTotals, type MetaField } from './eval/scoreMeta.js';

// Real published texts (read at run time from ../shared/real, never copied into the project),
// scored with the same scorer as `tifa eval`. The floors are what the extractor achieved on main
// when they were set; they only ever go up, towards the targets (each field ≥ 0.90 on
// work reports). A field still at 0 has no floor yet: asserting "≥ 0" would assert nothing.
const REPORTS = fileURLToPath(new URL('../../../shared/real/reports-2026/', import.meta.url));
const reports = await evaluateGoldFolder(REPORTS, REPORTS, 20 * 1024 * 1024);
const reportTotals = metaTotals(reports.metas);

/** Share right per header field on the 21 work reports, as measured on main (2026-11-28 22:20 UTC). */
const REPORT_FLOORS: Partial<Record<MetaField, number>> = {
  date: 1 / 21, // 1/21
  level: 2 / 21, // 2/21
};

describe('header metadata of the real work reports (../shared/real/reports-2026)', () => {
  it('scores every .meta.json in the folder', () => {
    const metaFiles = readdirSync(REPORTS).filter((n) => n.endsWith('.meta.json'));
    expect(metaFiles.length).toBeGreaterThanOrEqual(21);
    expect(reports.metas).toHaveLength(metaFiles.length);
  });

  it.each(Object.entries(REPORT_FLOORS))('%s: share right at least its floor %f', (field, floor) => {
    expect(reportTotals.share[field as MetaField]).toBeGreaterThanOrEqual(floor - 1e-9);
  });
});
