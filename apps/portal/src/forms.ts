/**
 * The portal's forms: how a posted body becomes the values typed, and how the shared schemas'
 * problems become one message per field. Used by the server and, for the same words and order, by
 * the forms' scripts in the browser. The journeys' own fields are in src/journeys.
 */
import type { z } from 'zod';

export const trackFields = ['reference', 'trackingCode'] as const;
export type TrackField = (typeof trackFields)[number];
export type TrackFormValues = Record<TrackField, string>;

/** One message per field with a problem: the first, as the GOV.UK pattern shows one at a time. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

function text(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  // A field sent twice (a crafted request) counts as its first value.
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function pick<F extends string>(fields: readonly F[], body: unknown): Record<F, string> {
  const source = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return Object.fromEntries(fields.map((field) => [field, text(source, field)])) as Record<
    F,
    string
  >;
}

/** The form's own fields that are not answers: which page, which button, the repeat key. */
export function readControls(body: unknown): {
  idempotencyKey: string;
  step: string;
  nav: string;
  returnTo: string;
  requestId: string;
} {
  return pick(['idempotencyKey', 'step', 'nav', 'returnTo', 'requestId'], body);
}

export function readTrackForm(body: unknown): TrackFormValues {
  return pick(trackFields, body);
}

export const emptyTrackForm: TrackFormValues = { reference: '', trackingCode: '' };

/** The first message for each field the schema found a problem with. */
export function fieldErrorsFromZod<F extends string>(
  fields: readonly F[],
  error: z.ZodError,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (
      typeof field === 'string' &&
      (fields as readonly string[]).includes(field) &&
      errors[field as F] === undefined
    ) {
      errors[field as F] = issue.message;
    }
  }
  return errors;
}

/** The API's `{ field: [messages] }`, cut down to this form's fields and one message each. */
export function fieldErrorsFromApi<F extends string>(
  fields: readonly F[],
  fieldErrors: Record<string, string[]>,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const field of fields) {
    const first = fieldErrors[field]?.[0];
    if (first !== undefined) errors[field] = first;
  }
  return errors;
}

/** The error summary's list: page order, each linking to its field. */
export function errorList<F extends string>(
  fields: readonly F[],
  errors: FieldErrors<F>,
): { fieldId: F; text: string }[] {
  return fields.flatMap((field) => {
    const message = errors[field];
    return message === undefined ? [] : [{ fieldId: field, text: message }];
  });
}
