/**
 * The portal's two forms: their fields in page order, how a posted body becomes the values typed,
 * and how the shared schemas' problems become one message per field. Used by the server and, for
 * the same words and order, by the forms' scripts in the browser.
 */
import type { z } from 'zod';

/** The complaint form's fields, in the order they appear on the page. */
export const complaintFields = [
  'complainantType',
  'whatHappened',
  'desiredOutcome',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;
export type ComplaintField = (typeof complaintFields)[number];
/** Everything as typed: text, or '' for an empty box or no choice. */
export type ComplaintFormValues = Record<ComplaintField, string>;

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

export function readComplaintForm(body: unknown): {
  values: ComplaintFormValues;
  idempotencyKey: string;
} {
  return {
    values: pick(complaintFields, body),
    idempotencyKey: pick(['idempotencyKey'], body).idempotencyKey,
  };
}

export function readTrackForm(body: unknown): TrackFormValues {
  return pick(trackFields, body);
}

export const emptyComplaintForm: ComplaintFormValues = {
  complainantType: '',
  whatHappened: '',
  desiredOutcome: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

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
