/** The complaints team's view of complaints: the inbox and a case. */
import {
  evaluateStoredCase,
  findAuthorityById,
  findComplaintById,
  listComplaints,
  listEvents,
  recordAudit,
} from '@heard/db';
import {
  caseEventSchema,
  describeEvent,
  explainDeadlineForStaff,
  explainNextAction,
  isoDateInLondon,
  ROLE_LABELS,
  stateLabel,
  type CaseState,
} from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { authorityProcedure, router } from '../../trpc.js';

/** Roles that work on cases across the authority. External people see only assigned cases. */
const caseworkRoles = [
  'complaints_officer',
  'complaints_manager',
  'responding_manager',
  'senior_responder',
  'auditor',
] as const;

export const complaintsRouter = router({
  inbox: authorityProcedure(caseworkRoles)
    .input(
      z.object({
        limit: z.number().int().min(1).max(100).default(25),
        offset: z.number().int().min(0).default(0),
        state: z.string().max(60).optional(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const page = await listComplaints(ctx.db, ctx.authorityId, input);
      return {
        total: page.total,
        rows: page.rows.map((row) => ({
          ...row,
          stateLabel: stateLabel(row.state as CaseState, 'staff'),
          createdAt: row.createdAt.toISOString(),
        })),
      };
    }),

  get: authorityProcedure(caseworkRoles)
    .input(z.object({ complaintId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const [authority, complaint] = await Promise.all([
        findAuthorityById(ctx.db, ctx.authorityId),
        findComplaintById(ctx.db, ctx.authorityId, input.complaintId),
      ]);
      if (!authority || !complaint) {
        throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that complaint.' });
      }
      const events = await listEvents(ctx.db, complaint.id);
      const evaluation = evaluateStoredCase(authority, events, isoDateInLondon(ctx.now()));
      await recordAudit(ctx.db, {
        authorityId: ctx.authorityId,
        staffId: ctx.session.staff.id,
        action: 'complaint.viewed',
        complaintId: complaint.id,
      });
      return {
        complaint: {
          id: complaint.id,
          reference: complaint.reference,
          receivedOn: complaint.receivedOn,
          receivedVia: complaint.receivedVia,
          complainantType: complaint.complainantType,
          complainantName: complaint.complainantName,
          contactEmail: complaint.contactEmail,
          contactPhone: complaint.contactPhone,
          whatHappened: complaint.whatHappened,
          desiredOutcome: complaint.desiredOutcome,
          procedure: evaluation.procedure,
          stage: evaluation.stage,
          state: evaluation.state,
          stateLabel: stateLabel(evaluation.state, 'staff'),
        },
        events: events.map((e) => ({
          sequence: e.sequence,
          type: e.type,
          on: e.occurredOn,
          label: describeEvent(caseEventSchema.parse(e.payload), 'staff'),
          recordedAt: e.recordedAt.toISOString(),
          recordedByName: e.recordedByName,
        })),
        deadlines: evaluation.deadlines.map((d) => ({
          ...d,
          label: explainDeadlineForStaff(d),
        })),
        nextAction: evaluation.nextAction
          ? {
              ...evaluation.nextAction,
              label: explainNextAction(evaluation.nextAction),
              ownerLabel: ROLE_LABELS[evaluation.nextAction.owner],
            }
          : null,
      };
    }),
});
