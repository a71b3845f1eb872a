/**
 * The report's sections beyond the complaint stages, from the demo records: counted by the day that
 * puts each record in the year (statistics/report-contract.ts), the same in SQL as from the plain
 * records, and shown in the summary.
 */
import {
  annualReportSchema,
  assembleAnnualReport,
  computeHeadlineFigures,
  computeSectionFigures,
  computeYearFigures,
  financialYearOf,
  sectionHeadlineOf,
  type AnnualReport,
} from '@heard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  findAuthorityByCode,
  getContextFigures,
  insertCompliment,
  loadReportRecords,
  loadSectionRecords,
  saveContextFigures,
  schema,
  seedDemoData,
  setLearningStatus,
  type Authority,
  type DatabaseHandle,
} from '../../src/index.js';
import { openTestDatabase, testEngines } from '../../src/testing.js';

const TODAY = '2026-11-20';
const YEAR = financialYearOf(TODAY);

describe.each(testEngines())('annual report: the other records on %s', (engine) => {
  let handle: DatabaseHandle;
  let westbridge: Authority;
  let report: AnnualReport;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    await seedDemoData(handle.db, { today: TODAY, hashPassword: () => Promise.resolve('x') });
    const found = await findAuthorityByCode(handle.db, 'WBC');
    if (!found) throw new Error('demo authority missing');
    westbridge = found;
    const staffId = (await getContextFigures(handle.db, westbridge.id, YEAR))?.updatedBy ?? null;
    // Last year: a compliment for the comparison, and a learning action still open at this year's
    // start (listed) beside one done before it (not listed) and one cancelled (never listed).
    await insertCompliment(handle.db, {
      authorityId: westbridge.id,
      receivedOn: '2025-06-02',
      fromType: 'young_person',
      teams: ['Children in Care Team'],
      words: 'Thank you for helping me move.',
      source: 'staff',
      loggedBy: null,
    });
    const lastYear = async (issue: string) => {
      const [row] = await handle.db
        .insert(schema.learningActions)
        .values({
          authorityId: westbridge.id,
          issue,
          lesson: 'Lesson',
          action: 'Action',
          owningTeam: 'Fostering Team',
          responsibleStaffId: staffId ?? '',
          dueOn: '2026-02-27',
          createdAt: new Date('2025-09-01T09:00:00Z'),
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    };
    await lastYear('Still open from last year');
    const done = await lastYear('Done last year');
    await setLearningStatus(handle.db, westbridge.id, done.id, {
      status: 'done',
      doneOn: '2026-03-02',
      cancelledOn: null,
      cancelledReason: null,
    });
    const cancelled = await lastYear('Cancelled last year');
    await setLearningStatus(handle.db, westbridge.id, cancelled.id, {
      status: 'cancelled',
      doneOn: null,
      cancelledOn: '2026-01-12',
      cancelledReason: 'Covered by another action',
    });
    report = await buildAnnualReport(handle.db, westbridge, YEAR, TODAY);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('counts compliments received in the year, by team, quoting only approved words', () => {
    expect(annualReportSchema.parse(report)).toEqual(report);
    expect(report.compliments.received).toBe(4);
    expect(report.compliments.byTeam.map((row) => [row.serviceArea, row.team, row.total])).toEqual(
      expect.arrayContaining([
        ['Not recorded', 'Not recorded', 1],
        ['Children in care', 'Fostering', 1],
        ['Care leavers', 'Leaving Care', 1],
        ['Family support', 'Assessment and Intervention', 1],
      ]),
    );
    expect(report.compliments.quotes).toEqual([
      'XX has made a huge difference to XX life, supporting our family unit. For this we are forever grateful.',
    ]);
  });

  it('counts comments, enquiries, Ombudsman decisions and remedies', () => {
    expect(report.comments).toEqual({ received: 3, responded: 1 });
    expect(report.enquiries).toEqual({ received: 3, memberEnquiries: 2 });
    expect(report.ombudsman).toEqual({
      decided: 1,
      decisions: {
        upheldFaultAndInjustice: 1,
        upheldFaultNoInjustice: 0,
        notUpheld: 0,
        closedAfterInitialEnquiries: 0,
      },
      publicInterestReports: 0,
      remedies: { apologies: 1, payments: 1, paymentsTotalPence: 60_000, serviceImprovements: 1 },
    });
  });

  it('lists learning raised in the year and learning still open from before it', () => {
    const issues = report.learningActions.map((a) => a.issue);
    expect(issues).toHaveLength(4);
    expect(issues).toContain('Still open from last year');
    expect(issues).not.toContain('Done last year');
    expect(issues).not.toContain('Cancelled last year');
    expect(report.learningActions.filter((a) => a.done)).toHaveLength(1);
    const due = report.learningActions.map((a) => a.dueOn ?? '');
    expect(due).toEqual([...due].sort());
  });

  it('sets stage 1 complaints against the contacts recorded for the year', async () => {
    expect(report.context.contacts).toBe(16_480);
    const received = report.statutory.stage1.received;
    expect(report.context.complaintsPerThousandContacts).toBe(
      Math.round((received / 16_480) * 10_000) / 10,
    );
    await saveContextFigures(handle.db, {
      authorityId: westbridge.id,
      year: YEAR,
      figures: { contacts: null, referrals: 2_130, assessments: null, section47Enquiries: null },
      staffId: null,
    });
    const without = await buildAnnualReport(handle.db, westbridge, YEAR, TODAY);
    expect(without.context).toEqual({
      contacts: null,
      referrals: 2_130,
      assessments: null,
      section47Enquiries: null,
      complaintsPerThousandContacts: null,
    });
  });

  it('says how compliments and Ombudsman decisions compare with last year', () => {
    expect(report.summary).toContain(
      '4 compliments were received across 4 teams, up 300% from 1 in 2025-26.',
    );
    expect(report.summary).toContain('The Ombudsman decided 1 case.');
    expect(report.summary).toContain('It found fault in 100% (1) of them.');
    expect(report.summary).toContain('1 payment totalling £600.00 was agreed as remedies.');
  });

  it('gives the same sections from SQL as from the plain records', async () => {
    const fromSql = await buildAnnualReport(handle.db, westbridge, YEAR, TODAY);
    const records = await loadReportRecords(handle.db, westbridge.id);
    const others = await loadSectionRecords(handle.db, westbridge.id);
    const context = await getContextFigures(handle.db, westbridge.id, YEAR);
    const fromRecords = assembleAnnualReport({
      authority: westbridge,
      figures: computeYearFigures(records, YEAR),
      previous: [
        computeHeadlineFigures(records, YEAR - 1),
        computeHeadlineFigures(records, YEAR - 2),
      ],
      asOf: TODAY,
      sections: computeSectionFigures(others, records, YEAR),
      context: context?.figures ?? null,
      previousSections: sectionHeadlineOf(
        YEAR - 1,
        computeSectionFigures(others, records, YEAR - 1),
      ),
    });
    const sections = (r: AnnualReport) =>
      JSON.stringify([
        r.compliments,
        r.comments,
        r.enquiries,
        r.ombudsman,
        r.learningActions,
        r.context,
        r.delays,
        r.costs,
        r.summary.slice(-4),
      ]);
    expect(sections(fromSql)).toBe(sections(fromRecords));
  });
});
