/**
 * The report's sections beyond the complaint stages, counted from plain records: compliments,
 * comments, enquiries, Ombudsman decisions, learning actions, reasons for delay and the cost of
 * independent people and investigators. `@heard/db` counts the same in SQL
 * (reports/record-sections.ts); tests hold the two to the same answer. The day that puts each
 * record in a year is set out in report-contract.ts.
 */
import type { OmbudsmanDecision, OmbudsmanRemedyKind } from '../records/labels.js';
import type { DelayReason } from '../schemas/events.js';
import { endingOf, type ReportRecords } from './figures.js';
import { financialYear } from './financial-year.js';
import {
  NOT_RECORDED,
  type CommentsSection,
  type DelayCounts,
  type EnquiriesSection,
  type LearningActionRow,
  type OmbudsmanSection,
  type StageCosts,
} from './report-contract.js';

/** A compliment (`compliments` row). */
export interface ReportComplimentRecord {
  readonly receivedOn: string;
  readonly teams: readonly string[];
  /** The words approved for publication, names replaced by "XX"; null until approved. */
  readonly approvedWords: string | null;
}

/** A comment (`comments` row). */
export interface ReportCommentRecord {
  readonly receivedOn: string;
  readonly answeredOn: string | null;
}

/** An enquiry (`enquiries` row). */
export interface ReportEnquiryRecord {
  readonly kind: string;
  readonly receivedOn: string;
}

/** An Ombudsman case (`ombudsman_cases` row). */
export interface ReportOmbudsmanCaseRecord {
  readonly id: string;
  readonly decision: string | null;
  readonly decidedOn: string | null;
  readonly publication: string | null;
}

/** A remedy the Ombudsman asked for (`ombudsman_remedies` row). */
export interface ReportOmbudsmanRemedyRecord {
  readonly caseId: string;
  readonly kind: string;
  readonly amountPence: number | null;
}

/** A learning action (`learning_actions` row); `raisedOn` is the day it was recorded. */
export interface ReportLearningActionRecord {
  readonly issue: string;
  readonly lesson: string;
  readonly action: string;
  readonly owningTeam: string;
  readonly raisedOn: string;
  readonly dueOn: string;
  readonly doneOn: string | null;
  readonly cancelledOn: string | null;
}

/** The council's service areas and their teams (`authorities.settings.serviceAreas`). */
export type ServiceAreaList = readonly {
  readonly name: string;
  readonly teams: readonly string[];
}[];

export interface SectionRecords {
  readonly compliments: readonly ReportComplimentRecord[];
  readonly comments: readonly ReportCommentRecord[];
  readonly enquiries: readonly ReportEnquiryRecord[];
  readonly ombudsmanCases: readonly ReportOmbudsmanCaseRecord[];
  readonly ombudsmanRemedies: readonly ReportOmbudsmanRemedyRecord[];
  readonly learningActions: readonly ReportLearningActionRecord[];
  readonly serviceAreas: ServiceAreaList;
}

/** The sections' counts, in no particular order: `assembleAnnualReport` sorts. */
export interface SectionFigures {
  compliments: {
    received: number;
    byTeam: { serviceArea: string; team: string; total: number }[];
    quotes: { receivedOn: string; words: string }[];
  };
  comments: CommentsSection;
  enquiries: EnquiriesSection;
  ombudsman: OmbudsmanSection;
  learningActions: LearningActionRow[];
  delays: DelayCounts;
  costs: StageCosts;
}

/** Report keys of the delay reasons recorded on events (`DELAY_REASONS`). */
export const DELAY_REASON_KEYS: Readonly<Record<DelayReason, keyof DelayCounts>> = {
  staff_absence: 'staffAbsence',
  complexity: 'complexity',
  awaiting_information: 'awaitingInformation',
  other: 'other',
};

/** Report keys of the Ombudsman's published decisions; a referral back has none. */
export const OMBUDSMAN_DECISION_KEYS: Readonly<
  Partial<Record<OmbudsmanDecision, keyof OmbudsmanSection['decisions']>>
> = {
  upheld_fault_injustice: 'upheldFaultAndInjustice',
  upheld_fault_no_injustice: 'upheldFaultNoInjustice',
  not_upheld: 'notUpheld',
  closed_after_initial_enquiries: 'closedAfterInitialEnquiries',
};

/** Remedies that are payments, so counted with their amounts (Isle of Wight 2021 §2.53). */
export const PAYMENT_REMEDIES: readonly OmbudsmanRemedyKind[] = [
  'payment_distress',
  'payment_time_and_trouble',
];

/** The service area the council's settings list a team under; "Not recorded" if none does. */
export function serviceAreaOfTeam(serviceAreas: ServiceAreaList, team: string): string {
  return serviceAreas.find((area) => area.teams.includes(team))?.name ?? NOT_RECORDED;
}

export function emptyDelays(): DelayCounts {
  return { staffAbsence: 0, complexity: 0, awaitingInformation: 0, other: 0, notRecorded: 0 };
}

