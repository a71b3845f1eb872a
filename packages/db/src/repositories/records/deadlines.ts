/**
 * What is still to be done, and by whom, for the reminder job: open complaints near or past their
 * next deadline (from the projection, `next_due_on`), unanswered comments and enquiries, the
 * Ombudsman's open enquiries and remedies, and open learning actions.
 */
import { and, asc, eq, inArray, isNotNull, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import {
  comments,
  complaints,
  enquiries,
  learningActions,
  ombudsmanCases,
  ombudsmanEnquiries,
  ombudsmanRemedies,
  staffMemberships,
  staffUsers,
  type StaffRole,
} from '../../schema.js';
import { FINISHED_STATES } from '@heard/domain';

/** Open complaints whose next deadline is on or before `horizon`, not on hold. */
export function complaintsDueBy(db: Executor, authorityId: string, horizon: string) {
  return db
    .select({
      id: complaints.id,
      reference: complaints.reference,
      nextDueOn: complaints.nextDueOn,
      assignedStaffId: complaints.assignedStaffId,
    })
    .from(complaints)
    .where(
      and(
        eq(complaints.authorityId, authorityId),
        isNotNull(complaints.nextDueOn),
        lte(complaints.nextDueOn, horizon),
        ne(complaints.state, 'on_hold'),
        sql.raw(`"complaints"."state" not in (${FINISHED_STATES.map((s) => `'${s}'`).join(', ')})`),
      ),
    )
    .orderBy(asc(complaints.nextDueOn));
}

export function openComments(db: Executor, authorityId: string) {
  return db
    .select({
      id: comments.id,
      receivedOn: comments.receivedOn,
      summary: comments.summary,
      team: comments.team,
      responsibleStaffId: comments.responsibleStaffId,
    })
    .from(comments)
    .where(and(eq(comments.authorityId, authorityId), isNull(comments.answeredOn)))
    .orderBy(asc(comments.receivedOn));
}

export function openEnquiries(db: Executor, authorityId: string) {
  return db
    .select({
      id: enquiries.id,
      kind: enquiries.kind,
      receivedOn: enquiries.receivedOn,
      fromName: enquiries.fromName,
      summary: enquiries.summary,
      responsibleStaffId: enquiries.responsibleStaffId,
    })
    .from(enquiries)
    .where(and(eq(enquiries.authorityId, authorityId), isNull(enquiries.answeredOn)))
    .orderBy(asc(enquiries.receivedOn));
}

export function openOmbudsmanEnquiries(db: Executor, authorityId: string) {
  return db
    .select({
      id: ombudsmanEnquiries.id,
      caseId: ombudsmanEnquiries.caseId,
      dueOn: ombudsmanEnquiries.dueOn,
      lgscoReference: ombudsmanCases.lgscoReference,
      responsibleStaffId: ombudsmanCases.responsibleStaffId,
    })
    .from(ombudsmanEnquiries)
    .innerJoin(ombudsmanCases, eq(ombudsmanCases.id, ombudsmanEnquiries.caseId))
    .where(
      and(eq(ombudsmanEnquiries.authorityId, authorityId), isNull(ombudsmanEnquiries.answeredOn)),
    )
    .orderBy(asc(ombudsmanEnquiries.dueOn));
}

export function openOmbudsmanRemedies(db: Executor, authorityId: string) {
  return db
    .select({
      id: ombudsmanRemedies.id,
      caseId: ombudsmanRemedies.caseId,
      kind: ombudsmanRemedies.kind,
      dueOn: ombudsmanRemedies.dueOn,
      lgscoReference: ombudsmanCases.lgscoReference,
      responsibleStaffId: ombudsmanCases.responsibleStaffId,
    })
    .from(ombudsmanRemedies)
    .innerJoin(ombudsmanCases, eq(ombudsmanCases.id, ombudsmanRemedies.caseId))
    .where(
      and(eq(ombudsmanRemedies.authorityId, authorityId), isNull(ombudsmanRemedies.compliedOn)),
    )
    .orderBy(asc(ombudsmanRemedies.dueOn));
}

export function openLearningActions(db: Executor, authorityId: string) {
  return db
    .select({
      id: learningActions.id,
      action: learningActions.action,
      owningTeam: learningActions.owningTeam,
      dueOn: learningActions.dueOn,
      responsibleStaffId: learningActions.responsibleStaffId,
    })
    .from(learningActions)
    .where(and(eq(learningActions.authorityId, authorityId), eq(learningActions.status, 'open')))
    .orderBy(asc(learningActions.dueOn));
}

/** Staff of an authority who hold any of `roles` and can still sign in, with their addresses. */
export async function staffWithRoles(
  db: Executor,
  authorityId: string,
  roles: readonly StaffRole[],
) {
  const rows = await db
    .selectDistinct({ id: staffUsers.id, name: staffUsers.name, email: staffUsers.email })
    .from(staffMemberships)
    .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
    .where(
      and(
        eq(staffMemberships.authorityId, authorityId),
        inArray(staffMemberships.role, [...roles]),
        isNull(staffUsers.disabledAt),
      ),
    );
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

/** Names and addresses of the given staff who can still sign in. */
export async function staffContacts(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: string; email: string }>();
  const rows = await db
    .select({ id: staffUsers.id, name: staffUsers.name, email: staffUsers.email })
    .from(staffUsers)
    .where(and(inArray(staffUsers.id, [...new Set(ids)]), isNull(staffUsers.disabledAt)));
  return new Map(rows.map((r) => [r.id, r]));
}
