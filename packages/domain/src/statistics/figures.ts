/**
 * The counts behind an annual report, computed from plain records. `@heard/db` computes the same
 * counts in SQL over `complaint_stages`; both feed `assembleAnnualReport`, and a property test holds
 * them to the same answer. The counting rules are in report-contract.ts.
 */
import type { Stage } from '../procedure/types.js';
import type { Procedure } from '../schemas/events.js';
import {
  CATEGORY_OF_SUPPORT_KEYS,
  CHANNEL_KEYS,
  COMPLAINANT_KEYS,
  DISABILITY_KEYS,
  ETHNICITY_KEYS,
  GENDER_KEYS,
  ageBandOf,
  emptyAgeBands,
  emptyCategoryOfSupport,
  emptyChannels,
  emptyDisability,
  emptyEthnicity,
  emptyGender,
  keyOf,
} from './codes.js';
import { financialYear, quarterIndexOf } from './financial-year.js';
import {
  NOT_RECORDED,
  type AgeBandCounts,
  type CategoryOfSupportCounts,
  type ChannelCounts,
  type DisabilityCounts,
  type EthnicityCounts,
  type GenderCounts,
  type StageOutcomes,
} from './report-contract.js';
import type { StageFacts } from './stage-facts.js';

/** A complaint's attributes that reports count by (`complaints` columns). */
export interface ReportComplaintRecord {
  readonly id: string;
  readonly serviceArea: string | null;
  readonly team: string | null;
  readonly principalIssue: string | null;
  readonly otherIssues: readonly string[];
  readonly complainantType: string;
  readonly categoryOfSupport: string | null;
  readonly receivedVia: string | null;
}

/** A stage of a complaint (`complaint_stages` row). */
export type ReportStageRecord = StageFacts & { readonly complaintId: string };

/** A child a complaint concerns (`complaint_children` row). */
export interface ReportChildRecord {
  readonly complaintId: string;
  readonly age: number | null;
  readonly gender: string | null;
  readonly ethnicity: string | null;
  readonly disability: string | null;
}

export interface ReportRecords {
  readonly complaints: readonly ReportComplaintRecord[];
  readonly stages: readonly ReportStageRecord[];
  readonly children: readonly ReportChildRecord[];
}

export type Quarters = [number, number, number, number];

export interface OnTimeCount {
  assessed: number;
  onTime: number;
}

export interface StageFigures {
  received: number;
  completed: number;
  completedByQuarter: Quarters;
  carriedIn: number;
  openAtYearEnd: number;
  outcomes: StageOutcomes;
  /** Completed and not withdrawn. */
  assessed: number;
  onTime: number;
  lateUpTo10: number;
  lateUpTo30: number;
  lateOver30: number;
  within10: number;
  within20: number;
  /** Completed, not withdrawn, and taken to the next stage. */
  escalated: number;
  panel: OnTimeCount;
  recommendations: OnTimeCount;
  councilResponse: OnTimeCount;
  /** In no particular order: `assembleAnnualReport` sorts. */
  byTeam: { serviceArea: string; team: string; byQuarter: Quarters }[];
  byPrincipalIssue: { issue: string; byQuarter: Quarters; upheldOrPartly: number }[];
  allIssues: { issue: string; total: number; upheldOrPartly: number }[];
  byComplainant: Record<'youngPerson' | 'parentCarer' | 'advocate' | 'other', number>;
}

export interface YearFigures {
  year: number;
  statutory: { stage1: StageFigures; stage2: StageFigures; stage3: StageFigures };
  corporate: { stage1: StageFigures; stage2: StageFigures };
  youngPeople: {
    complaints: number;
    escalatedToStage2: number;
    escalatedToStage3: number;
    categoryOfSupport: CategoryOfSupportCounts;
    gender: GenderCounts;
    ageBands: AgeBandCounts;
  };
  categoryOfSupport: CategoryOfSupportCounts;
  equalities: {
    complaints: number;
    children: number;
    ageBands: AgeBandCounts;
    gender: GenderCounts;
    ethnicity: EthnicityCounts;
    disability: DisabilityCounts;
  };
  channels: ChannelCounts;
}

export interface HeadlineStageFigures {
  received: number;
  completed: number;
  assessed: number;
  onTime: number;
}

