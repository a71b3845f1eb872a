/**
 * Drill-down: for every figure of the report that has a drill-down, the complaints listed behind
 * it are exactly as many as the figure says. The records are Wandsworth 2021-22's 2021-22 cases (the golden
 * test's fixture), imported through the real import; every cell `figureOfCell` links is checked,
 * so a table and its list can never disagree.
 */
import { readFileSync } from 'node:fs';
import { figureOfCell, reportTables, type AnnualReport, type DrilldownFigure } from '@heard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  casesBehindFigure,
  findAuthorityByCode,
  importHistoricCases,
  reportYears,
  type DatabaseHandle,
} from '../../src/index.js';
import { openTestDatabase, testEngines } from '../../src/testing.js';

const fixture = readFileSync(new URL('./fixtures/wandsworth-2021-22.csv', import.meta.url));

describe.each(testEngines())('drill-down on %s', (engine) => {
  let handle: DatabaseHandle;
  let authorityId: string;
  let report: AnnualReport;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    const imported = await importHistoricCases(handle.db, fixture, {
      authority: {
        code: 'WSW',
        name: 'London Borough of Wandsworth',
        settings: { corporatePolicy: 'twenty_and_fifteen_working_days' },
      },
      today: '2026-11-22',
    });
    expect(imported.ok).toBe(true);
    const authority = await findAuthorityByCode(handle.db, 'WSW');
    if (authority === undefined) throw new Error('authority not created');
    authorityId = authority.id;
    report = await buildAnnualReport(handle.db, authority, 2021, '2026-11-22');
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  const count = async (year: number, figure: DrilldownFigure) =>
    (await casesBehindFigure(handle.db, authorityId, year, figure)).total;

  it('lists as many complaints as the headline figures count (Wandsworth 2021-22 table 1)', async () => {
    const s1 = { procedure: 'statutory', stage: 1 } as const;
    expect(await count(2021, { ...s1, measure: 'completed' })).toBe(68);
    expect(await count(2021, { ...s1, measure: 'received' })).toBe(85);
    expect(await count(2021, { procedure: 'statutory', stage: 2, measure: 'completed' })).toBe(22);
    expect(await count(2021, { procedure: 'statutory', stage: 3, measure: 'received' })).toBe(9);
    expect(await count(2021, { ...s1, measure: 'carriedIn' })).toBe(
      report.statutory.stage1.carriedIn,
    );
    expect(await count(2021, { ...s1, measure: 'onTime' })).toBe(
      report.statutory.stage1.timeliness.onTime,
    );
    expect(await count(2021, { ...s1, measure: 'late' })).toBe(
      report.statutory.stage1.timeliness.lateBy.upTo10 +
        report.statutory.stage1.timeliness.lateBy.upTo30 +
        report.statutory.stage1.timeliness.lateBy.over30,
    );
    // Last year's column of table 1 drills into 2020-21.
    expect(await count(2020, { ...s1, measure: 'completed' })).toBe(75);
  });

  it('lists, for every linked cell of every table, as many complaints as the cell shows', async () => {
    let checked = 0;
    const nonZero = new Set<string>();
    for (const table of reportTables(report)) {
      for (const [r, row] of table.rows.entries()) {
        for (const [c, cell] of row.entries()) {
          const link = figureOfCell(report, table, r, c);
          if (link === null) continue;
          expect(typeof cell).toBe('number');
          expect(
            await count(link.year, link.figure),
            `${table.id} row ${String(r)} column ${String(c)} (${JSON.stringify(link)})`,
          ).toBe(cell);
          checked++;
          if (cell !== 0) nonZero.add(table.id);
        }
      }
    }
    // Every table with a drill-down took part: years, quarters, carry-over, teams, issues,
    // outcomes, timeliness, escalation, the corporate stages, who complained, the categories of
    // support and how complaints arrived.
    expect(checked).toBeGreaterThan(150);
    expect([...nonZero].sort()).toEqual(
      expect.arrayContaining(['by-year', 'complainants', 'category-of-support', 'channels']),
    );
  }, 120_000);

  it('gives each complaint once, with its stage’s dates, in order of reference', async () => {
    const { total, cases } = await casesBehindFigure(handle.db, authorityId, 2021, {
      procedure: 'statutory',
      stage: 1,
      measure: 'outcome',
      outcome: 'upheld',
    });
    expect(total).toBe(report.statutory.stage1.outcomes.upheld);
    expect(new Set(cases.map((c) => c.complaintId)).size).toBe(total);
    expect(cases.map((c) => c.reference)).toEqual([...cases.map((c) => c.reference)].sort());
    for (const c of cases) {
      expect(c.ending).toBe('responded');
      expect(c.outcome).toBe('upheld');
      expect(c.stageEndedOn ?? '').toMatch(/^(2021-(0[4-9]|1[0-2])|2022-0[1-3])-\d{2}$/);
      expect(c.stageBeganOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('shows at most the limit asked for, and the total beside it', async () => {
    const page = await casesBehindFigure(
      handle.db,
      authorityId,
      2021,
      { procedure: 'statutory', stage: 1, measure: 'completed' },
      10,
    );
    expect(page.total).toBe(68);
    expect(page.cases).toHaveLength(10);
  });

  it('knows which years the records reach, newest first', async () => {
    const years = await reportYears(handle.db, authorityId);
    expect(years[years.length - 1]).toBeLessThanOrEqual(2019);
    expect(years).toContain(2021);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});
