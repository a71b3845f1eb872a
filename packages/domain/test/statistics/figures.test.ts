import { describe, expect, it } from 'vitest';
import {
  annualReportSchema,
  assembleAnnualReport,
  computeHeadlineFigures,
  computeYearFigures,
  financialYear,
  financialYearOf,
  percentOf,
  quarterIndexOf,
  reportTables,
  type ReportRecords,
  type ReportStageRecord,
} from '../../src/index.js';

describe('financial year and percentages', () => {
  it('runs from 1 April to 31 March, named by the year it starts in (Wandsworth 2021-22 table 1)', () => {
    expect(financialYear(2021)).toEqual({
      year: 2021,
      label: '2021-22',
      from: '2021-04-01',
      to: '2022-03-31',
    });
    expect(financialYear(2099).label).toBe('2099-00');
    expect(financialYearOf('2022-03-31')).toBe(2021);
    expect(financialYearOf('2022-04-01')).toBe(2022);
    expect(() => financialYear(21)).toThrow(RangeError);
  });

  it('has quarters from April (Wandsworth 2021-22 table 2)', () => {
    expect(
      ['2021-04-01', '2021-06-30', '2021-07-01', '2021-12-31', '2022-01-01', '2022-03-31'].map(
        quarterIndexOf,
      ),
    ).toEqual([0, 0, 1, 2, 3, 3]);
  });

  it('rounds percentages half up, in whole numbers (Wandsworth 2021-22 §11.2: 35 of 63 is 56%)', () => {
    expect(percentOf(35, 63)).toBe(56);
    expect(percentOf(1, 8)).toBe(13);
    expect(percentOf(1, 200)).toBe(1);
    expect(percentOf(40, 68)).toBe(59);
    expect(percentOf(0, 0)).toBeNull();
  });
});

const stage = (
  complaintId: string,
  n: 1 | 2 | 3,
  facts: Partial<ReportStageRecord>,
): ReportStageRecord => ({
  complaintId,
  procedure: 'statutory',
  stage: n,
  beganOn: '2021-05-04',
  clockStartedOn: '2021-05-04',
  dueOn: '2021-05-18',
  extended: false,
  holdWorkingDays: 0,
  respondedOn: null,
  outcome: null,
  withdrawnOn: null,
  workingDaysToRespond: null,
  workingDaysLate: null,
  panelHeldOn: null,
  panelDueOn: null,
  recommendationsOn: null,
  recommendationsDueOn: null,
  councilResponseDueOn: null,
  delayReason: null,
  independentPersonFeePence: null,
  investigatorFeePence: null,
  ...facts,
});

const complaint = (id: string, over: Partial<ReportRecords['complaints'][number]> = {}) => ({
  id,
  serviceArea: 'Children Looked After',
  team: 'Future First',
  principalIssue: 'Placement',
  otherIssues: [],
  complainantType: 'parent_carer',
  categoryOfSupport: 'child_looked_after',
  receivedVia: 'email',
  ...over,
});

