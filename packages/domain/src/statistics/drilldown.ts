/**
 * Drill-down: which complaints stand behind a figure of the annual report. A figure is named by a
 * small typed key (the stage it counts and what it measures), which the report's screen attaches
 * to the cells of its tables and the database turns back into the list of complaints, by the same
 * counting rules as the figure itself (report-contract.ts; Wandsworth 2021-22 §4.11, 4.12, 6.5, 11.1).
 */
import { z } from 'zod';
import type { AnnualReport, StageReport } from './report-contract.js';
import { CATEGORY_OF_SUPPORT_LABELS, CHANNEL_LABELS, type ReportTable } from './tables.js';

export const DRILLDOWN_PROCEDURES = ['statutory', 'corporate'] as const;
export type DrilldownProcedure = (typeof DRILLDOWN_PROCEDURES)[number];

/** The stages each procedure has: three statutory (SI 2006/1738), two corporate. */
export const STAGES_OF_PROCEDURE: Record<DrilldownProcedure, readonly (1 | 2 | 3)[]> = {
  statutory: [1, 2, 3],
  corporate: [1, 2],
};

/** Outcomes of a completed stage, as the contract counts them (`stageOutcomesSchema`). */
export const DRILLDOWN_OUTCOMES = [
  'upheld',
  'partlyUpheld',
  'notUpheld',
  'withdrawn',
  'notRecorded',
  'escalatedUnanswered',
] as const;
export type DrilldownOutcome = (typeof DRILLDOWN_OUTCOMES)[number];

/** Lateness in working days past the deadline that applied: 1-10, 11-30, over 30. */
export const LATE_BANDS = ['upTo10', 'upTo30', 'over30'] as const;
export type LateBand = (typeof LATE_BANDS)[number];

/** Who made a complaint, as `byComplainant` counts them (`COMPLAINANT_KEYS`). */
export const DRILLDOWN_COMPLAINANTS = ['youngPerson', 'parentCarer', 'advocate', 'other'] as const;
export type DrilldownComplainant = (typeof DRILLDOWN_COMPLAINANTS)[number];

/** Categories of support as the report counts them, `notRecorded` for none (Wandsworth 2021-22 table 6). */
export const DRILLDOWN_CATEGORIES = [
  'childLookedAfter',
  'careLeaver',
  'childInNeed',
  'childProtection',
  'referralAssessment',
  'other',
  'notRecorded',
] as const;
export type DrilldownCategory = (typeof DRILLDOWN_CATEGORIES)[number];

/** How complaints arrived, as `channels` counts them. */
export const DRILLDOWN_CHANNELS = [
  'letter',
  'email',
  'form',
  'telephone',
  'inPerson',
  'online',
  'app',
  'notRecorded',
] as const;
export type DrilldownChannel = (typeof DRILLDOWN_CHANNELS)[number];

/** Quarters of the financial year, 1 (April-June) to 4 (January-March). */
const quarter = z.number().int().min(1).max(4);
/** A team, service area or issue as recorded; `Not recorded` for none. */
const recordedName = z.string().trim().min(1).max(200);

const stageKey = {
  procedure: z.enum(DRILLDOWN_PROCEDURES),
  stage: z.number().int().min(1).max(3),
};

/**
 * A figure of one stage of one procedure:
 * - `received`: the stage began in the year; `completed`: it ended in the year (answered,
 *   withdrawn, or taken to the next stage unanswered); `carriedIn`, `openAtYearEnd`.
 * - `completedInQuarter`: completed in that quarter of the year.
 * - `outcome`: completed with that outcome.
 * - `assessed`: completed and not withdrawn (the timeliness base); `onTime`; `late` (any band);
 *   `lateBand`.
 * - `escalated`: completed, not withdrawn, and taken to the next stage.
 * - `team`: completed, by service area and team (and quarter); `issue`: completed, by principal
 *   issue (and quarter), optionally only those upheld or partly upheld.
 * - `complainant`: completed, made by that kind of complainant.
 * - `categoryOfSupport`: completed, by the category of support, optionally only those made by
 *   young people; `channel`: received, by how the complaint arrived.
 */
