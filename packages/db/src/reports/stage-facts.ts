/**
 * Writes the `complaint_stages` rows of a complaint: the facts of each stage that the annual report
 * counts, derived by the procedure engine (`stageFactsFromEvaluation` in `@heard/domain`). Called in
 * the same transaction as every change to a complaint's events, so the rows always match them.
 */
import {
  stageFactsFromEvaluation,
  type CaseEvaluation,
  type CaseEvent,
  type StageFacts,
  type WorkingDayCalendar,
} from '@heard/domain';
import { eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { complaintStages } from '../schema.js';

export type StageFactsRow = typeof complaintStages.$inferInsert;

export function stageFactsRows(
  complaint: { id: string; authorityId: string },
  facts: readonly StageFacts[],
): StageFactsRow[] {
  return facts.map((f) => ({
    authorityId: complaint.authorityId,
    complaintId: complaint.id,
    procedure: f.procedure,
    stage: f.stage,
    beganOn: f.beganOn,
    clockStartedOn: f.clockStartedOn,
    dueOn: f.dueOn,
    extended: f.extended,
    holdWorkingDays: f.holdWorkingDays,
    respondedOn: f.respondedOn,
    outcome: f.outcome,
    withdrawnOn: f.withdrawnOn,
    workingDaysToRespond: f.workingDaysToRespond,
    workingDaysLate: f.workingDaysLate,
    panelHeldOn: f.panelHeldOn,
    panelDueOn: f.panelDueOn,
    recommendationsOn: f.recommendationsOn,
    recommendationsDueOn: f.recommendationsDueOn,
    councilResponseDueOn: f.councilResponseDueOn,
    delayReason: f.delayReason,
    independentPersonFeePence: f.independentPersonFeePence,
    investigatorFeePence: f.investigatorFeePence,
  }));
}

/**
 * Replaces a complaint's stage rows with those its events give now. `history` is the whole history
 * the evaluation was made from, and the authority's working-day calendar.
 */
export async function writeStageFacts(
  tx: Executor,
  complaint: { id: string; authorityId: string },
  evaluation: CaseEvaluation,
  history: { events: readonly CaseEvent[]; calendar: WorkingDayCalendar },
): Promise<void> {
  const rows = stageFactsRows(
    complaint,
    stageFactsFromEvaluation(history.events, evaluation, history.calendar),
  );
  await tx.delete(complaintStages).where(eq(complaintStages.complaintId, complaint.id));
  if (rows.length > 0) await tx.insert(complaintStages).values(rows);
}
