import { listComplaints, type WorkloadView } from '@heard/db';
import { isoDateInLondon, singleLineText, stateLabel, type CaseState } from '@heard/domain';
import { z } from 'zod';
import { abilities, holdsAny } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { endOfWeek } from './access.js';

export const workloadViews = [
  'all',
  'open',
  'untriaged',
  'due_this_week',
  'overdue',
  'on_hold',
  'awaiting_escalation',
] as const satisfies readonly WorkloadView[];

export const complaintFiltersSchema = z.object({
  view: z.enum(workloadViews).default('all'),
  stage: z.number().int().min(1).max(3).optional(),
  team: singleLineText().min(1).max(200).optional(),
  assignedStaffId: z.uuid().optional(),
});

/** A page of complaints. External people see only the cases they are assigned to. */
export const inbox = authorityProcedure([...abilities.readAllCases, ...abilities.readAssignedCases])
  .input(
    complaintFiltersSchema.extend({
      limit: z.number().int().min(1).max(100).default(25),
      offset: z.number().int().min(0).max(1_000_000).default(0),
    }),
  )
  .query(async ({ ctx, input }) => {
    const today = isoDateInLondon(ctx.now());
    const { authorityId: _authorityId, ...filters } = input;
    const page = await listComplaints(ctx.db, ctx.authorityId, {
      ...filters,
      today,
      weekEndsOn: endOfWeek(today),
      ...(holdsAny(ctx.roles, abilities.readAllCases) ? {} : { visibleTo: ctx.session.staff.id }),
    });
    return {
      total: page.total,
      today,
      rows: page.rows.map((row) => ({
        ...row,
        stateLabel: stateLabel(row.state as CaseState, 'staff'),
        overdue: row.nextDueOn !== null && row.nextDueOn < today && row.state !== 'on_hold',
        createdAt: row.createdAt.toISOString(),
        triagedAt: row.triagedAt?.toISOString() ?? null,
      })),
    };
  });
