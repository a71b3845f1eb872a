/**
 * An authority's complaints, stages and children as the plain records `@heard/domain` counts
 * (`computeYearFigures`): the same report without SQL aggregation, to check the SQL against.
 */
import type {
  ReportChildRecord,
  ReportComplaintRecord,
  ReportRecords,
  ReportStageRecord,
  StageOutcome,
} from '@heard/domain';
import { eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { complaintChildren, complaintStages, complaints } from '../schema.js';

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
  }));
  const complaintRecords: ReportComplaintRecord[] = complaintRows;
  const children: ReportChildRecord[] = childRows;
  return { complaints: complaintRecords, stages, children };
}
