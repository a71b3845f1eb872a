/**
 * Turning the API's errors into what staff see. The API sends tRPC error codes (401 "who are
 * you", 403 "you may not", 400 with `fieldErrors` for forms); these helpers read them from any
 * thrown value without trusting its shape.
 */

export type FieldErrors = Record<string, string[]>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function dataOf(error: unknown): Record<string, unknown> | undefined {
  if (!isRecord(error)) return undefined;
  const data = error.data;
  return isRecord(data) ? data : undefined;
}

/** The tRPC error code (`UNAUTHORIZED`, `FORBIDDEN`, ...), or undefined for network failures. */
export function errorCode(error: unknown): string | undefined {
  const code = dataOf(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The API's reason code for a refusal (`totp_required`, ...), when it gives one. */
export function reasonOf(error: unknown): string | undefined {
  const reason = dataOf(error)?.reason;
  return typeof reason === 'string' ? reason : undefined;
}

/** Field-level messages from a BAD_REQUEST: `{ email: ['Enter your email address'] }`. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const raw = dataOf(error)?.fieldErrors;
  if (!isRecord(raw)) return {};
  const result: FieldErrors = {};
  for (const [field, messages] of Object.entries(raw)) {
    if (Array.isArray(messages)) {
      const strings = messages.filter((m): m is string => typeof m === 'string' && m !== '');
      if (strings.length > 0) result[field] = strings;
    }
  }
  return result;
}

/** Codes that say the request itself was refused: asking again gives the same answer. */
const finalCodes = new Set([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'UNPROCESSABLE_CONTENT',
  'TOO_MANY_REQUESTS',
]);

/** Whether a failed query is worth retrying on its own (network trouble, server errors). */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code === undefined || !finalCodes.has(code);
}

export type Problem =
  | { kind: 'signed-out' }
  | { kind: 'forbidden' }
  | { kind: 'not-found' }
  | { kind: 'failed'; retryable: boolean };

/** What went wrong with loading something, as the page needs to explain it. */
export function problemOf(error: unknown): Problem {
  switch (errorCode(error)) {
    case 'UNAUTHORIZED':
      return { kind: 'signed-out' };
    case 'FORBIDDEN':
      return { kind: 'forbidden' };
    case 'NOT_FOUND':
      return { kind: 'not-found' };
    default:
      return { kind: 'failed', retryable: isRetryable(error) };
  }
}

/**
 * The message to show for a failed action. The API writes its messages for the people using it
 * ("Email or password is not right"); network failures and server faults get a general sentence.
 */
export function messageOf(error: unknown): string {
  const code = errorCode(error);
  if (
    code !== undefined &&
    code !== 'INTERNAL_SERVER_ERROR' &&
    isRecord(error) &&
    typeof error.message === 'string' &&
    error.message !== ''
  ) {
    return error.message;
  }
  return 'Sorry, there is a problem with the service. Try again later.';
}
