/**
 * The API's one error vocabulary. The domain refuses with reason codes; this table says which tRPC
 * code each becomes. The words a person reads are chosen by the client from the reason.
 */
import { TRPCError } from '@trpc/server';
import { RefusalCause } from './trpc.js';

type TrpcCode = ConstructorParameters<typeof TRPCError>[0]['code'];

/** A refusal because the case is not in a state that allows it is a conflict, not bad input. */
export function refusal(reason: string, message: string, code: TrpcCode = 'CONFLICT'): TRPCError {
  return new TRPCError({ code, message, cause: new RefusalCause(reason) });
}

/** PostgreSQL's unique_violation, from either driver. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current === 'object' && 'code' in current && current.code === '23505') return true;
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return false;
}

/**
 * Runs a write that claims a unique key (an idempotency key, a reference) and, if the same request
 * won the race a moment earlier, runs it once more: the second run finds the first one's row.
 */
export async function retryOnUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return write();
  }
}