export interface HeadlineFigures {
  year: number;
  statutory: {
    stage1: HeadlineStageFigures;
    stage2: HeadlineStageFigures;
    stage3: HeadlineStageFigures;
  };
  corporate: { stage1: HeadlineStageFigures; stage2: HeadlineStageFigures };
}

/** How a stage ended, if it has. */
export type StageEnding = 'responded' | 'withdrawn' | 'escalated';

/** A stage with what counting needs from its neighbours. */
interface CountedStage {
  readonly record: ReportStageRecord;
  readonly complaint: ReportComplaintRecord | undefined;
  readonly ending: StageEnding | null;
  readonly endedOn: string | null;
  readonly hasNextStage: boolean;
}

/**
 * How a stage ended: answered; withdrawn; or, unanswered, taken to the next stage, which ends it
 * on the day the next stage began (Wandsworth 2021-22 §6.5).
 */
export function endingOf(
  record: Pick<StageFacts, 'respondedOn' | 'withdrawnOn'>,
  nextBeganOn: string | null,
): { ending: StageEnding | null; endedOn: string | null } {
  if (record.respondedOn !== null) return { ending: 'responded', endedOn: record.respondedOn };
  if (record.withdrawnOn !== null) return { ending: 'withdrawn', endedOn: record.withdrawnOn };
  if (nextBeganOn !== null) return { ending: 'escalated', endedOn: nextBeganOn };
  return { ending: null, endedOn: null };
}

const stageKey = (complaintId: string, stage: number) => `${complaintId}\u0000${String(stage)}`;

function countedStages(records: ReportRecords): CountedStage[] {
  const complaints = new Map(records.complaints.map((c) => [c.id, c]));
  const byKey = new Map(records.stages.map((s) => [stageKey(s.complaintId, s.stage), s]));
  return records.stages.map((record) => {
    const next = byKey.get(stageKey(record.complaintId, record.stage + 1));
    const { ending, endedOn } = endingOf(record, next?.beganOn ?? null);
    return {
      record,
      complaint: complaints.get(record.complaintId),
      ending,
      endedOn,
      hasNextStage: next !== undefined,
    };
  });
}

const zeroQuarters = (): Quarters => [0, 0, 0, 0];

function emptyStageFigures(): StageFigures {
  return {
    received: 0,
    completed: 0,
    completedByQuarter: zeroQuarters(),
    carriedIn: 0,
    openAtYearEnd: 0,
    outcomes: {
      upheld: 0,
      partlyUpheld: 0,
      notUpheld: 0,
      withdrawn: 0,
      notRecorded: 0,
      escalatedUnanswered: 0,
    },
    assessed: 0,
    onTime: 0,
    lateUpTo10: 0,
    lateUpTo30: 0,
    lateOver30: 0,
    within10: 0,
    within20: 0,
    escalated: 0,
    panel: { assessed: 0, onTime: 0 },
    recommendations: { assessed: 0, onTime: 0 },
    councilResponse: { assessed: 0, onTime: 0 },
    byTeam: [],
    byPrincipalIssue: [],
    allIssues: [],
    byComplainant: { youngPerson: 0, parentCarer: 0, advocate: 0, other: 0 },
  };
}

const isUpheldOrPartly = (s: CountedStage) =>
  s.ending === 'responded' &&
  (s.record.outcome === 'upheld' || s.record.outcome === 'partly_upheld');

/** The distinct issues a complaint raised; "Not recorded" when it has none. */
export function issuesOf(
  complaint: Pick<ReportComplaintRecord, 'principalIssue' | 'otherIssues'> | undefined,
): string[] {
  if (complaint === undefined) return [NOT_RECORDED];
  const issues = new Set<string>();
  if (complaint.principalIssue !== null) issues.add(complaint.principalIssue);
  for (const issue of complaint.otherIssues) issues.add(issue);
  return issues.size === 0 ? [NOT_RECORDED] : [...issues];
}

