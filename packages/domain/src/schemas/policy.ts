import { z } from 'zod';
import { LIMITS, MESSAGES } from './messages.js';
import { multiLineText, singleLineText } from './text.js';

const workingDays = z
  .number(MESSAGES.policyWorkingDays)
  .int(MESSAGES.policyWorkingDays)
  .min(0, MESSAGES.policyWorkingDays)
  .max(LIMITS.policyMaxWorkingDays, MESSAGES.policyWorkingDays);

/** The timescales of one corporate stage, in working days. */
export const corporateStageTimescalesSchema = z
  .object({
    /** Acknowledge within this many working days of receipt (or of the request); null for none. */
    acknowledgeWithin: workingDays.nullable(),
    /** Respond within this many working days of the clock's start. */
    respondWithin: workingDays.min(1, MESSAGES.policyWorkingDays),
    /**
     * `receipt`: the clock starts on the day the complaint (or the stage 2 request) arrives, and
     * the first working day after it is day 1 (Isle of Wight 2021 §2.29). `acknowledgement`: it starts when
     * the complaint is acknowledged (LGSCO Complaint Handling Code).
     */
    respondClockStartsAt: z.enum(['receipt', 'acknowledgement']),
    /** The longest extension the policy allows at this stage; 0 for none. */
    maxExtension: workingDays,
  })
  .refine((stage) => stage.respondClockStartsAt === 'receipt' || stage.acknowledgeWithin !== null, {
    error: MESSAGES.policyClockNeedsAcknowledgement,
    path: ['respondClockStartsAt'],
  });

/**
 * A council's corporate (non-statutory) complaints policy. Statutory timescales are the law and
 * are not here (procedure/timescales.ts).
 */
export const corporatePolicySchema = z.object({
  id: singleLineText().min(1).max(LIMITS.idMaxLength),
  name: singleLineText().min(1).max(LIMITS.nameMaxLength),
  /** Where the timescales come from. */
  source: multiLineText().min(1).max(LIMITS.reasonMaxLength),
  stage1: corporateStageTimescalesSchema,
  stage2: corporateStageTimescalesSchema,
  /**
   * Working days after the stage 1 response within which the complainant is asked to request
   * stage 2; null when the policy sets none. A later request is accepted and flagged.
   */
  escalationRequestWithin: workingDays.min(1, MESSAGES.policyWorkingDays).nullable(),
});

export type CorporateStageTimescales = z.infer<typeof corporateStageTimescalesSchema>;
export type CorporatePolicy = z.infer<typeof corporatePolicySchema>;
