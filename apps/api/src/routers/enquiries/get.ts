import { findEnquiry } from '@heard/db';
import { ENQUIRY_KIND_LABELS, MEMBER_ROLE_LABELS, type MemberRole } from '@heard/domain';
import { z } from 'zod';
import { abilities, holdsAny } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf, recordNotFound } from '../records/shared.js';
import { enquiryTiming } from './timing.js';

export const get = authorityProcedure(abilities.readRecords)
  .input(z.object({ enquiryId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const { authority, today } = await authorityOf(ctx);
    const e = await findEnquiry(ctx.db, ctx.authorityId, input.enquiryId);
    if (!e) throw recordNotFound('enquiry');
    return {
      today,
      id: e.id,
      kind: e.kind,
      kindLabel: ENQUIRY_KIND_LABELS[e.kind],
      receivedOn: e.receivedOn,
      receivedVia: e.receivedVia,
      fromName: e.fromName,
      memberRoleLabel: e.memberRole ? MEMBER_ROLE_LABELS[e.memberRole as MemberRole] : null,
      onBehalfOf: e.onBehalfOf,
      summary: e.summary,
      team: e.team,
      responsibleName: e.responsibleName,
      answeredOn: e.answeredOn,
      answerSummary: e.answerSummary,
      timing: enquiryTiming(authority, e, today),
      can: { answer: holdsAny(ctx.roles, abilities.logRecords) },
    };
  });