function figuresOfStage(stages: readonly CountedStage[], from: string, to: string): StageFigures {
  const f = emptyStageFigures();
  const teams = new Map<string, StageFigures['byTeam'][number]>();
  const issues = new Map<string, StageFigures['byPrincipalIssue'][number]>();
  const allIssues = new Map<string, StageFigures['allIssues'][number]>();
  for (const s of stages) {
    const { record } = s;
    // Nothing that began after the year counts in it (a stage ends after it begins).
    if (record.beganOn > to) continue;
    if (record.beganOn >= from) f.received += 1;
    if (record.beganOn < from && (s.endedOn === null || s.endedOn >= from)) f.carriedIn += 1;
    if (s.endedOn === null || s.endedOn > to) f.openAtYearEnd += 1;
    if (s.endedOn === null || s.endedOn < from || s.endedOn > to) continue;

    f.completed += 1;
    const quarter = quarterIndexOf(s.endedOn);
    f.completedByQuarter[quarter] += 1;
    const outcomeKey: keyof StageOutcomes =
      s.ending === 'withdrawn'
        ? 'withdrawn'
        : s.ending === 'escalated'
          ? 'escalatedUnanswered'
          : record.outcome === 'upheld'
            ? 'upheld'
            : record.outcome === 'partly_upheld'
              ? 'partlyUpheld'
              : record.outcome === 'not_upheld'
                ? 'notUpheld'
                : 'notRecorded';
    f.outcomes[outcomeKey] += 1;

    if (s.ending !== 'withdrawn') {
      f.assessed += 1;
      const late = record.workingDaysLate;
      if (s.ending === 'responded' && late === 0) f.onTime += 1;
      if (late !== null && late >= 1) {
        if (late <= 10) f.lateUpTo10 += 1;
        else if (late <= 30) f.lateUpTo30 += 1;
        else f.lateOver30 += 1;
      }
      const days = record.workingDaysToRespond;
      if (s.ending === 'responded' && days !== null) {
        if (days <= 10) f.within10 += 1;
        if (days <= 20) f.within20 += 1;
      }
      if (s.hasNextStage) f.escalated += 1;
      if (record.panelHeldOn !== null && record.panelDueOn !== null) {
        f.panel.assessed += 1;
        if (record.panelHeldOn <= record.panelDueOn) f.panel.onTime += 1;
      }
      if (record.recommendationsOn !== null && record.recommendationsDueOn !== null) {
        f.recommendations.assessed += 1;
        if (record.recommendationsOn <= record.recommendationsDueOn) f.recommendations.onTime += 1;
      }
      if (
        s.ending === 'responded' &&
        record.respondedOn !== null &&
        record.councilResponseDueOn !== null
      ) {
        f.councilResponse.assessed += 1;
        if (record.respondedOn <= record.councilResponseDueOn) f.councilResponse.onTime += 1;
      }
    }

    const c = s.complaint;
    const serviceArea = c?.serviceArea ?? NOT_RECORDED;
    const team = c?.team ?? NOT_RECORDED;
    const teamKey = `${serviceArea}\u0000${team}`;
    const teamRow = teams.get(teamKey) ?? { serviceArea, team, byQuarter: zeroQuarters() };
    teamRow.byQuarter[quarter] += 1;
    teams.set(teamKey, teamRow);

    const upheld = isUpheldOrPartly(s);
    const issue = c?.principalIssue ?? NOT_RECORDED;
    const issueRow = issues.get(issue) ?? { issue, byQuarter: zeroQuarters(), upheldOrPartly: 0 };
    issueRow.byQuarter[quarter] += 1;
    if (upheld) issueRow.upheldOrPartly += 1;
    issues.set(issue, issueRow);

    for (const raised of issuesOf(c)) {
      const row = allIssues.get(raised) ?? { issue: raised, total: 0, upheldOrPartly: 0 };
      row.total += 1;
      if (upheld) row.upheldOrPartly += 1;
      allIssues.set(raised, row);
    }

    f.byComplainant[keyOf(COMPLAINANT_KEYS, c?.complainantType ?? null, 'other', 'other')] += 1;
  }
  f.byTeam = [...teams.values()];
  f.byPrincipalIssue = [...issues.values()];
  f.allIssues = [...allIssues.values()];
  return f;
}

function completedIn(s: CountedStage, from: string, to: string): boolean {
  return s.record.beganOn <= to && s.endedOn !== null && s.endedOn >= from && s.endedOn <= to;
}

function ofStage(
  stages: readonly CountedStage[],
  procedure: Procedure,
  stage: Stage,
): CountedStage[] {
  return stages.filter((s) => s.record.procedure === procedure && s.record.stage === stage);
}