export function emptySectionFigures(): SectionFigures {
  return {
    compliments: { received: 0, byTeam: [], quotes: [] },
    comments: { received: 0, responded: 0 },
    enquiries: { received: 0, memberEnquiries: 0 },
    ombudsman: {
      decided: 0,
      decisions: {
        upheldFaultAndInjustice: 0,
        upheldFaultNoInjustice: 0,
        notUpheld: 0,
        closedAfterInitialEnquiries: 0,
      },
      publicInterestReports: 0,
      remedies: { apologies: 0, payments: 0, paymentsTotalPence: 0, serviceImprovements: 0 },
    },
    learningActions: [],
    delays: emptyDelays(),
    costs: { independentPeoplePence: 0, investigatorsPence: 0, stagesWithCost: 0 },
  };
}

const inYear = (day: string | null, from: string, to: string): day is string =>
  day !== null && day >= from && day <= to;

/**
 * Reasons for delay and the cost of independent people and investigators, from the stages
 * completed in the year (counted as the complaint tables count them).
 */
export function computeDelaysAndCosts(
  records: ReportRecords,
  year: number,
): Pick<SectionFigures, 'delays' | 'costs'> {
  const { from, to } = financialYear(year);
  const delays = emptyDelays();
  const costs = { independentPeoplePence: 0, investigatorsPence: 0, stagesWithCost: 0 };
  const began = new Map(records.stages.map((s) => [`${s.complaintId}\u0000${String(s.stage)}`, s]));
  for (const stage of records.stages) {
    if (stage.beganOn > to) continue;
    const next = began.get(`${stage.complaintId}\u0000${String(stage.stage + 1)}`);
    const { endedOn } = endingOf(stage, next?.beganOn ?? null);
    if (!inYear(endedOn, from, to)) continue;
    const late = stage.workingDaysLate !== null && stage.workingDaysLate >= 1;
    if (stage.procedure === 'statutory' && (stage.extended || late)) {
      delays[stage.delayReason === null ? 'notRecorded' : DELAY_REASON_KEYS[stage.delayReason]] +=
        1;
    }
    if (stage.independentPersonFeePence !== null || stage.investigatorFeePence !== null) {
      costs.stagesWithCost += 1;
      costs.independentPeoplePence += stage.independentPersonFeePence ?? 0;
      costs.investigatorsPence += stage.investigatorFeePence ?? 0;
    }
  }
  return { delays, costs };
}

/** Every section beyond the complaint stages for one financial year, from plain records. */
export function computeSectionFigures(
  records: SectionRecords,
  stages: ReportRecords,
  year: number,
): SectionFigures {
  const { from, to } = financialYear(year);
  const figures = emptySectionFigures();

  const teams = new Map<string, number>();
  for (const compliment of records.compliments) {
    if (!inYear(compliment.receivedOn, from, to)) continue;
    figures.compliments.received += 1;
    const named = [...new Set(compliment.teams)];
    for (const team of named.length === 0 ? [NOT_RECORDED] : named) {
      teams.set(team, (teams.get(team) ?? 0) + 1);
    }
    if (compliment.approvedWords !== null) {
      figures.compliments.quotes.push({
        receivedOn: compliment.receivedOn,
        words: compliment.approvedWords,
      });
    }
  }
  figures.compliments.byTeam = [...teams].map(([team, total]) => ({
    serviceArea:
      team === NOT_RECORDED ? NOT_RECORDED : serviceAreaOfTeam(records.serviceAreas, team),
    team,
    total,
  }));

  for (const comment of records.comments) {
    if (inYear(comment.receivedOn, from, to)) figures.comments.received += 1;
    if (inYear(comment.answeredOn, from, to)) figures.comments.responded += 1;
  }
  for (const enquiry of records.enquiries) {
    if (!inYear(enquiry.receivedOn, from, to)) continue;
    figures.enquiries.received += 1;
    if (enquiry.kind === 'member_enquiry') figures.enquiries.memberEnquiries += 1;
  }

  const decided = new Set<string>();
  const ombudsman = figures.ombudsman;
  for (const c of records.ombudsmanCases) {
    if (c.decision === null || !inYear(c.decidedOn, from, to)) continue;
    decided.add(c.id);
    ombudsman.decided += 1;
    const key = OMBUDSMAN_DECISION_KEYS[c.decision as OmbudsmanDecision];
    if (key !== undefined) ombudsman.decisions[key] += 1;
    if (c.publication === 'public_interest_report') ombudsman.publicInterestReports += 1;
  }
  for (const remedy of records.ombudsmanRemedies) {
    if (!decided.has(remedy.caseId)) continue;
    if (remedy.kind === 'apology') ombudsman.remedies.apologies += 1;
    if (remedy.kind === 'service_improvement') ombudsman.remedies.serviceImprovements += 1;
    if (PAYMENT_REMEDIES.includes(remedy.kind as OmbudsmanRemedyKind)) {
      ombudsman.remedies.payments += 1;
      ombudsman.remedies.paymentsTotalPence += remedy.amountPence ?? 0;
    }
  }

  for (const a of records.learningActions) {
    if (a.raisedOn > to) continue;
    if (a.cancelledOn !== null && a.cancelledOn <= to) continue;
    const done = a.doneOn !== null && a.doneOn <= to;
    if (a.raisedOn < from && done) continue;
    figures.learningActions.push({
      issue: a.issue,
      lesson: a.lesson,
      action: a.action,
      owner: a.owningTeam,
      dueOn: a.dueOn,
      done,
    });
  }

  const { delays, costs } = computeDelaysAndCosts(stages, year);
  figures.delays = delays;
  figures.costs = costs;
  return figures;
}