export const drilldownFigureSchema = z
  .discriminatedUnion('measure', [
    z.object({ ...stageKey, measure: z.literal('received') }),
    z.object({ ...stageKey, measure: z.literal('completed') }),
    z.object({ ...stageKey, measure: z.literal('carriedIn') }),
    z.object({ ...stageKey, measure: z.literal('openAtYearEnd') }),
    z.object({ ...stageKey, measure: z.literal('completedInQuarter'), quarter }),
    z.object({ ...stageKey, measure: z.literal('outcome'), outcome: z.enum(DRILLDOWN_OUTCOMES) }),
    z.object({ ...stageKey, measure: z.literal('assessed') }),
    z.object({ ...stageKey, measure: z.literal('onTime') }),
    z.object({ ...stageKey, measure: z.literal('late') }),
    z.object({ ...stageKey, measure: z.literal('lateBand'), band: z.enum(LATE_BANDS) }),
    z.object({ ...stageKey, measure: z.literal('escalated') }),
    z.object({
      ...stageKey,
      measure: z.literal('team'),
      serviceArea: recordedName,
      team: recordedName,
      quarter: quarter.optional(),
    }),
    z.object({
      ...stageKey,
      measure: z.literal('issue'),
      issue: recordedName,
      quarter: quarter.optional(),
      upheldOrPartly: z.boolean().optional(),
    }),
    z.object({
      ...stageKey,
      measure: z.literal('complainant'),
      complainant: z.enum(DRILLDOWN_COMPLAINANTS),
    }),
    z.object({
      ...stageKey,
      measure: z.literal('categoryOfSupport'),
      category: z.enum(DRILLDOWN_CATEGORIES),
      youngPeopleOnly: z.boolean().optional(),
    }),
    z.object({ ...stageKey, measure: z.literal('channel'), channel: z.enum(DRILLDOWN_CHANNELS) }),
  ])
  .refine((f) => STAGES_OF_PROCEDURE[f.procedure].some((s) => s === f.stage), {
    message: 'The corporate procedure has two stages',
    path: ['stage'],
  });

export type DrilldownFigure = z.infer<typeof drilldownFigureSchema>;
export type DrilldownMeasure = DrilldownFigure['measure'];

/** A figure of a given year: cells of earlier years' columns drill into those years. */
export interface FigureLink {
  readonly year: number;
  readonly figure: DrilldownFigure;
}

const QUARTER_NUMBERS = [1, 2, 3, 4] as const;

function stageWords(procedure: DrilldownProcedure, stage: number): string {
  return procedure === 'statutory'
    ? `Stage ${String(stage)} complaints`
    : `Corporate stage ${String(stage)} complaints`;
}

const OUTCOME_WORDS: Record<DrilldownOutcome, string> = {
  upheld: 'upheld',
  partlyUpheld: 'partly upheld',
  notUpheld: 'not upheld',
  withdrawn: 'withdrawn',
  notRecorded: 'answered with no outcome recorded',
  escalatedUnanswered: 'taken to the next stage unanswered',
};

const LATE_WORDS: Record<LateBand, string> = {
  upTo10: 'answered 1 to 10 working days late',
  upTo30: 'answered 11 to 30 working days late',
  over30: 'answered over 30 working days late',
};

const COMPLAINANT_WORDS: Record<DrilldownComplainant, string> = {
  youngPerson: 'young people',
  parentCarer: 'parents or carers',
  advocate: 'advocates',
  other: 'other people',
};

const QUARTER_WORDS = [
  'April to June',
  'July to September',
  'October to December',
  'January to March',
];

function inQuarter(q: number | undefined): string {
  return q === undefined ? '' : ` in ${QUARTER_WORDS[q - 1] ?? ''}`;
}

/** What a figure counts, as a heading: "Stage 1 complaints completed in April to June". */
export function describeFigure(figure: DrilldownFigure, yearLabel: string): string {
  const what = stageWords(figure.procedure, figure.stage);
  const year = ` (${yearLabel})`;
  switch (figure.measure) {
    case 'received':
      return `${what} received${year}`;
    case 'completed':
      return `${what} completed${year}`;
    case 'carriedIn':
      return `${what} carried into ${yearLabel}`;
    case 'openAtYearEnd':
      return `${what} open at the end of ${yearLabel}`;
    case 'completedInQuarter':
      return `${what} completed${inQuarter(figure.quarter)}${year}`;
    case 'outcome':
      return `${what} ${OUTCOME_WORDS[figure.outcome]}${year}`;
    case 'assessed':
      return `${what} answered (not withdrawn)${year}`;
    case 'onTime':
      return `${what} answered on time${year}`;
    case 'late':
      return `${what} answered late${year}`;
    case 'lateBand':
      return `${what} ${LATE_WORDS[figure.band]}${year}`;
    case 'escalated':
      return `${what} taken to the next stage${year}`;
    case 'team':
      return `${what} completed by ${figure.team} (${figure.serviceArea})${inQuarter(figure.quarter)}${year}`;
    case 'issue':
      return `${what} completed about ${figure.issue}${figure.upheldOrPartly ? ', upheld or partly upheld' : ''}${inQuarter(figure.quarter)}${year}`;
    case 'complainant':
      return `${what} completed, made by ${COMPLAINANT_WORDS[figure.complainant]}${year}`;
    case 'categoryOfSupport':
      return `${what} completed${figure.youngPeopleOnly ? ' made by young people' : ''}, category of support: ${CATEGORY_OF_SUPPORT_LABELS[figure.category]}${year}`;
    case 'channel':
      return `${what} received, how they arrived: ${CHANNEL_LABELS[figure.channel]}${year}`;
  }
}

