import { listEnquiries } from '@heard/db';
import {
  ENQUIRY_KIND_LABELS,
  ENQUIRY_KINDS,
  MEMBER_ROLE_LABELS,
  type MemberRole,
  recordListPageSchema,
} from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf } from '../records/shared.js';
import { enquiryTiming } from './timing.js';

/** A page of enquiries and member enquiries, newest first, with their timeliness. */
export const list = authorityProcedure(abilities.readRecords)
  .input(
    recordListPageSchema.extend({
      view: z.enum(['all', 'open', 'answered']).default('all'),
      kind: z.enum(ENQUIRY_KINDS).optional(),
    }),
  )
  .query(async ({ ctx, input }) => {
    const { authority, today } = await authorityOf(ctx);
    const page = await listEnquiries(ctx.db, ctx.authorityId, input);
    return {
      total: page.total,
      today,
      rows: page.rows.map((e) => ({
        id: e.id,
        kind: e.kind,
        kindLabel: ENQUIRY_KIND_LABELS[e.kind],
        receivedOn: e.receivedOn,
        fromName: e.fromName,
        memberRoleLabel: e.memberRole ? MEMBER_ROLE_LABELS[e.memberRole as MemberRole] : null,
        summary: e.summary,
        team: e.team,
        responsibleName: e.responsibleName,
        answeredOn: e.answeredOn,
        timing: enquiryTiming(authority, e, today),
      })),
    };
  });
