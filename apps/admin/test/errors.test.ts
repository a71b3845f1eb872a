import { describe, expect, it } from 'vitest';
import {
  errorCode,
  fieldErrorsOf,
  isRetryable,
  messageOf,
  problemOf,
  reasonOf,
} from '../src/lib/errors';

/** The shape of a TRPCClientError as the API formats it (see apps/api/src/trpc.ts). */
function apiError(code: string, message: string, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error(message), { data: { code, httpStatus: 400, ...extra } });
}

describe('errorCode', () => {
  it('reads the tRPC code, and nothing from a network failure', () => {
    expect(errorCode(apiError('FORBIDDEN', 'No'))).toBe('FORBIDDEN');
    expect(errorCode(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
    expect(errorCode('FORBIDDEN')).toBeUndefined();
  });
});

describe('reasonOf', () => {
  it('reads the reason code of a refusal', () => {
    expect(reasonOf(apiError('UNAUTHORIZED', 'Enter the code', { reason: 'totp_required' }))).toBe(
      'totp_required',
    );
    expect(reasonOf(apiError('UNAUTHORIZED', 'Email or password is not right'))).toBeUndefined();
  });
});

describe('fieldErrorsOf', () => {
  it('takes the messages for each field from a BAD_REQUEST', () => {
    const error = apiError('BAD_REQUEST', 'Invalid', {
      fieldErrors: { email: ['Enter your email address'], password: [], other: 'not a list' },
    });
    expect(fieldErrorsOf(error)).toEqual({ email: ['Enter your email address'] });
  });

  it('is empty when there are none', () => {
    expect(fieldErrorsOf(apiError('BAD_REQUEST', 'Invalid'))).toEqual({});
    expect(fieldErrorsOf(new Error('boom'))).toEqual({});
  });
});

describe('problemOf and isRetryable', () => {
  it('explains refusals without offering to try again', () => {
    expect(problemOf(apiError('UNAUTHORIZED', 'Please sign in.'))).toEqual({ kind: 'signed-out' });
    expect(problemOf(apiError('FORBIDDEN', 'No'))).toEqual({ kind: 'forbidden' });
    expect(problemOf(apiError('NOT_FOUND', 'Gone'))).toEqual({ kind: 'not-found' });
    expect(problemOf(apiError('BAD_REQUEST', 'Invalid'))).toEqual({
      kind: 'failed',
      retryable: false,
    });
  });

  it('offers to try again after network and server faults', () => {
    expect(problemOf(new TypeError('Failed to fetch'))).toEqual({
      kind: 'failed',
      retryable: true,
    });
    expect(isRetryable(apiError('INTERNAL_SERVER_ERROR', 'Oops'))).toBe(true);
    expect(isRetryable(apiError('TOO_MANY_REQUESTS', 'Slow down'))).toBe(false);
  });
});

describe('messageOf', () => {
  it('shows the API’s own words for a refusal', () => {
    expect(messageOf(apiError('UNAUTHORIZED', 'Email or password is not right'))).toBe(
      'Email or password is not right',
    );
  });

  it('does not show technical messages from faults', () => {
    const general = 'Sorry, there is a problem with the service. Try again later.';
    expect(messageOf(apiError('INTERNAL_SERVER_ERROR', 'relation "x" does not exist'))).toBe(
      general,
    );
    expect(messageOf(new TypeError('Failed to fetch'))).toBe(general);
  });
});
