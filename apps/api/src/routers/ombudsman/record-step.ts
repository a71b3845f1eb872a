import {
  answerOmbudsmanEnquiry,
  findOmbudsmanCase,
  insertOmbudsmanEnquiry,
  insertOmbudsmanRemedy,
  listOmbudsmanEnquiries,
  listOmbudsmanRemedies,
  recordOmbudsmanDecision,
  recordRemedyCompliance,
} from '@heard/db';
import { datedStepRefusal, ombudsmanStepSchema, type RecordRefusalCode } from '@heard/domain';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import {
  authorityOf,
  inOneAction,
  recordNotFound,
  recordRefusal,
  requestIdSchema,
} from '../records/shared.js';

/**
 * One step of an Ombudsman case: an enquiry from the Ombudsman with the date it must be answered
 * by, its answer, the decision and how it was published, a remedy, or the evidence that the
 * council complied with one (Isle of Wight 2021 §2.53-2.70). The case is locked while the step is checked
 * and saved.
 */
export const recordStep = authorityProcedure(abilities.logRecords)
  .input(requestIdSchema.extend({ caseId: z.uuid() }).and(ombudsmanStepSchema))
  .mutation(async ({ ctx, input }) => {
    const { today } = await authorityOf(ctx);
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: `ombudsman.${input.type}`, recordId: input.caseId },
      async (tx) => {
        const c = await findOmbudsmanCase(tx, ctx.authorityId, input.caseId, { forUpdate: true });
        if (!c) throw recordNotFound('Ombudsman case');
        const dated = (on: string, field: string) => {
          const refused = datedStepRefusal(c.receivedOn, on, today);
          if (refused) throw recordRefusal(refused, field);
        };
        const refuse = (code: RecordRefusalCode): never => {
          throw recordRefusal(code, 'on');
        };
        switch (input.type) {
          case 'enquiry_received':
            dated(input.receivedOn, 'receivedOn');
            await insertOmbudsmanEnquiry(tx, {
              id: randomUUID(),
              authorityId: ctx.authorityId,
              caseId: c.id,
              receivedOn: input.receivedOn,
              dueOn: input.dueOn,
              summary: input.summary,
            });
            break;
          case 'enquiry_answered': {
            const enquiry = (await listOmbudsmanEnquiries(tx, c.id)).find(
              (e) => e.id === input.enquiryId,
            );
            if (!enquiry) return refuse('enquiry_not_found');
            if (enquiry.answeredOn !== null) return refuse('already_answered');
            const refused = datedStepRefusal(enquiry.receivedOn, input.answeredOn, today);
            if (refused) throw recordRefusal(refused, 'answeredOn');
            await answerOmbudsmanEnquiry(tx, c.id, enquiry.id, input.answeredOn);
            break;
          }
          case 'decision':
            if (c.decision !== null) return refuse('decision_already_recorded');
            dated(input.decidedOn, 'decidedOn');
            await recordOmbudsmanDecision(tx, ctx.authorityId, c.id, {
              decision: input.decision,
              closedReason: input.closedReason ?? null,
              decidedOn: input.decidedOn,
              publication: input.publication ?? null,
            });
            break;
          case 'remedy_added':
            if (c.decision === null) return refuse('remedies_need_a_decision');
            await insertOmbudsmanRemedy(tx, {
              id: randomUUID(),
              authorityId: ctx.authorityId,
              caseId: c.id,
              kind: input.kind,
              description: input.description ?? null,
              amountPence: input.amount ?? null,
              dueOn: input.dueOn,
            });
            break;
          case 'remedy_complied': {
            const remedy = (await listOmbudsmanRemedies(tx, c.id)).find(
              (r) => r.id === input.remedyId,
            );
            if (!remedy) return refuse('remedy_not_found');
            if (remedy.compliedOn !== null) return refuse('already_complied');
            dated(input.compliedOn, 'compliedOn');
            await recordRemedyCompliance(tx, c.id, remedy.id, {
              compliedOn: input.compliedOn,
              evidence: input.evidence,
            });
            break;
          }
        }
      },
    );
  });
