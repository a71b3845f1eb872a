import { listOmbudsmanCases } from '@heard/db';
import {
  OMBUDSMAN_AREA_LABELS,
  OMBUDSMAN_DECISION_LABELS,
  type OmbudsmanArea,
  type OmbudsmanDecision,
  recordListPageSchema,
} from '@heard/domain';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';

/** A page of Ombudsman cases, newest first. */
export const list = authorityProcedure(abilities.readRecords)
  .input(recordListPageSchema)
  .query(async ({ ctx, input }) => {
    const page = await listOmbudsmanCases(ctx.db, ctx.authorityId, input);
    return {
      total: page.total,
      rows: page.rows.map((c) => ({
        id: c.id,
        lgscoReference: c.lgscoReference,
        complaintReference: c.complaintReference,
        receivedOn: c.receivedOn,
        areaLabel: OMBUDSMAN_AREA_LABELS[c.area as OmbudsmanArea],
        summary: c.summary,
        decisionLabel: c.decision
          ? OMBUDSMAN_DECISION_LABELS[c.decision as OmbudsmanDecision]
          : null,
        decidedOn: c.decidedOn,
      })),
    };
  });