/** Every count of one financial year's report, from plain records. */
export function computeYearFigures(records: ReportRecords, year: number): YearFigures {
  const { from, to } = financialYear(year);
  const stages = countedStages(records);
  const statutory1 = ofStage(stages, 'statutory', 1);
  const stagesOf = new Map<string, Set<number>>();
  for (const s of records.stages) {
    const set = stagesOf.get(s.complaintId) ?? new Set<number>();
    set.add(s.stage);
    stagesOf.set(s.complaintId, set);
  }
  const childrenOf = new Map<string, ReportChildRecord[]>();
  for (const child of records.children) {
    const list = childrenOf.get(child.complaintId) ?? [];
    list.push(child);
    childrenOf.set(child.complaintId, list);
  }

  const completedStage1 = statutory1.filter((s) => completedIn(s, from, to));
  const categoryOfSupport = emptyCategoryOfSupport();
  const equalities = {
    complaints: completedStage1.length,
    children: 0,
    ageBands: emptyAgeBands(),
    gender: emptyGender(),
    ethnicity: emptyEthnicity(),
    disability: emptyDisability(),
  };
  const youngPeople = {
    complaints: 0,
    escalatedToStage2: 0,
    escalatedToStage3: 0,
    categoryOfSupport: emptyCategoryOfSupport(),
    gender: emptyGender(),
    ageBands: emptyAgeBands(),
  };
  for (const s of completedStage1) {
    const category = keyOf(
      CATEGORY_OF_SUPPORT_KEYS,
      s.complaint?.categoryOfSupport ?? null,
      'other',
      'notRecorded',
    );
    categoryOfSupport[category] += 1;
    const children = childrenOf.get(s.record.complaintId) ?? [];
    for (const child of children) {
      equalities.children += 1;
      equalities.ageBands[ageBandOf(child.age)] += 1;
      equalities.gender[keyOf(GENDER_KEYS, child.gender, 'other', 'notRecorded')] += 1;
      equalities.ethnicity[
        keyOf(ETHNICITY_KEYS, child.ethnicity, 'otherEthnicGroup', 'notRecorded')
      ] += 1;
      equalities.disability[
        keyOf(DISABILITY_KEYS, child.disability, 'notRecorded', 'notRecorded')
      ] += 1;
    }
    if (s.complaint?.complainantType === 'young_person') {
      youngPeople.complaints += 1;
      const reached = stagesOf.get(s.record.complaintId);
      if (reached?.has(2) === true) youngPeople.escalatedToStage2 += 1;
      if (reached?.has(3) === true) youngPeople.escalatedToStage3 += 1;
      youngPeople.categoryOfSupport[category] += 1;
      for (const child of children) {
        youngPeople.gender[keyOf(GENDER_KEYS, child.gender, 'other', 'notRecorded')] += 1;
        youngPeople.ageBands[ageBandOf(child.age)] += 1;
      }
    }
  }

  const channels = emptyChannels();
  for (const s of statutory1) {
    if (s.record.beganOn < from || s.record.beganOn > to) continue;
    channels[keyOf(CHANNEL_KEYS, s.complaint?.receivedVia ?? null, 'notRecorded', 'notRecorded')] +=
      1;
  }

  return {
    year,
    statutory: {
      stage1: figuresOfStage(statutory1, from, to),
      stage2: figuresOfStage(ofStage(stages, 'statutory', 2), from, to),
      stage3: figuresOfStage(ofStage(stages, 'statutory', 3), from, to),
    },
    corporate: {
      stage1: figuresOfStage(ofStage(stages, 'corporate', 1), from, to),
      stage2: figuresOfStage(ofStage(stages, 'corporate', 2), from, to),
    },
    youngPeople,
    categoryOfSupport,
    equalities,
    channels,
  };
}

export function headlineOf(figures: StageFigures): HeadlineStageFigures {
  return {
    received: figures.received,
    completed: figures.completed,
    assessed: figures.assessed,
    onTime: figures.onTime,
  };
}

/** The headline counts of a year (for the years shown beside the one reported). */
export function computeHeadlineFigures(records: ReportRecords, year: number): HeadlineFigures {
  const figures = computeYearFigures(records, year);
  return {
    year,
    statutory: {
      stage1: headlineOf(figures.statutory.stage1),
      stage2: headlineOf(figures.statutory.stage2),
      stage3: headlineOf(figures.statutory.stage3),
    },
    corporate: {
      stage1: headlineOf(figures.corporate.stage1),
      stage2: headlineOf(figures.corporate.stage2),
    },
  };
}
