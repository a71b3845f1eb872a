/**
 * The annual report as files to download: `GET /files/:authorityId/reports/:year/:format` with
 * format `docx`, `xlsx`, `csv` or `json`. Plain HTTP, so that a link or a button downloads it the
 * way the browser downloads any file; the same checks as the report's procedures apply (a signed-in
 * session and a role that reads reports), and every download is recorded in the audit log.
 */
import { recordAudit, reportToDocx, reportToXlsx, toCsv, type Database } from '@heard/db';
import { reportTables, type AnnualReport } from '@heard/domain';
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { loadSession } from './auth/session.js';
import type { Env } from './env.js';
import { abilities, holdsAny } from './permissions.js';
import { reportFor, reportYearSchema } from './routers/reports/shared.js';

export const reportFormats = ['docx', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof reportFormats)[number];

const contentTypes: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * Every table in one CSV file, each under its title and separated by a blank line, so that one
 * download opens in a spreadsheet with everything in it. The command line writes one file per
 * table instead (`pnpm heard report --format csv`).
 */
export function reportToSingleCsv(report: AnnualReport): string {
  const rows = [
    [`Annual complaints report ${report.label}: ${report.authority.name}`],
    [`Figures as at ${report.asOf}`],
    ...reportTables(report).flatMap((table) => [
      [],
      [table.title],
      ...(table.note === undefined ? [] : [[table.note]]),
      [...table.columns],
      ...table.rows,
    ]),
  ];
  return toCsv(rows);
}

async function render(report: AnnualReport, format: ReportFormat): Promise<Buffer | string> {
  switch (format) {
    case 'docx':
      return reportToDocx(report);
    case 'xlsx':
      return reportToXlsx(report);
    case 'csv':
      return reportToSingleCsv(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
  }
}

export function reportFilesRouter(deps: {
  db: Database;
  env: Env;
  log: Logger;
  now: () => Date;
}): Router {
  const { db, env, now } = deps;
  const files = express.Router();

  files.get('/:authorityId/reports/:year/:format', async (req, res, next) => {
    try {
      const params = z
        .object({
          authorityId: z.uuid(),
          year: z.coerce.number().pipe(reportYearSchema),
          format: z.enum(reportFormats),
        })
        .safeParse(req.params);
      if (!params.success) {
        res.status(404).json({ error: 'Not found.' });
        return;
      }
      const { authorityId, year, format } = params.data;
      const session = await loadSession(db, env, req, now());
      if (!session) {
        res.status(401).json({ error: 'Please sign in.' });
        return;
      }
      const roles = session.memberships
        .filter((m) => m.authorityId === authorityId)
        .map((m) => m.role);
      if (!holdsAny(roles, abilities.readReports)) {
        res.status(403).json({ error: 'You do not have access to this.' });
        return;
      }
      const report = await reportFor(db, authorityId, year, now());
      const body = await render(report, format);
      await recordAudit(db, {
        authorityId,
        staffId: session.staff.id,
        action: 'report.downloaded',
        detail: { year, format },
      });
      const fileName = `${report.authority.code}-annual-complaints-report-${report.label}.${format}`;
      res.setHeader('Content-Type', contentTypes[format]);
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(body);
    } catch (error) {
      next(error);
    }
  });
  return files;
}
