import {
  assignToCase,
  findStaffById,
  listMemberships,
  recordAudit,
  recordCaseEvent,
  updateComplaintDetails,
} from '@heard/db';
import { refusalMessage, triageSchema, type CaseEvent } from '@heard/domain';
import { z } from 'zod';
import { refusal } from '../../errors.js';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { caseForCaller } from './access.js';

/**
 * Triage in one step: confirm (or change) the procedure with the reason, acknowledge, assign the
 * responder and team, record the advocacy offer. All of it is saved, or none of it.
 */
export const triage = authorityProcedure(abilities.triage)
  .input(triageSchema.extend({ complaintId: z.uuid(), requestId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const { authority, complaint, today } = await caseForCaller(ctx, input.complaintId);
    if (input.assignedStaffId) {
      const staff = await findStaffById(ctx.db, input.assignedStaffId);
      const serves = staff
        ? (await listMemberships(ctx.db, staff.id)).some((m) => m.authorityId === ctx.authorityId)
        : false;
      if (!serves) {
        throw refusal(
          'assignee_not_in_authority',
          'Choose someone who works for this council.',
          'BAD_REQUEST',
        );
      }
    }
    const events: CaseEvent[] = [];
    if (input.procedure !== complaint.procedure) {
      events.push({
        type: 'procedure_changed',
        on: today,
        to: input.procedure,
        reason: input.procedureReason,
      });
    }
    if (input.acknowledgedOn) events.push({ type: 'acknowledged', on: input.acknowledgedOn });
    await ctx.db.transaction(async (tx) => {
      for (const [i, event] of events.entries()) {
        const result = await recordCaseEvent(tx, authority, complaint.id, event, {
          today,
          recordedBy: ctx.session.staff.id,
          requestId: `${input.requestId}:${String(i)}`,
        });
        if (!result.ok) {
          throw refusal(
            result.reason,
            result.reason === 'complaint_not_found' ? 'Not found' : refusalMessage(result.reason),
          );
        }
      }
      await updateComplaintDetails(tx, ctx.authorityId, complaint.id, {
        triagedAt: complaint.triagedAt ?? ctx.now(),
        triageReason: input.procedureReason,
        ...(input.assignedStaffId ? { assignedStaffId: input.assignedStaffId } : {}),
        ...(input.serviceArea !== undefined ? { serviceArea: input.serviceArea } : {}),
        ...(input.team !== undefined ? { team: input.team } : {}),
        advocacyOffered: input.advocacyOffered,
        advocacyAccepted: input.advocacyAccepted ?? null,
      });
      if (input.assignedStaffId) {
        await assignToCase(tx, {
          authorityId: ctx.authorityId,
          complaintId: complaint.id,
          staffId: input.assignedStaffId,
          role: 'responding_manager',
        });
      }
      await recordAudit(tx, {
        authorityId: ctx.authorityId,
        staffId: ctx.session.staff.id,
        action: 'complaint.triaged',
        complaintId: complaint.id,
        detail: { procedure: input.procedure },
      });
    });
    return { ok: true as const };
  });
