/**
 * Turns the counts of a year (from SQL or from plain records) into the report: percentages, the
 * order of tables, the years beside, and the summary sentences. The same function serves both
 * sources, so they can differ only in what they count.
 */
import { financialYear, percentOf } from './financial-year.js';
import type {
  HeadlineFigures,
  HeadlineStageFigures,
  StageFigures,
  YearFigures,
} from './figures.js';
import type {
  AnnualReport,
  ContextFigures,
  Headline,
  LearningActionRow,
  StageReport,
} from './report-contract.js';
import { emptySectionFigures, type SectionFigures } from './sections.js';
import { summarySentences, type SectionHeadline } from './sentences.js';

/** Code-unit order: the same in every runtime and database collation. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Service areas by size, then their teams by size, as Wandsworth 2021-22 table 3 lists them. */
function sortByArea<T extends { serviceArea: string; team: string; total: number }>(
  rows: T[],
): T[] {
  const areaTotals = new Map<string, number>();
  for (const row of rows) {
    areaTotals.set(row.serviceArea, (areaTotals.get(row.serviceArea) ?? 0) + row.total);
  }
  return rows.sort(
    (a, b) =>
      (areaTotals.get(b.serviceArea) ?? 0) - (areaTotals.get(a.serviceArea) ?? 0) ||
      compareText(a.serviceArea, b.serviceArea) ||
      b.total - a.total ||
      compareText(a.team, b.team),
  );
}

function stageReport(f: StageFigures): StageReport {
  const byTeamRows = sortByArea(
    f.byTeam.map((row) => ({
      ...row,
      byQuarter: [...row.byQuarter] as typeof row.byQuarter,
      total: sum(row.byQuarter),
    })),
  );
  const byPrincipalIssue = f.byPrincipalIssue
    .map((row) => ({
      issue: row.issue,
      byQuarter: [...row.byQuarter] as typeof row.byQuarter,
      total: sum(row.byQuarter),
      upheldOrPartly: row.upheldOrPartly,
    }))
    .sort((a, b) => b.total - a.total || compareText(a.issue, b.issue));
  const allIssues = f.allIssues
    .map((row) => ({ ...row }))
    .sort((a, b) => b.total - a.total || compareText(a.issue, b.issue));
  return {
    received: f.received,
    completed: f.completed,
    completedByQuarter: [...f.completedByQuarter],
    carriedIn: f.carriedIn,
    openAtYearEnd: f.openAtYearEnd,
    outcomes: { ...f.outcomes },
    upheldOrPartlyPercent: percentOf(f.outcomes.upheld + f.outcomes.partlyUpheld, f.completed),
    timeliness: {
      assessed: f.assessed,
      onTime: f.onTime,
      onTimePercent: percentOf(f.onTime, f.assessed),
      lateBy: { upTo10: f.lateUpTo10, upTo30: f.lateUpTo30, over30: f.lateOver30 },
    },
    byTeam: byTeamRows,
    byPrincipalIssue,
    allIssues,
    byComplainant: { ...f.byComplainant },
  };
}

function headlineStage(f: HeadlineStageFigures): Headline['statutory']['stage1'] {
  return { ...f, onTimePercent: percentOf(f.onTime, f.assessed) };
}

export function headlineReport(h: HeadlineFigures): Headline {
  return {
    year: h.year,
    label: financialYear(h.year).label,
    statutory: {
      stage1: headlineStage(h.statutory.stage1),
      stage2: headlineStage(h.statutory.stage2),
      stage3: headlineStage(h.statutory.stage3),
    },
    corporate: {
      stage1: headlineStage(h.corporate.stage1),
      stage2: headlineStage(h.corporate.stage2),
    },
  };
}

function escalationRate(f: StageFigures) {
  return {
    completed: f.assessed,
    escalated: f.escalated,
    percent: percentOf(f.escalated, f.assessed),
  };
}

/** Learning actions by due date, then by what they are, so both sources list them alike. */
function compareLearningActions(a: LearningActionRow, b: LearningActionRow): number {
  return (
    compareText(a.dueOn ?? '', b.dueOn ?? '') ||
    compareText(a.issue, b.issue) ||
    compareText(a.action, b.action) ||
    compareText(a.owner, b.owner) ||
    compareText(a.lesson, b.lesson) ||
    Number(a.done) - Number(b.done)
  );
}

/**
 * Statutory stage 1 complaints received per 1,000 contacts, to one decimal place rounded half up
 * (Wandsworth 2021-22 §6.8 sets the 68 stage 1 complaints against 17,072 contacts: 4.0). Integer arithmetic,
 * so no rounding error creeps in.
 */
