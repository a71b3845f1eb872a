import { router } from '../../trpc.js';
import { annual } from './annual.js';
import { cases } from './cases.js';
import { context } from './context.js';
import { importStatus } from './import-status.js';
import { saveContext } from './save-context.js';
import { years } from './years.js';

/**
 * The annual complaints report for staff: the figures and tables, the complaints behind a figure,
 * the year's context figures, and how an import is going. Downloads and uploads go over plain
 * HTTP (report-files.ts, imports.ts).
 */
export const reportsRouter = router({
  annual,
  years,
  cases,
  context,
  saveContext,
  importStatus,
});
