/**
 * What a person sends when they complain online. One schema serves the API's input check and the
 * portal's form, so the limits and the words of every message are the same in both places.
 * Messages follow the GOV.UK Design System's error message style: say what to do, plainly.
 */
import { z } from 'zod';
import { multiLineText, singleLineText } from './text.js';

export const submissionLimits = {
  whatHappened: 5000,
  desiredOutcome: 2000,
  name: 100,
  email: 254,
  phone: 30,
} as const;

export const submissionMessages = {
  complainantType: 'Choose who is making the complaint',
  whatHappenedMissing: 'Tell us what happened',
  whatHappenedTooLong: `What happened must be ${submissionLimits.whatHappened} characters or fewer`,
  desiredOutcomeTooLong: `What you would like to happen must be ${submissionLimits.desiredOutcome} characters or fewer`,
  nameTooLong: `Your name must be ${submissionLimits.name} characters or fewer`,
  emailInvalid: 'Enter an email address like name@example.com',
  phoneInvalid: 'Enter a phone number, like 07700 900 982',
} as const;

/** Who is making the complaint: the young person, a parent or carer, or someone helping. */
export const complainantTypeSchema = z.enum(['young_person', 'parent_carer', 'advocate', 'other'], {
  error: submissionMessages.complainantType,
});
export type SubmissionComplainantType = z.infer<typeof complainantTypeSchema>;

/** An optional text box (one line or a text area): blank means "not given". */
const optionalText = (text: z.ZodString, max: number, message: string) =>
  text
    .max(max, message)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

export const complaintSubmissionSchema = z.object({
  complainantType: complainantTypeSchema,
  whatHappened: multiLineText({ error: submissionMessages.whatHappenedMissing })
    .min(1, submissionMessages.whatHappenedMissing)
    .max(submissionLimits.whatHappened, submissionMessages.whatHappenedTooLong),
  desiredOutcome: optionalText(
    multiLineText(),
    submissionLimits.desiredOutcome,
    submissionMessages.desiredOutcomeTooLong,
  ),
  contactName: optionalText(
    singleLineText(),
    submissionLimits.name,
    submissionMessages.nameTooLong,
  ),
  contactEmail: singleLineText()
    .max(submissionLimits.email, submissionMessages.emailInvalid)
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.email(submissionMessages.emailInvalid).optional()),
  contactPhone: singleLineText()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(
      z
        .string()
        .max(submissionLimits.phone, submissionMessages.phoneInvalid)
        .regex(/^\+?[0-9 ()-]{7,}$/, submissionMessages.phoneInvalid)
        .optional(),
    ),
});
export type ComplaintSubmission = z.infer<typeof complaintSubmissionSchema>;
/** The form's values before parsing: every field as typed. */
export type ComplaintSubmissionInput = z.input<typeof complaintSubmissionSchema>;

export const trackingLookupMessages = {
  reference: 'Enter your reference, like WBC-26-00042',
  trackingCode: 'Enter your tracking code',
} as const;

export const trackingLookupSchema = z.object({
  reference: singleLineText({ error: trackingLookupMessages.reference })
    .toUpperCase()
    .min(1, trackingLookupMessages.reference)
    .max(40, trackingLookupMessages.reference),
  trackingCode: singleLineText({ error: trackingLookupMessages.trackingCode })
    .min(1, trackingLookupMessages.trackingCode)
    .max(64, trackingLookupMessages.trackingCode),
});
export type TrackingLookup = z.infer<typeof trackingLookupSchema>;
