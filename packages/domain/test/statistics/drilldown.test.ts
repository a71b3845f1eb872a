import { describe, expect, it } from 'vitest';
import {
  CATEGORY_OF_SUPPORT_LABELS,
  CHANNEL_LABELS,
  DRILLDOWN_CATEGORIES,
  DRILLDOWN_CHANNELS,
  assembleAnnualReport,
  computeHeadlineFigures,
  computeYearFigures,
  contextFiguresFormSchema,
  contextFiguresFormValues,
  contextFiguresInputSchema,
  describeFigure,
  drilldownFigureSchema,
  figureOfCell,
  reportTables,
  type AnnualReport,
  type ReportTable,
} from '../../src/index.js';

const none = { complaints: [], stages: [], children: [] };

/** A report with every figure zero but a team and an issue at stage 1. */
function sampleReport(): AnnualReport {
  const figures = computeYearFigures(none, 2021);
  figures.statutory.stage1.byTeam.push({
    serviceArea: 'Children in care',
    team: 'Fostering',
    byQuarter: [1, 0, 2, 0],
  });
  figures.statutory.stage1.byPrincipalIssue.push({
    issue: 'Communication',
    byQuarter: [1, 0, 2, 0],
    upheldOrPartly: 2,
  });
  return assembleAnnualReport({
    authority: { code: 'WBC', name: 'Westbridge' },
    figures,
    previous: [computeHeadlineFigures(none, 2020), computeHeadlineFigures(none, 2019)],
    asOf: '2022-05-01',
  });
}

