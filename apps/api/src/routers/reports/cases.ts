import { casesBehindFigure, DRILLDOWN_LIMIT, recordAudit } from '@heard/db';
import { describeFigure, drilldownFigureSchema, financialYear } from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { reportYearSchema } from './shared.js';

/**
 * The complaints behind a figure of the report, counted by the report's own rules. The list names
 * cases, so seeing it is recorded in the audit log, with the complaints shown.
 */
export const cases = authorityProcedure(abilities.readReportCases)
  .input(z.object({ year: reportYearSchema, figure: drilldownFigureSchema }))
  .query(async ({ ctx, input }) => {
    const { total, cases: rows } = await casesBehindFigure(
      ctx.db,
      ctx.authorityId,
      input.year,
      input.figure,
    );
    await recordAudit(ctx.db, {
      authorityId: ctx.authorityId,
      staffId: ctx.session.staff.id,
      action: 'report.cases_viewed',
      detail: {
        year: input.year,
        figure: input.figure,
        total,
        complaintIds: rows.map((r) => r.complaintId),
      },
    });
    const { label } = financialYear(input.year);
    return {
      year: input.year,
      label,
      title: describeFigure(input.figure, label),
      total,
      limit: DRILLDOWN_LIMIT,
      cases: rows,
    };
  });
