/**
 * Signing in to the portal by a one-time email link, and an advocate referring a case
 * (docs/decisions/0011). One schema each serves the API's input check and the portal's form.
 */
import { z } from 'zod';
import { singleLineText } from './text.js';
import { complaintSubmissionSchema, submissionLimits, submissionMessages } from './submission.js';

export const portalSignInMessages = {
  emailMissing: 'Enter your email address',
  emailInvalid: submissionMessages.emailInvalid,
  onBehalfOf: 'Enter the young person’s first name',
  onBehalfOfTooLong: `The young person’s name must be ${submissionLimits.name} characters or fewer`,
  consent: 'Tick the box to say the young person agreed',
} as const;

/** How long a sign-in link works, in minutes, and that it works once. */
export const SIGN_IN_LINK_MINUTES = 20;

/** The address a sign-in link is asked for. */
export const signInLinkRequestSchema = z.object({
  email: singleLineText({ error: portalSignInMessages.emailMissing })
    .min(1, portalSignInMessages.emailMissing)
    .max(submissionLimits.email, portalSignInMessages.emailInvalid)
    .pipe(z.email(portalSignInMessages.emailInvalid)),
});
export type SignInLinkRequest = z.infer<typeof signInLinkRequestSchema>;

/**
 * A complaint an advocate makes for a young person: the young person's name, their agreement
 * (Wandsworth 2021-22 §4.6: someone may complain for a child with the child's agreement), and what happened.
 * The advocate's own details come from their account.
 */
export const advocateReferralSchema = complaintSubmissionSchema
  .pick({ whatHappened: true, desiredOutcome: true })
  .extend({
    onBehalfOf: singleLineText({ error: portalSignInMessages.onBehalfOf })
      .min(1, portalSignInMessages.onBehalfOf)
      .max(submissionLimits.name, portalSignInMessages.onBehalfOfTooLong),
    consentGiven: z.literal(true, { error: portalSignInMessages.consent }),
  });
export type AdvocateReferral = z.infer<typeof advocateReferralSchema>;