function table(report: AnnualReport, id: string): ReportTable {
  const found = reportTables(report).find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

describe('drill-down figures', () => {
  const report = sampleReport();

  it('names the figure of each number cell, and none for labels, percentages and totals', () => {
    const byYear = table(report, 'by-year');
    // Columns: stage, 2019-20 completed, received, 2020-21 completed, received, 2021-22 ...
    expect(figureOfCell(report, byYear, 0, 1)).toEqual({
      year: 2019,
      figure: { procedure: 'statutory', stage: 1, measure: 'completed' },
    });
    expect(figureOfCell(report, byYear, 1, 6)).toEqual({
      year: 2021,
      figure: { procedure: 'statutory', stage: 2, measure: 'received' },
    });
    expect(figureOfCell(report, byYear, 0, 0)).toBeNull();
    expect(figureOfCell(report, byYear, 3, 1)).toBeNull();

    expect(figureOfCell(report, table(report, 'by-quarter'), 2, 4)?.figure).toEqual({
      procedure: 'statutory',
      stage: 3,
      measure: 'completedInQuarter',
      quarter: 4,
    });
    const outcomes = table(report, 'outcomes');
    expect(figureOfCell(report, outcomes, 1, 3)?.figure).toEqual({
      procedure: 'statutory',
      stage: 2,
      measure: 'outcome',
      outcome: 'partlyUpheld',
    });
    // The percentage beside it links nowhere.
    expect(figureOfCell(report, outcomes, 1, 4)).toBeNull();
    const timeliness = table(report, 'timeliness');
    expect(figureOfCell(report, timeliness, 0, 3)).toBeNull();
    expect(figureOfCell(report, timeliness, 0, 6)?.figure).toMatchObject({
      measure: 'lateBand',
      band: 'over30',
    });
    expect(figureOfCell(report, table(report, 'escalation'), 2, 2)?.figure).toEqual({
      procedure: 'corporate',
      stage: 1,
      measure: 'escalated',
    });
    expect(figureOfCell(report, table(report, 'equalities-age'), 0, 1)).toBeNull();
  });

  it('links team and issue rows to their team and issue, and the totals to the stage', () => {
    const teams = table(report, 'stage1-teams');
    expect(figureOfCell(report, teams, 0, 4)?.figure).toEqual({
      procedure: 'statutory',
      stage: 1,
      measure: 'team',
      serviceArea: 'Children in care',
      team: 'Fostering',
      quarter: 3,
    });
    expect(figureOfCell(report, teams, 1, 6)?.figure).toEqual({
      procedure: 'statutory',
      stage: 1,
      measure: 'completed',
    });
    const issues = table(report, 'stage1-issues');
    expect(figureOfCell(report, issues, 0, 6)?.figure).toEqual({
      procedure: 'statutory',
      stage: 1,
      measure: 'issue',
      issue: 'Communication',
      upheldOrPartly: true,
    });
    expect(figureOfCell(report, issues, 1, 6)).toBeNull();
  });

  it('links who complained, the category of support and the channel to their complaints', () => {
    // The rows of these tables follow the report's labels; the figures must follow the same order.
    expect(DRILLDOWN_CATEGORIES).toEqual(Object.keys(CATEGORY_OF_SUPPORT_LABELS));
    expect(DRILLDOWN_CHANNELS).toEqual(Object.keys(CHANNEL_LABELS));
    expect(figureOfCell(report, table(report, 'complainants'), 1, 2)?.figure).toEqual({
      procedure: 'statutory',
      stage: 2,
      measure: 'complainant',
      complainant: 'parentCarer',
    });
    const category = table(report, 'category-of-support');
    expect(figureOfCell(report, category, 1, 1)?.figure).toEqual({
      procedure: 'statutory',
      stage: 1,
      measure: 'categoryOfSupport',
      category: 'careLeaver',
    });
    expect(figureOfCell(report, category, 1, 2)).toBeNull();
    expect(figureOfCell(report, category, DRILLDOWN_CATEGORIES.length, 1)?.figure).toEqual({
      procedure: 'statutory',
      stage: 1,
      measure: 'completed',
    });
    expect(
      figureOfCell(report, table(report, 'young-people-category'), 0, 1)?.figure,
    ).toMatchObject({ measure: 'categoryOfSupport', youngPeopleOnly: true });
    const channels = table(report, 'channels');
    expect(figureOfCell(report, channels, 4, 1)?.figure).toEqual({
      procedure: 'statutory',
      stage: 1,
      measure: 'channel',
      channel: 'inPerson',
    });
    expect(figureOfCell(report, channels, DRILLDOWN_CHANNELS.length, 1)?.figure).toEqual({
      procedure: 'statutory',
      stage: 1,
      measure: 'received',
    });
    expect(
      describeFigure(
        { procedure: 'statutory', stage: 1, measure: 'channel', channel: 'inPerson' },
        '2021-22',
      ),
    ).toBe('Stage 1 complaints received, how they arrived: In person (2021-22)');
  });

  it('keeps to the stages each procedure has', () => {
    expect(
      drilldownFigureSchema.safeParse({ procedure: 'corporate', stage: 3, measure: 'received' })
        .success,
    ).toBe(false);
    expect(
      drilldownFigureSchema.safeParse({ procedure: 'statutory', stage: 3, measure: 'received' })
        .success,
    ).toBe(true);
    expect(
      drilldownFigureSchema.safeParse({
        procedure: 'statutory',
        stage: 1,
        measure: 'completedInQuarter',
        quarter: 5,
      }).success,
    ).toBe(false);
  });

  it('says what a figure counts', () => {
    expect(
      describeFigure(
        { procedure: 'statutory', stage: 1, measure: 'completedInQuarter', quarter: 1 },
        '2021-22',
      ),
    ).toBe('Stage 1 complaints completed in April to June (2021-22)');
    expect(
      describeFigure(
        { procedure: 'corporate', stage: 2, measure: 'lateBand', band: 'upTo30' },
        '2021-22',
      ),
    ).toBe('Corporate stage 2 complaints answered 11 to 30 working days late (2021-22)');
  });
});

describe('context figures form (Wandsworth 2021-22 §6.8)', () => {
  it('reads what staff type: commas allowed, blank for not recorded', () => {
    expect(
      contextFiguresFormSchema.parse({
        contacts: '11,893',
        referrals: ' 3201 ',
        assessments: '',
        section47Enquiries: '0',
      }),
    ).toEqual({ contacts: 11893, referrals: 3201, assessments: null, section47Enquiries: 0 });
  });

  it('refuses what is not a whole number, in words for the field', () => {
    const result = contextFiguresFormSchema.safeParse({
      contacts: '12.5',
      referrals: '-3',
      assessments: '99999999',
      section47Enquiries: 'lots',
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(messages).toEqual([
      'contacts: Contacts must be a whole number, like 11893',
      'referrals: Referrals must be a whole number, like 11893',
      'assessments: Assessments must be 10,000,000 or fewer',
      'section47Enquiries: Section 47 enquiries must be a whole number, like 11893',
    ]);
    expect(
      contextFiguresInputSchema.safeParse({
        contacts: -1,
        referrals: null,
        assessments: null,
        section47Enquiries: null,
      }).success,
    ).toBe(false);
  });

  it('fills the form from stored figures', () => {
    expect(
      contextFiguresFormValues({
        contacts: 11893,
        referrals: null,
        assessments: 0,
        section47Enquiries: null,
      }),
    ).toEqual({ contacts: '11893', referrals: '', assessments: '0', section47Enquiries: '' });
  });
});
