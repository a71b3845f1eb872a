/**
 * CSV formula injection (OWASP "CSV Injection"): a text cell that begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is written with a leading single quote, so that a spreadsheet opening
 * the report's CSV files shows it as text instead of running it. Figures stay numbers.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  findAuthorityByCode,
  importHistoricCases,
  neutraliseFormula,
  reportToCsvFiles,
  toCsv,
  type DatabaseHandle,
} from '../../src/index.js';
import { openTestDatabase, testEngines } from '../../src/testing.js';

const header =
  'case_ref,record_type,procedure,stage,received_on,clock_started_on,extended,hold_from,hold_to,responded_on,panel_held_on,panel_recommendations_on,outcome,service_area,team,principal_issue,other_issues,complainant_type,category_of_support,received_via,child_age,child_gender,child_ethnicity,child_disability';

/** Names a spreadsheet would run as formulas, each the team of one stage 1 complaint. */
const hostileTeams = ['=HYPERLINK("http://x","y")', '+1', '-cmd', '@SUM(1)'];

const quoteCsv = (text: string) => `"${text.replace(/"/g, '""')}"`;

function casesFile(): Buffer {
  const rows = hostileTeams.map(
    (team, i) =>
      `CSV-000${i + 1},complaint,statutory,1,2021-05-0${i + 3},,no,,,2021-05-1${i + 1},,,upheld,Safeguarding,${quoteCsv(team)},Communication issues,,parent_carer,child_in_need,email,,,,`,
  );
  return Buffer.from(`${[header, ...rows].join('\r\n')}\r\n`);
}

/** The cells of a CSV file as the spreadsheet would read them (byte-order mark removed). */
const cellsOf = (content: string): string[][] =>
  parse(content.replace(/^\uFEFF/, ''), { relax_column_count: true });

describe.each(testEngines())('CSV formula injection on %s', (engine) => {
  let handle: DatabaseHandle;
  let files: ReturnType<typeof reportToCsvFiles>;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    const imported = await importHistoricCases(handle.db, casesFile(), {
      authority: { code: 'CSV', name: '=Council "of" formulas' },
      today: '2026-11-22',
    });
    expect(imported).toMatchObject({ ok: true });
    const authority = await findAuthorityByCode(handle.db, 'CSV');
    if (authority === undefined) throw new Error('no authority');
    files = reportToCsvFiles(await buildAnnualReport(handle.db, authority, 2021, '2026-11-22'));
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  it('writes team names that look like formulas as text, starting with a quote', () => {
    const teams = files.find((f) => f.name.endsWith('-stage1-teams.csv'));
    if (teams === undefined) throw new Error('no stage 1 teams table');
    const teamCells = cellsOf(teams.content).map((row) => row[1] ?? '');
    for (const team of hostileTeams) expect(teamCells).toContain(`'${team}`);
    // No cell of any file begins with a character that starts a formula.
    for (const file of files) {
      for (const row of cellsOf(file.content)) {
        for (const cell of row) expect(cell, `${file.name}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('neutralises the council name in the index as well', () => {
    const index = files.find((f) => f.name === '00-index.csv');
    expect(index?.content).toContain(`"'=Council ""of"" formulas (CSV)`);
  });

  it('prefixes text beginning with =, +, -, @, a tab or a carriage return, and keeps numbers', () => {
    const csv = toCsv([
      ['=1+1', '+1', '-cmd', '@SUM(1)', '\tX', '\rX', 'Plain', 'a-b', ''],
      [-3, 0, 2.5, null],
    ]);
    expect(cellsOf(csv)).toEqual([
      ["'=1+1", "'+1", "'-cmd", "'@SUM(1)", "'\tX", "'\rX", 'Plain', 'a-b', ''],
      ['-3', '0', '2.5', ''],
    ]);
    expect(csv).toContain('\r\n-3,0,2.5,\r\n');
    expect(neutraliseFormula('\tX')).toBe("'\tX");
    expect(neutraliseFormula('Children in need')).toBe('Children in need');
  });
});