type StageSlot = readonly [DrilldownProcedure, 1 | 2 | 3];
const STATUTORY_STAGES: readonly StageSlot[] = [
  ['statutory', 1],
  ['statutory', 2],
  ['statutory', 3],
];

function stageReportOf(report: AnnualReport, [procedure, stage]: StageSlot): StageReport {
  if (procedure === 'corporate')
    return stage === 1 ? report.corporate.stage1 : report.corporate.stage2;
  return stage === 1
    ? report.statutory.stage1
    : stage === 2
      ? report.statutory.stage2
      : report.statutory.stage3;
}

const TEAM_TABLES: Record<string, StageSlot> = {
  'stage1-teams': ['statutory', 1],
  'stage2-teams': ['statutory', 2],
  'stage3-teams': ['statutory', 3],
  'corporate-stage1-teams': ['corporate', 1],
  'corporate-stage2-teams': ['corporate', 2],
};

const ISSUE_TABLES: Record<string, StageSlot> = {
  'stage1-issues': ['statutory', 1],
  'stage2-issues': ['statutory', 2],
  'stage3-issues': ['statutory', 3],
};

const OUTCOME_ROWS: readonly DrilldownOutcome[] = [
  'upheld',
  'partlyUpheld',
  'notUpheld',
  'withdrawn',
  'notRecorded',
  'escalatedUnanswered',
];

const key = (slot: StageSlot) => ({ procedure: slot[0], stage: slot[1] });

/**
 * The figure a cell of one of `reportTables(report)` counts, or null for a label, a percentage, a
 * total across stages, or a table with no drill-down (the equalities tables count children, not
 * complaints). Column and row indexes are those of `table.rows`.
 */
