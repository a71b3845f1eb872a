/**
 * Attachments (letters, reports) go over plain HTTP rather than tRPC, as raw bytes. The same checks
 * apply as for procedures: a signed-in session, the CSRF token for uploads, a role that allows it,
 * and access to the case. A file is stored in one INSERT, so a failed upload leaves nothing.
 */
import { createHash } from 'node:crypto';
import { findAttachment, insertAttachment, recordAudit, type Database } from '@heard/db';
import { TRPCError } from '@trpc/server';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { loadSession } from './auth/session.js';
import type { Env } from './env.js';
import { abilities, holdsAny } from './permissions.js';
import { caseForCaller } from './routers/complaints/access.js';

export const attachmentKinds = ['letter', 'report', 'evidence', 'other'] as const;
export const maxAttachmentBytes = 10 * 1024 * 1024;

/** The file types accepted, each with the bytes its files start with. */
const fileTypes: { contentType: string; extension: RegExp; magic: (b: Buffer) => boolean }[] = [
  {
    contentType: 'application/pdf',
    extension: /\.pdf$/i,
    magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  },
  {
    contentType: 'image/png',
    extension: /\.png$/i,
    magic: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    contentType: 'image/jpeg',
    extension: /\.jpe?g$/i,
    magic: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: /\.docx$/i,
    magic: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
  { contentType: 'text/plain', extension: /\.txt$/i, magic: (b) => !b.includes(0) },
];

export const attachmentMessages = {
  type: 'The file must be a PDF, Word document (.docx), PNG, JPEG or plain text file',
  size: 'The file must be smaller than 10 MB',
  empty: 'The file is empty',
  name: 'The file needs a name of 200 characters or fewer',
  encoding: 'The file name could not be read. Rename the file and try again',
  kind: 'Choose what kind of document this is',
} as const;

const uploadHeaders = z.object({
  'x-file-name': z.string().min(1, attachmentMessages.name).max(600, attachmentMessages.name),
  'x-attachment-kind': z.enum(attachmentKinds, attachmentMessages.kind),
});

function problem(res: Response, status: number, message: string): void {
  res.status(status).json({ error: message });
}

/**
 * The `x-file-name` header as the admin app sends it (`encodeURIComponent` of the file's name),
 * decoded; undefined when it is not valid percent-encoded UTF-8 (`%`, `%E0%A4%A`) or holds control
 * characters, which no file name needs and the database cannot always store (NUL). Slashes become
 * `_`, so a name is never a path.
 */
export function decodeFileName(header: string): string | undefined {
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u001f\u007f]/.test(name)) return undefined;
  return name.replace(/[/\\]/g, '_').trim();
}

/**
 * What the log may say about an upload that failed: the error's type and code (a PostgreSQL
 * SQLSTATE such as `23505`, or a Node.js code), nothing else. A database error's message can
 * carry the statement's parameters, which are the file's name and bytes, so the error itself is
 * never logged.
 */
export function uploadFailure(error: unknown): { type: string; code?: string } {
  const word = (value: unknown): string | undefined =>
    typeof value === 'string' && /^[A-Za-z0-9_]{1,60}$/.test(value) ? value : undefined;
  const codeOf = (value: unknown): string | undefined =>
    typeof value === 'object' && value !== null && 'code' in value ? word(value.code) : undefined;
  const type = (error instanceof Error ? word(error.name) : undefined) ?? 'Error';
  const code = codeOf(error) ?? (error instanceof Error ? codeOf(error.cause) : undefined);
  return code === undefined ? { type } : { type, code };
}

/**
 * The end of an upload that threw. A refusal from a shared check (not found, not assigned) goes on
 * to the app's error handler, which answers it with its status; anything else is logged by
 * {@link uploadFailure} only and answered 500 here, so the error never reaches a log whole.
 */
export function failUpload(
  error: unknown,
  res: Response,
  next: (error: unknown) => void,
  log: Logger,
  what: string,
): void {
  if (error instanceof TRPCError && error.code !== 'INTERNAL_SERVER_ERROR') {
    next(error);
    return;
  }
  log.error({ failure: uploadFailure(error) }, `${what} failed`);
  if (!res.headersSent) problem(res, 500, 'The request failed.');
}

