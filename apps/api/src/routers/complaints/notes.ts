import {
  addNote as insertNote,
  assignToCase,
  findStaffById,
  listMemberships,
  recordAudit,
  staffRoles,
} from '@heard/db';
import { multiLineText } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { caseForCaller } from './access.js';

export const noteMessages = {
  body: 'Write the note',
  tooLong: 'A note must be 5000 characters or fewer',
} as const;

export const addNote = authorityProcedure(abilities.addNote)
  .input(
    z.object({
      complaintId: z.uuid(),
      requestId: z.uuid(),
      body: multiLineText().min(1, noteMessages.body).max(5000, noteMessages.tooLong),
    }),
  )
  .mutation(async ({ ctx, input }) => {
    const { complaint } = await caseForCaller(ctx, input.complaintId);
    await ctx.db.transaction(async (tx) => {
      await insertNote(tx, {
        authorityId: ctx.authorityId,
        complaintId: complaint.id,
        staffId: ctx.session.staff.id,
        body: input.body,
        requestId: input.requestId,
      });
      await recordAudit(tx, {
        authorityId: ctx.authorityId,
        staffId: ctx.session.staff.id,
        action: 'complaint.note_added',
        complaintId: complaint.id,
      });
    });
    return { ok: true as const };
  });

/** Gives a person a role on one case: how external people get to see it. */
export const assign = authorityProcedure(abilities.assign)
  .input(z.object({ complaintId: z.uuid(), staffId: z.uuid(), role: z.enum(staffRoles) }))
  .mutation(async ({ ctx, input }) => {
    const { complaint } = await caseForCaller(ctx, input.complaintId);
    const staff = await findStaffById(ctx.db, input.staffId);
    const memberships = staff ? await listMemberships(ctx.db, staff.id) : [];
    if (!memberships.some((m) => m.authorityId === ctx.authorityId && m.role === input.role)) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'Choose someone who has that role for this council.',
      });
    }
    await ctx.db.transaction(async (tx) => {
      await assignToCase(tx, {
        authorityId: ctx.authorityId,
        complaintId: complaint.id,
        staffId: input.staffId,
        role: input.role,
      });
      await recordAudit(tx, {
        authorityId: ctx.authorityId,
        staffId: ctx.session.staff.id,
        action: 'complaint.assigned',
        complaintId: complaint.id,
        detail: { role: input.role },
      });
    });
    return { ok: true as const };
  });