describe('counting a year (domain brief, "How councils count"; Wandsworth 2021-22 §4.11, 4.12)', () => {
  const records: ReportRecords = {
    complaints: [
      complaint('a'),
      complaint('b', { team: null, principalIssue: null, complainantType: 'young_person' }),
      complaint('c'),
      complaint('d'),
      complaint('e', { otherIssues: ['Placement', 'Contact'] }),
    ],
    stages: [
      // Carried in from 2020-21 and answered late in 2021-22.
      stage('a', 1, {
        beganOn: '2021-03-20',
        respondedOn: '2021-04-20',
        outcome: 'upheld',
        workingDaysLate: 12,
        workingDaysToRespond: 22,
      }),
      // Received and answered in time.
      stage('b', 1, {
        respondedOn: '2021-05-12',
        outcome: 'partly_upheld',
        workingDaysLate: 0,
        workingDaysToRespond: 6,
      }),
      // Withdrawn: counted, not in timeliness (Wandsworth 2021-22 §4.12, 11.1).
      stage('c', 1, { withdrawnOn: '2021-05-10', outcome: 'withdrawn' }),
      // Still open at the end of the year.
      stage('d', 1, { beganOn: '2022-03-01' }),
      // Late stage 1 taken to stage 2 unanswered (Wandsworth 2021-22 §6.5).
      stage('e', 1, { beganOn: '2021-06-01', workingDaysLate: 3 }),
      stage('e', 2, { beganOn: '2021-06-21' }),
    ],
    children: [
      {
        complaintId: 'b',
        age: 17,
        gender: 'female',
        ethnicity: 'black',
        disability: 'not_disabled',
      },
      { complaintId: 'a', age: null, gender: null, ethnicity: 'unrecorded', disability: null },
    ],
  };
  const figures = computeYearFigures(records, 2021);
  const s1 = figures.statutory.stage1;

  it('counts received, completed, carried in and open at year end', () => {
    expect(s1).toMatchObject({
      received: 4,
      completed: 4,
      carriedIn: 1,
      openAtYearEnd: 1,
      completedByQuarter: [4, 0, 0, 0],
    });
    expect(figures.statutory.stage2).toMatchObject({ received: 1, completed: 0, openAtYearEnd: 1 });
    expect(s1.carriedIn + s1.received - s1.completed).toBe(s1.openAtYearEnd);
  });

  it('counts outcomes, and leaves withdrawn stages out of timeliness', () => {
    expect(s1.outcomes).toEqual({
      upheld: 1,
      partlyUpheld: 1,
      notUpheld: 0,
      withdrawn: 1,
      notRecorded: 0,
      escalatedUnanswered: 1,
    });
    expect(s1).toMatchObject({
      assessed: 3,
      onTime: 1,
      lateUpTo10: 1,
      lateUpTo30: 1,
      within10: 1,
      within20: 1,
      escalated: 1,
    });
  });

  it('shows missing names as "Not recorded", and every issue raised once per complaint', () => {
    expect(s1.byTeam).toContainEqual({
      serviceArea: 'Children Looked After',
      team: 'Not recorded',
      byQuarter: [1, 0, 0, 0],
    });
    expect(s1.byPrincipalIssue).toContainEqual({
      issue: 'Not recorded',
      byQuarter: [1, 0, 0, 0],
      upheldOrPartly: 1,
    });
    expect(s1.allIssues).toContainEqual({ issue: 'Placement', total: 3, upheldOrPartly: 1 });
    expect(s1.allIssues).toContainEqual({ issue: 'Contact', total: 1, upheldOrPartly: 0 });
  });

  it('counts young people, categories of support, equalities and channels', () => {
    expect(figures.youngPeople).toMatchObject({
      complaints: 1,
      escalatedToStage2: 0,
      gender: { female: 1 },
      ageBands: { age16to17: 1 },
    });
    expect(figures.categoryOfSupport.childLookedAfter).toBe(4);
    expect(figures.equalities).toMatchObject({
      complaints: 4,
      children: 2,
      ageBands: { age16to17: 1, notRecorded: 1 },
      ethnicity: { black: 1, otherEthnicGroup: 1 },
      disability: { notDisabled: 1, notRecorded: 1 },
    });
    expect(figures.channels.email).toBe(4);
  });

  it('assembles a report that keeps to the contract, with sentences and tables', () => {
    const report = assembleAnnualReport({
      authority: { code: 'TST', name: 'Test Council' },
      figures,
      previous: [computeHeadlineFigures(records, 2020), computeHeadlineFigures(records, 2019)],
      asOf: '2026-11-22',
    });
    expect(annualReportSchema.parse(report)).toEqual(report);
    expect(report.statutory.stage1.timeliness).toMatchObject({
      assessed: 3,
      onTime: 1,
      onTimePercent: 33,
      within10: 1,
    });
    expect(report.summary).toContain('33% (1) of stage 1 complaints were answered on time.');
    expect(report.summary[0]).toBe(
      'In 2021-22, 4 statutory complaints were completed across the three stages (4 at stage 1, 0 at stage 2 and 0 at stage 3).',
    );
    const tables = reportTables(report);
    expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
    for (const table of tables)
      for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });
});