export function filesRouter(deps: {
  db: Database;
  env: Env;
  log: Logger;
  now: () => Date;
}): Router {
  const files = express.Router();
  const { db, env, log, now } = deps;

  async function caller(req: Request, res: Response, authorityId: string) {
    const session = await loadSession(db, env, req, now());
    if (!session) {
      problem(res, 401, 'Please sign in.');
      return null;
    }
    const roles = session.memberships
      .filter((m) => m.authorityId === authorityId)
      .map((m) => m.role);
    return { session, roles };
  }

  files.post(
    '/:authorityId/complaints/:complaintId/attachments',
    express.raw({ type: () => true, limit: maxAttachmentBytes }),
    async (req, res, next) => {
      try {
        const ids = z
          .object({ authorityId: z.uuid(), complaintId: z.uuid() })
          .safeParse(req.params);
        if (!ids.success) {
          problem(res, 404, 'Not found.');
          return;
        }
        const who = await caller(req, res, ids.data.authorityId);
        if (!who) return;
        if (req.get('x-csrf-token') !== who.session.csrfToken) {
          {
            problem(res, 403, 'This request could not be verified.');
            return;
          }
        }
        if (!holdsAny(who.roles, abilities.addAttachment)) {
          {
            problem(res, 403, 'You do not have access to this.');
            return;
          }
        }
        const headers = uploadHeaders.safeParse(req.headers);
        if (!headers.success) {
          problem(res, 400, headers.error.issues[0]?.message ?? attachmentMessages.name);
          return;
        }
        const fileName = decodeFileName(headers.data['x-file-name']);
        if (fileName === undefined) {
          problem(res, 400, attachmentMessages.encoding);
          return;
        }
        if (!fileName || fileName.length > 200) {
          problem(res, 400, attachmentMessages.name);
          return;
        }
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (body.length === 0) {
          problem(res, 400, attachmentMessages.empty);
          return;
        }
        const type = fileTypes.find((t) => t.extension.test(fileName));
        if (!type || !type.magic(body)) {
          problem(res, 415, attachmentMessages.type);
          return;
        }
        const { complaint } = await caseForCaller(
          { db, authorityId: ids.data.authorityId, roles: who.roles, session: who.session, now },
          ids.data.complaintId,
        );
        const id = await db.transaction(async (tx) => {
          const attachmentId = await insertAttachment(tx, {
            authorityId: ids.data.authorityId,
            complaintId: complaint.id,
            kind: headers.data['x-attachment-kind'],
            fileName,
            contentType: type.contentType,
            sizeBytes: body.length,
            sha256: createHash('sha256').update(body).digest('hex'),
            content: body,
            uploadedBy: who.session.staff.id,
          });
          await recordAudit(tx, {
            authorityId: ids.data.authorityId,
            staffId: who.session.staff.id,
            action: 'attachment.added',
            complaintId: complaint.id,
            detail: {
              attachmentId,
              kind: headers.data['x-attachment-kind'],
              sizeBytes: body.length,
            },
          });
          return attachmentId;
        });
        res.status(201).json({ id });
      } catch (error) {
        failUpload(error, res, next, log, 'attachment upload');
      }
    },
  );

  files.get('/:authorityId/attachments/:attachmentId', async (req, res, next) => {
    try {
      const ids = z.object({ authorityId: z.uuid(), attachmentId: z.uuid() }).safeParse(req.params);
      if (!ids.success) {
        problem(res, 404, 'Not found.');
        return;
      }
      const who = await caller(req, res, ids.data.authorityId);
      if (!who) return;
      if (!holdsAny(who.roles, [...abilities.readAllCases, ...abilities.readAssignedCases])) {
        {
          problem(res, 403, 'You do not have access to this.');
          return;
        }
      }
      const file = await findAttachment(db, ids.data.authorityId, ids.data.attachmentId);
      if (!file) {
        problem(res, 404, 'Not found.');
        return;
      }
      await caseForCaller(
        { db, authorityId: ids.data.authorityId, roles: who.roles, session: who.session, now },
        file.complaintId,
      );
      await recordAudit(db, {
        authorityId: ids.data.authorityId,
        staffId: who.session.staff.id,
        action: 'attachment.downloaded',
        complaintId: file.complaintId,
        detail: { attachmentId: file.id },
      });
      res.setHeader('Content-Type', file.contentType);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.send(file.content);
    } catch (error) {
      next(error);
    }
  });
  return files;
}
