/**
 * An authority's complaints, stages and children as the plain records `@heard/domain` counts
 * (`computeYearFigures`): the same report without SQL aggregation, to check the SQL against.
 */
import {
  DELAY_REASONS,
  type DelayReason,
  type ReportChildRecord,
  type ReportComplaintRecord,
  type ReportRecords,
  type ReportStageRecord,
  type SectionRecords,
  type StageOutcome,
} from '@heard/domain';
import { eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import {
  authorities,
  comments,
  complaintChildren,
  complaintStages,
  complaints,
  compliments,
  enquiries,
  learningActions,
  ombudsmanCases,
  ombudsmanRemedies,
} from '../schema.js';
import { learningActionRaisedOn } from './record-sections.js';

function delayReasonOf(value: string | null): DelayReason | null {
  return DELAY_REASONS.find((reason) => reason === value) ?? null;
}

export async function loadReportRecords(db: Executor, authorityId: string): Promise<ReportRecords> {
  const [complaintRows, stageRows, childRows] = await Promise.all([
    db
      .select({
        id: complaints.id,
        serviceArea: complaints.serviceArea,
        team: complaints.team,
        principalIssue: complaints.principalIssue,
        otherIssues: complaints.otherIssues,
        complainantType: complaints.complainantType,
        categoryOfSupport: complaints.categoryOfSupport,
        receivedVia: complaints.receivedVia,
      })
      .from(complaints)
      .where(eq(complaints.authorityId, authorityId)),
    db.select().from(complaintStages).where(eq(complaintStages.authorityId, authorityId)),
    db
      .select({
        complaintId: complaintChildren.complaintId,
        age: complaintChildren.age,
        gender: complaintChildren.gender,
        ethnicity: complaintChildren.ethnicity,
        disability: complaintChildren.disability,
      })
      .from(complaintChildren)
      .where(eq(complaintChildren.authorityId, authorityId)),
  ]);
  const stages: ReportStageRecord[] = stageRows.map((row) => ({
    complaintId: row.complaintId,
    procedure: row.procedure,
    stage: row.stage as 1 | 2 | 3,
    beganOn: row.beganOn,
    clockStartedOn: row.clockStartedOn,
    dueOn: row.dueOn,
    extended: row.extended,
    holdWorkingDays: row.holdWorkingDays,
    respondedOn: row.respondedOn,
    outcome: row.outcome as StageOutcome | null,
    withdrawnOn: row.withdrawnOn,
    workingDaysToRespond: row.workingDaysToRespond,
    workingDaysLate: row.workingDaysLate,
    panelHeldOn: row.panelHeldOn,
    panelDueOn: row.panelDueOn,
    recommendationsOn: row.recommendationsOn,
    recommendationsDueOn: row.recommendationsDueOn,
    councilResponseDueOn: row.councilResponseDueOn,
    delayReason: delayReasonOf(row.delayReason),
    independentPersonFeePence: row.independentPersonFeePence,
    investigatorFeePence: row.investigatorFeePence,
  }));
  const complaintRecords: ReportComplaintRecord[] = complaintRows;
  const children: ReportChildRecord[] = childRows;
  return { complaints: complaintRecords, stages, children };
}

/**
 * An authority's compliments, comments, enquiries, Ombudsman cases and learning actions as the
 * plain records `@heard/domain` counts (`computeSectionFigures`), to check the SQL against.
 */
export async function loadSectionRecords(
  db: Executor,
  authorityId: string,
): Promise<SectionRecords> {
  const [authority] = await db
    .select({ settings: authorities.settings })
    .from(authorities)
    .where(eq(authorities.id, authorityId));
  const [complimentRows, commentRows, enquiryRows, caseRows, remedyRows, actionRows] =
    await Promise.all([
      db
        .select({
          receivedOn: compliments.receivedOn,
          teams: compliments.teams,
          approvedWords: compliments.approvedWords,
        })
        .from(compliments)
        .where(eq(compliments.authorityId, authorityId)),
      db
        .select({ receivedOn: comments.receivedOn, answeredOn: comments.answeredOn })
        .from(comments)
        .where(eq(comments.authorityId, authorityId)),
      db
        .select({ kind: enquiries.kind, receivedOn: enquiries.receivedOn })
        .from(enquiries)
        .where(eq(enquiries.authorityId, authorityId)),
      db
        .select({
          id: ombudsmanCases.id,
          decision: ombudsmanCases.decision,
          decidedOn: ombudsmanCases.decidedOn,
          publication: ombudsmanCases.publication,
        })
        .from(ombudsmanCases)
        .where(eq(ombudsmanCases.authorityId, authorityId)),
      db
        .select({
          caseId: ombudsmanRemedies.caseId,
          kind: ombudsmanRemedies.kind,
          amountPence: ombudsmanRemedies.amountPence,
        })
        .from(ombudsmanRemedies)
        .where(eq(ombudsmanRemedies.authorityId, authorityId)),
      db
        .select({
          issue: learningActions.issue,
          lesson: learningActions.lesson,
          action: learningActions.action,
          owningTeam: learningActions.owningTeam,
          raisedOn: learningActionRaisedOn,
          dueOn: learningActions.dueOn,
          doneOn: learningActions.doneOn,
          cancelledOn: learningActions.cancelledOn,
        })
        .from(learningActions)
        .where(eq(learningActions.authorityId, authorityId)),
    ]);
  return {
    compliments: complimentRows,
    comments: commentRows,
    enquiries: enquiryRows,
    ombudsmanCases: caseRows,
    ombudsmanRemedies: remedyRows,
    learningActions: actionRows,
    serviceAreas: authority?.settings.serviceAreas ?? [],
  };
}
