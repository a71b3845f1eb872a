/**
 * A complaint logged by staff from an offline channel (letter, email, telephone, in person, app),
 * and the triage decision on it. One schema serves the API's input check and the admin forms.
 */
import { z } from 'zod';
import { caseDateSchema, matterDateSchema } from './dates.js';
import { channelSchema, procedureSchema } from './events.js';
import { LIMITS, MESSAGES } from './messages.js';
import { multiLineText, singleLineText } from './text.js';
import { complainantTypeSchema, submissionLimits, submissionMessages } from './submission.js';
import { COMPLAINANT_KINDS, COMPLAINT_SUBJECTS } from './triage.js';

/** Categories of support as the annual reports count them (Wandsworth 2021-22 table 8; Dudley 2022-23). */
export const CATEGORIES_OF_SUPPORT = [
  'child_looked_after',
  'care_leaver',
  'child_in_need',
  'child_protection',
  'referral_assessment',
  'other',
] as const;

export const intakeMessages = {
  receivedOn: 'Enter the date the complaint was received',
  teamTooLong: 'Team names must be 200 characters or fewer',
  childrenTooMany: 'Record at most 10 children',
  age: 'Enter an age from 0 to 25',
  onBehalfOfConsent:
    'Record that the young person agreed, or that they are not able to agree, before someone complains for them',
  procedureReason: 'Enter why this procedure applies',
} as const;

/** An optional box: blank means "not given". `text` is one line or a text area. */
const optionalText = (text: z.ZodString, max: number, message: string) =>
  text
    .max(max, message)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

export const childSchema = z.object({
  age: z
    .number(intakeMessages.age)
    .int(intakeMessages.age)
    .min(0, intakeMessages.age)
    .max(25, intakeMessages.age)
    .optional(),
  gender: optionalText(singleLineText(), 50, 'Gender must be 50 characters or fewer'),
  ethnicity: optionalText(singleLineText(), 100, 'Ethnicity must be 100 characters or fewer'),
  disability: z.enum(['yes', 'no', 'not_known']).optional(),
  categoryOfSupport: z.enum(CATEGORIES_OF_SUPPORT).optional(),
});
export type Child = z.infer<typeof childSchema>;

export const intakeSchema = z.object({
  receivedOn: caseDateSchema,
  receivedVia: channelSchema,
  complainantType: complainantTypeSchema,
  complainantRelationship: z.enum(COMPLAINANT_KINDS, MESSAGES.complainantRequired),
  complainantName: optionalText(
    singleLineText(),
    submissionLimits.name,
    submissionMessages.nameTooLong,
  ),
  contactEmail: singleLineText()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.email(submissionMessages.emailInvalid).optional()),
  contactPhone: optionalText(
    singleLineText(),
    submissionLimits.phone,
    submissionMessages.phoneInvalid,
  ),
  onBehalfOf: optionalText(singleLineText(), LIMITS.nameMaxLength, MESSAGES.nameTooLong),
  consentRecorded: z.boolean().default(false),
  children: z.array(childSchema).max(10, intakeMessages.childrenTooMany).default([]),
  subject: z.enum(COMPLAINT_SUBJECTS, MESSAGES.subjectRequired),
  serviceArea: optionalText(singleLineText(), 200, intakeMessages.teamTooLong),
  team: optionalText(singleLineText(), 200, intakeMessages.teamTooLong),
  principalIssue: optionalText(multiLineText(), LIMITS.issueMaxLength, MESSAGES.issueTooLong),
  otherIssues: z
    .array(
      multiLineText()
        .min(1, MESSAGES.issueRequired)
        .max(LIMITS.issueMaxLength, MESSAGES.issueTooLong),
    )
    .max(LIMITS.issuesMax, MESSAGES.outcomesTooMany)
    .default([]),
  whatHappened: multiLineText()
    .min(1, submissionMessages.whatHappenedMissing)
    .max(submissionLimits.whatHappened, submissionMessages.whatHappenedTooLong),
  desiredOutcome: optionalText(
    multiLineText(),
    submissionLimits.desiredOutcome,
    submissionMessages.desiredOutcomeTooLong,
  ),
  matterOccurredOn: matterDateSchema.optional(),
  procedure: procedureSchema,
  /** Why this procedure: the domain's advice in words, or the reason staff chose otherwise. */
  procedureReason: multiLineText()
    .min(1, intakeMessages.procedureReason)
    .max(LIMITS.reasonMaxLength, MESSAGES.reasonTooLong),
});
export type Intake = z.infer<typeof intakeSchema>;
export type IntakeInput = z.input<typeof intakeSchema>;

/** Triage of a complaint in the inbox: confirm the procedure, assign, and record advocacy. */
export const triageSchema = z.object({
  procedure: procedureSchema,
  procedureReason: multiLineText()
    .min(1, intakeMessages.procedureReason)
    .max(LIMITS.reasonMaxLength, MESSAGES.reasonTooLong),
  acknowledgedOn: caseDateSchema.optional(),
  assignedStaffId: z.uuid('Choose a responder').optional(),
  serviceArea: optionalText(singleLineText(), 200, intakeMessages.teamTooLong),
  team: optionalText(singleLineText(), 200, intakeMessages.teamTooLong),
  advocacyOffered: z.boolean(),
  advocacyAccepted: z.boolean().optional(),
  matterOccurredOn: matterDateSchema.optional(),
});
export type Triage = z.infer<typeof triageSchema>;