export function perThousand(complaints: number, contacts: number | null): number | null {
  if (contacts === null || contacts <= 0) return null;
  return Math.floor((complaints * 20_000 + contacts) / (2 * contacts)) / 10;
}

export interface AssembleInput {
  readonly authority: { readonly code: string; readonly name: string };
  readonly figures: YearFigures;
  /** Headline figures of earlier years, most recent first. */
  readonly previous: readonly HeadlineFigures[];
  readonly asOf: string;
  /** Compliments, comments, enquiries, Ombudsman, learning, delays and costs; empty if left out. */
  readonly sections?: SectionFigures;
  /** Context figures recorded for the year; all unknown if left out. */
  readonly context?: ContextFigures | null;
  /** Last year's figures of the other records, for the summary's comparisons. */
  readonly previousSections?: SectionHeadline | null;
}

/** The whole report for a year, ready to serialise, export or check against its schema. */
export function assembleAnnualReport(input: AssembleInput): AnnualReport {
  const { figures } = input;
  const sections = input.sections ?? emptySectionFigures();
  const context = input.context ?? {
    contacts: null,
    referrals: null,
    assessments: null,
    section47Enquiries: null,
  };
  const fy = financialYear(figures.year);
  const s1 = stageReport(figures.statutory.stage1);
  const s3 = stageReport(figures.statutory.stage3);
  const report: AnnualReport = {
    contractVersion: 1,
    authority: { code: input.authority.code, name: input.authority.name },
    year: fy.year,
    label: fy.label,
    period: { from: fy.from, to: fy.to },
    asOf: input.asOf,
    statutory: {
      stage1: {
        ...s1,
        timeliness: {
          ...s1.timeliness,
          within10: figures.statutory.stage1.within10,
          within20: figures.statutory.stage1.within20,
        },
      },
      stage2: stageReport(figures.statutory.stage2),
      stage3: {
        ...s3,
        panelTimeliness: { ...figures.statutory.stage3.panel },
        responseTimeliness: { ...figures.statutory.stage3.councilResponse },
        recommendationsTimeliness: { ...figures.statutory.stage3.recommendations },
      },
    },
    corporate: {
      stage1: stageReport(figures.corporate.stage1),
      stage2: stageReport(figures.corporate.stage2),
    },
    compliments: {
      received: sections.compliments.received,
      byTeam: sortByArea(sections.compliments.byTeam.map((row) => ({ ...row }))),
      quotes: [...sections.compliments.quotes]
        .sort((a, b) => compareText(a.receivedOn, b.receivedOn) || compareText(a.words, b.words))
        .map((quote) => quote.words),
    },
    comments: { ...sections.comments },
    enquiries: { ...sections.enquiries },
    ombudsman: {
      decided: sections.ombudsman.decided,
      decisions: { ...sections.ombudsman.decisions },
      publicInterestReports: sections.ombudsman.publicInterestReports,
      remedies: { ...sections.ombudsman.remedies },
    },
    learningActions: sections.learningActions
      .map((action) => ({ ...action }))
      .sort(compareLearningActions),
    context: {
      contacts: context.contacts,
      referrals: context.referrals,
      assessments: context.assessments,
      section47Enquiries: context.section47Enquiries,
      complaintsPerThousandContacts: perThousand(
        figures.statutory.stage1.received,
        context.contacts,
      ),
    },
    escalation: {
      statutoryStage1ToStage2: escalationRate(figures.statutory.stage1),
      statutoryStage2ToStage3: escalationRate(figures.statutory.stage2),
      corporateStage1ToStage2: escalationRate(figures.corporate.stage1),
    },
    youngPeople: {
      complaints: figures.youngPeople.complaints,
      percentOfStage1: percentOf(
        figures.youngPeople.complaints,
        figures.statutory.stage1.completed,
      ),
      escalatedToStage2: figures.youngPeople.escalatedToStage2,
      escalatedToStage3: figures.youngPeople.escalatedToStage3,
      categoryOfSupport: { ...figures.youngPeople.categoryOfSupport },
      gender: { ...figures.youngPeople.gender },
      ageBands: { ...figures.youngPeople.ageBands },
    },
    categoryOfSupport: { ...figures.categoryOfSupport },
    equalities: {
      complaints: figures.equalities.complaints,
      children: figures.equalities.children,
      ageBands: { ...figures.equalities.ageBands },
      gender: { ...figures.equalities.gender },
      ethnicity: { ...figures.equalities.ethnicity },
      disability: { ...figures.equalities.disability },
    },
    channels: { ...figures.channels },
    delays: { ...sections.delays },
    costs: { ...sections.costs },
    previousYears: input.previous.map(headlineReport),
    summary: [],
  };
  report.summary = summarySentences(report, input.previousSections ?? null);
  return report;
}
