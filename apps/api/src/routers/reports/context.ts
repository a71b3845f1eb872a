import { getContextFigures } from '@heard/db';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { reportYearSchema } from './shared.js';

/** The contacts, referrals, assessments and section 47 enquiries recorded for a year. */
export const context = authorityProcedure(abilities.readReports)
  .input(z.object({ year: reportYearSchema }))
  .query(async ({ ctx, input }) => {
    const recorded = await getContextFigures(ctx.db, ctx.authorityId, input.year);
    return {
      year: input.year,
      figures: recorded?.figures ?? {
        contacts: null,
        referrals: null,
        assessments: null,
        section47Enquiries: null,
      },
      updatedAt: recorded?.updatedAt.toISOString() ?? null,
    };
  });
