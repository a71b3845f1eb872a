/**
 * What the routers of compliments, comments, enquiries, Ombudsman cases and learning actions share:
 * the council being worked on, today's date there, one transaction per action with the client's
 * request id claimed first, and refusals turned into the API's error vocabulary.
 */
import {
  claimRequest,
  findAuthorityById,
  recordAudit,
  type Authority,
  type Database,
  type Transaction,
} from '@heard/db';
import { isoDateInLondon, RECORD_REFUSAL_MESSAGES, type RecordRefusalCode } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { refusal } from '../../errors.js';

export interface RecordScope {
  db: Database;
  authorityId: string;
  session: { staff: { id: string } };
  now: () => Date;
}

/** Every action carries a new id from the client: the same id twice records once. */
export const requestIdSchema = z.object({ requestId: z.uuid() });

export async function authorityOf(
  ctx: RecordScope,
): Promise<{ authority: Authority; today: string }> {
  const authority = await findAuthorityById(ctx.db, ctx.authorityId);
  if (!authority) throw new TRPCError({ code: 'NOT_FOUND', message: 'Unknown authority.' });
  return { authority, today: isoDateInLondon(ctx.now()) };
}

export const recordNotFound = (what: string) =>
  new TRPCError({ code: 'NOT_FOUND', message: `We could not find that ${what}.` });

/**
 * A problem with one field of the input that only the server can see (a date after today, an
 * unknown complaint reference): a BAD_REQUEST whose `fieldErrors` name the field, as the schema's
 * own messages do, so the form shows it in the same place.
 */
export function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    message,
    cause: new z.ZodRealError([{ code: 'custom', path: [field], message, input: undefined }]),
  });
}

/** A refusal of the domain's: bad dates at their field, the rest as a conflict with the record. */
export function recordRefusal(code: RecordRefusalCode, dateField: string): TRPCError {
  const message = RECORD_REFUSAL_MESSAGES[code];
  if (code === 'date_after_today' || code === 'date_before_received')
    return fieldError(dateField, message);
  if (code.endsWith('_not_found')) return refusal(code, message, 'NOT_FOUND');
  return refusal(code, message);
}

/**
 * Runs one action in one transaction: claims the request id, then makes the change and writes the
 * audit entry. A request id already used returns the first result and changes nothing.
 */
export async function inOneAction(
  ctx: RecordScope,
  request: { requestId: string; action: string; recordId?: string },
  /** Makes the change; what it returns (an object) is added to the audit entry's detail. */
  change: (tx: Transaction, recordId: string) => Promise<unknown>,
): Promise<{ id: string; duplicate: boolean }> {
  return ctx.db.transaction(async (tx) => {
    const claim = await claimRequest(tx, {
      authorityId: ctx.authorityId,
      requestId: request.requestId,
      action: request.action,
      ...(request.recordId ? { recordId: request.recordId } : {}),
    });
    if (claim.duplicate) return { id: claim.recordId, duplicate: true };
    const returned = await change(tx, claim.recordId);
    const detail = typeof returned === 'object' && returned !== null ? returned : {};
    await recordAudit(tx, {
      authorityId: ctx.authorityId,
      staffId: ctx.session.staff.id,
      action: request.action,
      detail: { recordId: claim.recordId, ...detail },
    });
    return { id: claim.recordId, duplicate: false };
  });
}

/** A date staff enter for something that has happened: not after today. */
export function notInFuture(date: string, today: string, field: string): void {
  if (date > today) throw fieldError(field, RECORD_REFUSAL_MESSAGES.date_after_today);
}
