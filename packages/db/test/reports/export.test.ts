/**
 * The exports show every table: the Word document, converted to PDF by headless LibreOffice, has
 * each table's title in its text; the spreadsheet has a sheet per table; the CSV a file per table.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { reportTables, type AnnualReport } from '@heard/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approveCompliment,
  buildAnnualReport,
  createStaff,
  findAuthorityByCode,
  importHistoricCases,
  insertCompliment,
  insertOmbudsmanCase,
  insertOmbudsmanRemedy,
  recordOmbudsmanDecision,
  reportCharts,
  reportToCsvFiles,
  reportToDocx,
  reportToXlsx,
  saveContextFigures,
  schema,
  type DatabaseHandle,
} from '../../src/index.js';
import { openTestDatabase } from '../../src/testing.js';

const run = promisify(execFile);
const SOFFICE = '/usr/bin/soffice';
const fixture = readFile(new URL('./fixtures/wandsworth-2021-22.csv', import.meta.url));

/** Text of a PDF: pdftotext (poppler-utils) when installed, else none. */
async function pdfText(pdf: string): Promise<string | null> {
  try {
    const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], {
      maxBuffer: 50 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Words only: a title may wrap over lines and columns in the PDF. */
const words = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The other records of 2021-22, so that their tables have rows: a compliment, an Ombudsman case
 * with its remedies (Wandsworth 2021-22 §15.6: "£1,000 financial remedy offered"), a learning action and the
 * context figures of Wandsworth 2021-22 §6.8.
 */
async function addOtherRecords(handle: DatabaseHandle, authorityId: string): Promise<void> {
  const { db } = handle;
  const staff = await createStaff(db, {
    email: 'complaints@wandsworth.example',
    name: 'Complaints Manager',
    passwordHash: 'x',
    memberships: [{ authorityId, role: 'complaints_manager' }],
  });
  const compliment = await insertCompliment(db, {
    authorityId,
    receivedOn: '2021-09-14',
    fromType: 'parent_carer',
    teams: ['Future First'],
    words: 'Amira listened to us and helped us stay together.',
    source: 'staff',
    loggedBy: staff.id,
  });
  await approveCompliment(db, {
    authorityId,
    id: compliment.id,
    approvedWords: 'XX listened to us and helped us stay together.',
    markedNames: ['Amira'],
    approvedBy: staff.id,
    at: new Date('2021-09-20T10:00:00Z'),
  });
  const caseId = crypto.randomUUID();
  await insertOmbudsmanCase(db, {
    id: caseId,
    authorityId,
    lgscoReference: '21 004 117',
    complaintId: null,
    receivedOn: '2021-06-01',
    area: 'social_care',
    summary: 'Delays in a family assessment and in the complaints process.',
    responsibleStaffId: staff.id,
  });
  await recordOmbudsmanDecision(db, authorityId, caseId, {
    decision: 'upheld_fault_injustice',
    closedReason: null,
    decidedOn: '2021-11-30',
    publication: 'statement',
  });
  await insertOmbudsmanRemedy(db, {
    authorityId,
    caseId,
    kind: 'payment_distress',
    description: null,
    amountPence: 100_000,
    dueOn: '2022-01-14',
  });
  // Raised in the year: a learning action counts from the day it was recorded.
  await db.insert(schema.learningActions).values({
    authorityId,
    ombudsmanCaseId: caseId,
    issue: 'Delay in assessment',
    lesson: 'Families were not told when an assessment ran late.',
    action: 'Add a timescale check to the weekly team meeting.',
    owningTeam: 'Future First',
    responsibleStaffId: staff.id,
    dueOn: '2022-02-28',
    createdAt: new Date('2021-12-06T10:00:00Z'),
  });
  await saveContextFigures(db, {
    authorityId,
    year: 2021,
    figures: { contacts: 17_072, referrals: 2_214, assessments: 1_837, section47Enquiries: 834 },
    staffId: staff.id,
  });
}

describe('report exports', () => {
  let handle: DatabaseHandle;
  let report: AnnualReport;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'heard-export-'));
    handle = await openTestDatabase('pglite');
    const imported = await importHistoricCases(handle.db, await fixture, {
      authority: {
        code: 'WSW',
        name: 'London Borough of Wandsworth',
        settings: { corporatePolicy: 'twenty_and_fifteen_working_days' },
      },
      today: '2026-11-22',
    });
    expect(imported.ok).toBe(true);
    const authority = await findAuthorityByCode(handle.db, 'WSW');
    if (authority === undefined) throw new Error('no authority');
    await addOtherRecords(handle, authority.id);
    report = await buildAnnualReport(handle.db, authority, 2021, '2026-11-22');
  }, 120_000);
  afterAll(async () => {
    await handle.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('draws the charts as PNG images with a description for people who cannot see them', async () => {
    const charts = await reportCharts(report);
    expect(charts.map((c) => c.id)).toEqual(['by-year', 'by-quarter', 'outcomes', 'timeliness']);
    for (const chart of charts) {
      expect(chart.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(chart.width).toBeGreaterThan(300);
    }
    expect(charts[0]?.description).toContain('2021-22, Stage 1: 68');
  });

  it('writes a Word document whose PDF has every table’s title (LibreOffice)', async () => {
    expect(
      existsSync(SOFFICE),
      `headless LibreOffice is needed at ${SOFFICE} (apt-get install -y libreoffice-writer-nogui)`,
    ).toBe(true);
    const docx = path.join(dir, 'report.docx');
    await writeFile(docx, await reportToDocx(report));
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { timeout: 120_000 },
    );
    const pdf = await readFile(path.join(dir, 'report.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(path.join(dir, 'report.pdf'));
    // Without poppler-utils the titles are read from the document's own XML instead.
    const content =
      text ??
      (
        await run('unzip', ['-p', docx, 'word/document.xml'], { maxBuffer: 50 * 1024 * 1024 })
      ).stdout.replace(/<[^>]+>/g, ' ');
    const all = words(content);
    for (const table of reportTables(report)) expect(all).toContain(words(table.title));
    for (const sentence of report.summary.slice(0, 3)) expect(all).toContain(words(sentence));
    // The other records' tables carry their rows, and the summary speaks of them.
    expect(all).toContain('XX listened to us and helped us stay together.');
    // The learning table's six columns wrap its words over lines: its due date stays whole.
    expect(all).toContain('2022-02-28');
    expect(all).toContain('17072');
    expect(all).toContain(words('The Ombudsman decided 1 case.'));
    expect(all).toContain('Chart: Statutory complaints completed by year and stage');
  }, 180_000);

  it('writes a spreadsheet with a summary and a sheet per table', async () => {
    const workbook = new ExcelJS.Workbook();
    const xlsx = await reportToXlsx(report);
    // exceljs declares the older Buffer type; the bytes are the same.
    await workbook.xlsx.load(xlsx as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const tables = reportTables(report);
    expect(workbook.worksheets).toHaveLength(tables.length + 1);
    expect(workbook.worksheets[0]?.getCell('A4').value).toBe(report.summary[0]);
    tables.forEach((table, i) => {
      const sheet = workbook.worksheets[i + 1];
      expect(sheet?.getCell('A1').value).toBe(table.title);
    });
    const teams = workbook.worksheets.find((s) => s.name.includes('stage1-teams'));
    const values = teams
      ?.getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
    expect(values).toContainEqual(['Children Looked After (CLA)', 'Future First', 3, 3, 2, 5, 13]);
  });

  it('counts the other records of the year beside the complaints', () => {
    expect(report.compliments.received).toBe(1);
    expect(report.ombudsman.remedies).toEqual({
      apologies: 0,
      payments: 1,
      paymentsTotalPence: 100_000,
      serviceImprovements: 0,
    });
    // 85 stage 1 complaints received against 17,072 contacts (Wandsworth 2021-22 §6.8): 4.98 per 1,000.
    expect(report.statutory.stage1.received).toBe(85);
    expect(report.context.complaintsPerThousandContacts).toBe(5);
    expect(report.learningActions.map((a) => a.issue)).toEqual(['Delay in assessment']);
  });

  it('writes a CSV file per table, with an index', () => {
    const files = reportToCsvFiles(report);
    const tables = reportTables(report);
    expect(files).toHaveLength(tables.length + 1);
    expect(files[0]?.name).toBe('00-index.csv');
    const teams = files.find((f) => f.name.endsWith('stage1-teams.csv'));
    expect(teams?.content.split('\r\n')[0]).toBe(
      '\uFEFFService area,Team,Q1 Apr-Jun,Q2 Jul-Sep,Q3 Oct-Dec,Q4 Jan-Mar,Total',
    );
    expect(teams?.content).toContain('\r\nTotal,,16,20,10,22,68\r\n');
    expect(teams?.content).toContain('\r\n"Advice, Support and Help Service",MASH,2,0,0,1,3\r\n');
    expect(files.find((f) => f.name.endsWith('-stage1-issues.csv'))?.content).toContain(
      '\r\nAssessment: Quality and/or process,4,1,1,3,9,7\r\n',
    );
    expect(files.find((f) => f.name.endsWith('-ombudsman-remedies.csv'))?.content).toContain(
      '\r\nPayments,1,"£1,000.00"\r\n',
    );
    expect(files.find((f) => f.name.endsWith('-context.csv'))?.content).toContain(
      '\r\n"Stage 1 complaints per 1,000 contacts",5\r\n',
    );
  });
});
