/**
 * Historic case imports from the admin app (docs/import-format.md). The CSV file is posted as raw
 * bytes to `POST /files/:authorityId/imports`; the import then runs in this process as a job,
 * and the browser asks `reports.importStatus` how far it has got.
 *
 * The jobs are kept in memory, in this process only: they are the progress of a request, not
 * records. A job is known by a random id and answers only the member of staff who started it. A
 * finished job is forgotten an hour after it ended, and when the API restarts; the import itself
 * is one transaction, so a restart in the middle leaves nothing imported. Run one API process per
 * database for imports, or send a staff member's requests to the same process: another process
 * does not know the job. One import runs at a time for an authority.
 */
import { randomBytes } from 'node:crypto';
import {
  findAuthorityById,
  importHistoricCases,
  recordAudit,
  type Database,
  type ImportResult,
} from '@heard/db';
import { isoDateInLondon } from '@heard/domain';
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { loadSession } from './auth/session.js';
import type { Env } from './env.js';
import { failUpload, uploadFailure } from './files.js';
import { abilities, holdsAny } from './permissions.js';

/** The largest file taken: about 100,000 rows of the format, ten years of a large council. */
export const maxImportBytes = 25 * 1024 * 1024;

export const importMessages = {
  empty: 'The file is empty',
  size: 'The file must be smaller than 25 MB',
  busy: 'An import for this council is already running. Wait for it to finish, then try again.',
} as const;

/** How long a finished job's result can be asked for. */
const KEEP_FINISHED_MS = 60 * 60 * 1000;

export type ImportPhase = 'checking' | 'importing' | 'finished' | 'failed';

export interface ImportJobStatus {
  readonly id: string;
  readonly phase: ImportPhase;
  readonly rowsDone: number;
  /** Data rows in the file; 0 until the file has been read. */
  readonly rowsTotal: number;
  readonly startedAt: string;
  /** When the phase is `finished`: what was imported, or every bad row with its line. */
  readonly result: ImportResult | null;
}

interface ImportJob {
  id: string;
  authorityId: string;
  staffId: string;
  phase: ImportPhase;
  rowsDone: number;
  rowsTotal: number;
  startedAt: Date;
  finishedAt: Date | null;
  result: ImportResult | null;
}

/** The jobs of this process. */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(private readonly clock: () => Date) {}

  private forgetOld(): void {
    const cutoff = this.clock().getTime() - KEEP_FINISHED_MS;
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && job.finishedAt.getTime() < cutoff) this.jobs.delete(id);
    }
  }

  /** A new job, or null when one is already running for the authority. */
  start(authorityId: string, staffId: string): ImportJob | null {
    this.forgetOld();
    for (const job of this.jobs.values()) {
      if (job.authorityId === authorityId && job.finishedAt === null) return null;
    }
    const job: ImportJob = {
      // 128 random bits: a job id cannot be guessed, and is bound to the staff member anyway.
      id: randomBytes(16).toString('base64url'),
      authorityId,
      staffId,
      phase: 'checking',
      rowsDone: 0,
      rowsTotal: 0,
      startedAt: this.clock(),
      finishedAt: null,
      result: null,
    };
    this.jobs.set(job.id, job);
    return job;
  }

  finish(job: ImportJob, result: ImportResult | null): void {
    job.phase = result === null ? 'failed' : 'finished';
    job.result = result;
    if (result?.ok) job.rowsDone = job.rowsTotal = result.rows;
    if (result && !result.ok) job.rowsTotal = result.rows;
    job.finishedAt = this.clock();
  }

  /** The job's status for the staff member who started it, for that authority; else undefined. */
  status(id: string, staffId: string, authorityId: string): ImportJobStatus | undefined {
    this.forgetOld();
    const job = this.jobs.get(id);
    if (!job || job.staffId !== staffId || job.authorityId !== authorityId) return undefined;
    return {
      id: job.id,
      phase: job.phase,
      rowsDone: job.rowsDone,
      rowsTotal: job.rowsTotal,
      startedAt: job.startedAt.toISOString(),
      result: job.result,
    };
  }
}

/** The one job store of this process. */
export const importJobs = new ImportJobs(() => new Date());

function problem(res: express.Response, status: number, message: string): void {
  res.status(status).json({ error: message });
}

/**
 * `POST /files/:authorityId/imports`: the CSV as the body. Answers 202 with the job's id at once;
 * the import runs on after the answer.
 */
export function importsRouter(deps: {
  db: Database;
  env: Env;
  log: Logger;
  now: () => Date;
  jobs?: ImportJobs;
}): Router {
  const { db, env, log, now } = deps;
  const jobs = deps.jobs ?? importJobs;
  const imports = express.Router();

  imports.post(
    '/:authorityId/imports',
    express.raw({ type: () => true, limit: maxImportBytes }),
    async (req, res, next) => {
      try {
        const ids = z.object({ authorityId: z.uuid() }).safeParse(req.params);
        if (!ids.success) {
          problem(res, 404, 'Not found.');
          return;
        }
        const session = await loadSession(db, env, req, now());
        if (!session) {
          problem(res, 401, 'Please sign in.');
          return;
        }
        if (req.get('x-csrf-token') !== session.csrfToken) {
          problem(res, 403, 'This request could not be verified.');
          return;
        }
        const roles = session.memberships
          .filter((m) => m.authorityId === ids.data.authorityId)
          .map((m) => m.role);
        if (!holdsAny(roles, abilities.importCases)) {
          problem(res, 403, 'You do not have access to this.');
          return;
        }
        const authority = await findAuthorityById(db, ids.data.authorityId);
        if (!authority) {
          problem(res, 404, 'Not found.');
          return;
        }
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (body.length === 0) {
          problem(res, 400, importMessages.empty);
          return;
        }
        const job = jobs.start(authority.id, session.staff.id);
        if (!job) {
          problem(res, 409, importMessages.busy);
          return;
        }
        res.status(202).json({ jobId: job.id });

        const staffId = session.staff.id;
        void importHistoricCases(db, body, {
          authority: { code: authority.code },
          today: isoDateInLondon(now()),
          onProgress: (done, total) => {
            job.phase = 'importing';
            job.rowsDone = done;
            job.rowsTotal = total;
          },
        }).then(
          async (result) => {
            jobs.finish(job, result);
            await recordAudit(db, {
              authorityId: authority.id,
              staffId,
              action: result.ok ? 'cases.imported' : 'cases.import_refused',
              detail: result.ok
                ? {
                    rows: result.rows,
                    complaintsCreated: result.complaintsCreated,
                    complaintsUnchanged: result.complaintsUnchanged,
                  }
                : { rows: result.rows, problems: result.errors.length },
            }).catch((error: unknown) => {
              log.error({ failure: uploadFailure(error) }, 'import audit failed');
            });
          },
          (error: unknown) => {
            jobs.finish(job, null);
            // The error may quote the file's rows (a database error carries its parameters).
            log.error({ failure: uploadFailure(error) }, 'import failed');
          },
        );
      } catch (error) {
        failUpload(error, res, next, log, 'import upload');
      }
    },
  );
  return imports;
}