export function figureOfCell(
  report: AnnualReport,
  table: ReportTable,
  row: number,
  column: number,
): FigureLink | null {
  const year = report.year;
  const cells = table.rows[row];
  if (cells === undefined || column < 1 || column >= cells.length) return null;
  if (typeof cells[column] !== 'number') return null;
  const at = (figure: DrilldownFigure, inYear = year): FigureLink => ({ year: inYear, figure });
  const statutoryStage = STATUTORY_STAGES[row];

  switch (table.id) {
    case 'by-year': {
      if (statutoryStage === undefined) return null;
      // Earlier years, oldest first, in pairs of completed and received, then this year.
      const years = [...report.previousYears].reverse().map((y) => y.year);
      years.push(year);
      const inYear = years[Math.floor((column - 1) / 2)];
      if (inYear === undefined) return null;
      const measure = (column - 1) % 2 === 0 ? 'completed' : 'received';
      return at({ ...key(statutoryStage), measure }, inYear);
    }
    case 'by-quarter': {
      if (statutoryStage === undefined) return null;
      const q = QUARTER_NUMBERS[column - 1];
      return q === undefined
        ? at({ ...key(statutoryStage), measure: 'completed' })
        : at({ ...key(statutoryStage), measure: 'completedInQuarter', quarter: q });
    }
    case 'carried-over': {
      if (statutoryStage === undefined) return null;
      const measure = (['carriedIn', 'received', 'completed', 'openAtYearEnd'] as const)[
        column - 1
      ];
      return measure === undefined ? null : at({ ...key(statutoryStage), measure });
    }
    case 'outcomes': {
      const outcome = OUTCOME_ROWS[row];
      // Columns: the outcome, then a number and a percentage for each stage.
      if (outcome === undefined || column % 2 === 0) return null;
      const slot = STATUTORY_STAGES[(column - 1) / 2];
      return slot === undefined ? null : at({ ...key(slot), measure: 'outcome', outcome });
    }
    case 'timeliness': {
      if (statutoryStage === undefined) return null;
      const k = key(statutoryStage);
      switch (column) {
        case 1:
          return at({ ...k, measure: 'assessed' });
        case 2:
          return at({ ...k, measure: 'onTime' });
        case 4:
          return at({ ...k, measure: 'lateBand', band: 'upTo10' });
        case 5:
          return at({ ...k, measure: 'lateBand', band: 'upTo30' });
        case 6:
          return at({ ...k, measure: 'lateBand', band: 'over30' });
        default:
          return null;
      }
    }
    case 'escalation': {
      const slot = (
        [
          ['statutory', 1],
          ['statutory', 2],
          ['corporate', 1],
        ] as const
      )[row];
      if (slot === undefined) return null;
      if (column === 1) return at({ ...key(slot), measure: 'assessed' });
      if (column === 2) return at({ ...key(slot), measure: 'escalated' });
      return null;
    }
    case 'complainants': {
      // Rows: the kinds of complainant; columns: the three statutory stages.
      const complainant = DRILLDOWN_COMPLAINANTS[row];
      const slot = STATUTORY_STAGES[column - 1];
      if (complainant === undefined || slot === undefined) return null;
      return at({ ...key(slot), measure: 'complainant', complainant });
    }
    case 'young-people':
      // Only the first row counts complaints of the year; the others follow them on.
      return row === 0 && column === 1
        ? at({
            procedure: 'statutory',
            stage: 1,
            measure: 'complainant',
            complainant: 'youngPerson',
          })
        : null;
    case 'category-of-support':
    case 'young-people-category': {
      if (column !== 1) return null;
      const youngPeopleOnly = table.id === 'young-people-category';
      const category = DRILLDOWN_CATEGORIES[row];
      if (category === undefined) {
        // The total: every stage 1 complaint completed (from young people, for their table).
        if (row !== DRILLDOWN_CATEGORIES.length) return null;
        return youngPeopleOnly
          ? at({
              procedure: 'statutory',
              stage: 1,
              measure: 'complainant',
              complainant: 'youngPerson',
            })
          : at({ procedure: 'statutory', stage: 1, measure: 'completed' });
      }
      return at({
        procedure: 'statutory',
        stage: 1,
        measure: 'categoryOfSupport',
        category,
        ...(youngPeopleOnly ? { youngPeopleOnly } : {}),
      });
    }
    case 'channels': {
      if (column !== 1) return null;
      const channel = DRILLDOWN_CHANNELS[row];
      if (channel === undefined) {
        return row === DRILLDOWN_CHANNELS.length
          ? at({ procedure: 'statutory', stage: 1, measure: 'received' })
          : null;
      }
      return at({ procedure: 'statutory', stage: 1, measure: 'channel', channel });
    }
    case 'corporate': {
      const slot = (
        [
          ['corporate', 1],
          ['corporate', 2],
        ] as const
      )[row];
      if (slot === undefined) return null;
      const measure = ([null, 'received', 'completed', 'assessed', 'onTime'] as const)[column];
      return measure ? at({ ...key(slot), measure }) : null;
    }
  }

  const teamSlot = TEAM_TABLES[table.id];
  if (teamSlot !== undefined) {
    const stage = stageReportOf(report, teamSlot);
    const teamRow = stage.byTeam[row];
    // Columns: service area, team, four quarters, total.
    const q = QUARTER_NUMBERS[column - 2];
    if (teamRow === undefined) {
      if (row !== stage.byTeam.length) return null;
      return q === undefined
        ? at({ ...key(teamSlot), measure: 'completed' })
        : at({ ...key(teamSlot), measure: 'completedInQuarter', quarter: q });
    }
    return at({
      ...key(teamSlot),
      measure: 'team',
      serviceArea: teamRow.serviceArea,
      team: teamRow.team,
      ...(q === undefined ? {} : { quarter: q }),
    });
  }

  const issueSlot = ISSUE_TABLES[table.id];
  if (issueSlot !== undefined) {
    const stage = stageReportOf(report, issueSlot);
    const issueRow = stage.byPrincipalIssue[row];
    // Columns: issue, four quarters, total, upheld or partly upheld.
    const q = QUARTER_NUMBERS[column - 1];
    if (issueRow === undefined) {
      if (row !== stage.byPrincipalIssue.length || column === 6) return null;
      return q === undefined
        ? at({ ...key(issueSlot), measure: 'completed' })
        : at({ ...key(issueSlot), measure: 'completedInQuarter', quarter: q });
    }
    return at({
      ...key(issueSlot),
      measure: 'issue',
      issue: issueRow.issue,
      ...(q === undefined ? {} : { quarter: q }),
      ...(column === 6 ? { upheldOrPartly: true } : {}),
    });
  }
  return null;
}
