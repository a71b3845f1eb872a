import { reportYears } from '@heard/db';
import { financialYear, financialYearOf, isoDateInLondon } from '@heard/domain';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';

/**
 * The financial years there is a report for, newest first: those the records reach, and always
 * the current one.
 */
export const years = authorityProcedure(abilities.readReports).query(async ({ ctx }) => {
  const current = financialYearOf(isoDateInLondon(ctx.now()));
  const recorded = await reportYears(ctx.db, ctx.authorityId);
  const all = [...new Set([current, ...recorded])]
    .filter((y) => y <= current)
    .sort((a, b) => b - a);
  return {
    current,
    years: all.map((year) => ({ year, label: financialYear(year).label })),
  };
});
