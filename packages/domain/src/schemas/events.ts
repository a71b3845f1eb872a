/**
 * The events of a case, as stored (JSON, append-only) and as entered by staff. Every event has a
 * `type` and the day it happened, `on`. What an event means for the procedure is decided by
 * `applyEvent` (procedure/evaluate.ts); these schemas only check that the input is well formed.
 */
import { z } from 'zod';
import { caseDateSchema, matterDateSchema } from './dates.js';
import { LIMITS, MESSAGES } from './messages.js';
import { multiLineText, singleLineText } from './text.js';
import { independentPersonSchema, panelMemberSchema, personRefSchema } from './people.js';

export const PROCEDURES = ['statutory', 'corporate'] as const;
export const procedureSchema = z.enum(PROCEDURES, MESSAGES.procedureRequired);
export type Procedure = z.infer<typeof procedureSchema>;

/** How complaints arrive, as the annual reports count them (domain brief, "How councils count"). */
export const CHANNELS = [
  'letter',
  'email',
  'form',
  'telephone',
  'in_person',
  'online',
  'app',
] as const;
export const channelSchema = z.enum(CHANNELS, MESSAGES.channelRequired);
export type Channel = z.infer<typeof channelSchema>;

export const OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export const outcomeSchema = z.enum(OUTCOMES, MESSAGES.outcomeRequired);
export type Outcome = z.infer<typeof outcomeSchema>;

/** Several issues per complaint, each with its own outcome (Wandsworth 2021-22 footnote 8). */
export const issueOutcomeSchema = z.object({
  issue: multiLineText()
    .min(1, MESSAGES.issueRequired)
    .max(LIMITS.issueMaxLength, MESSAGES.issueTooLong),
  outcome: outcomeSchema,
});
export type IssueOutcome = z.infer<typeof issueOutcomeSchema>;

export const reasonSchema = multiLineText()
  .min(1, MESSAGES.reasonRequired)
  .max(LIMITS.reasonMaxLength, MESSAGES.reasonTooLong);

const optionalReasonSchema = multiLineText()
  .max(LIMITS.reasonMaxLength, MESSAGES.reasonTooLong)
  .optional();

/** Where an escalation goes: the next stage, or the Ombudsman after the last stage. */
export const escalationTargetSchema = z.union(
  [z.literal(2), z.literal(3), z.literal('ombudsman')],
  {
    error: MESSAGES.escalationTarget,
  },
);
export type EscalationTarget = z.infer<typeof escalationTargetSchema>;

const on = caseDateSchema;

/**
 * Why a stage took longer than its timescale, as councils report the reasons for delay (domain
 * brief, "How councils count"; Wandsworth 2021-22 §11.7: staff availability and the investigation itself).
 */
export const DELAY_REASONS = [
  'staff_absence',
  'complexity',
  'awaiting_information',
  'other',
] as const;
export const delayReasonSchema = z.enum(DELAY_REASONS, MESSAGES.delayReason);
export type DelayReason = z.infer<typeof delayReasonSchema>;

/**
 * What the council paid someone from outside it for the stage, in pence: an independent person
 * or an external investigating officer (Wandsworth 2021-22 §4.2; domain brief: cost of independent
 * investigators).
 */
export const feePenceSchema = z
  .number(MESSAGES.feeWholePence)
  .int(MESSAGES.feeWholePence)
  .min(0, MESSAGES.feeNotNegative)
  .max(LIMITS.feeMaxPence, MESSAGES.feeTooLarge);

export const receivedEventSchema = z.object({
  type: z.literal('received'),
  on,
  procedure: procedureSchema,
  channel: channelSchema.optional(),
  /** When the matter complained about happened, for the 12-month limit (reg 9). */
  matterOccurredOn: matterDateSchema.optional(),
});

export const acknowledgedEventSchema = z.object({ type: z.literal('acknowledged'), on });

export const extensionAgreedEventSchema = z.object({
  type: z.literal('extension_agreed'),
  on,
  reason: reasonSchema,
  agreedBy: personRefSchema,
  workingDays: z
    .number(MESSAGES.extensionWholeDays)
    .int(MESSAGES.extensionWholeDays)
    .min(1, MESSAGES.extensionRange)
    .max(LIMITS.extensionMaxWorkingDays, MESSAGES.extensionRange),
  delayReason: delayReasonSchema.optional(),
});

export const putOnHoldEventSchema = z.object({
  type: z.literal('put_on_hold'),
  on,
  /** For example: the same matter is before the family court (reg 8; Wandsworth 2021-22 §4.10). */
  reason: reasonSchema,
});

export const resumedEventSchema = z.object({ type: z.literal('resumed'), on });

export const respondedEventSchema = z.object({
  type: z.literal('responded'),
  on,
  outcomes: z
    .array(issueOutcomeSchema)
    .min(1, MESSAGES.outcomesRequired)
    .max(LIMITS.issuesMax, MESSAGES.outcomesTooMany),
  respondedBy: personRefSchema,
  /** For a response sent after its deadline: why it was late. */
  delayReason: delayReasonSchema.optional(),
});

export const escalationRequestedEventSchema = z.object({
  type: z.literal('escalation_requested'),
  on,
  to: escalationTargetSchema,
});

export const statementOfComplaintAgreedEventSchema = z.object({
  type: z.literal('statement_of_complaint_agreed'),
  on,
});

export const investigatingOfficerAppointedEventSchema = z.object({
  type: z.literal('investigating_officer_appointed'),
  on,
  person: personRefSchema,
  /** An external investigating officer's fee; left out for one employed by the council. */
  feePence: feePenceSchema.optional(),
});

export const independentPersonAppointedEventSchema = z.object({
  type: z.literal('independent_person_appointed'),
  on,
  person: independentPersonSchema,
  feePence: feePenceSchema.optional(),
});

export const panelHeldEventSchema = z
  .object({
    type: z.literal('panel_held'),
    on,
    members: z.array(panelMemberSchema).length(3, MESSAGES.panelSize),
    chairId: singleLineText().min(1, MESSAGES.panelChair),
  })
  .refine((panel) => new Set(panel.members.map((m) => m.id)).size === panel.members.length, {
    error: MESSAGES.panelDistinct,
    path: ['members'],
  })
  .refine((panel) => panel.members.some((m) => m.id === panel.chairId), {
    error: MESSAGES.panelChair,
    path: ['chairId'],
  });

export const panelRecommendationsIssuedEventSchema = z.object({
  type: z.literal('panel_recommendations_issued'),
  on,
});

export const councilRespondedAfterPanelEventSchema = z.object({
  type: z.literal('council_responded_after_panel'),
  on,
  respondedBy: personRefSchema,
});

export const timeLimitWaivedEventSchema = z.object({
  type: z.literal('time_limit_waived'),
  on,
  reason: reasonSchema,
});

export const withdrawnEventSchema = z.object({
  type: z.literal('withdrawn'),
  on,
  reason: optionalReasonSchema,
});

export const closedEventSchema = z.object({
  type: z.literal('closed'),
  on,
  reason: optionalReasonSchema,
});

export const reopenedEventSchema = z.object({
  type: z.literal('reopened'),
  on,
  reason: reasonSchema,
});

export const procedureChangedEventSchema = z.object({
  type: z.literal('procedure_changed'),
  on,
  to: procedureSchema,
  reason: reasonSchema,
});

/** Any event in a case, told apart by `type`. */
export const caseEventSchema = z.discriminatedUnion('type', [
  receivedEventSchema,
  acknowledgedEventSchema,
  extensionAgreedEventSchema,
  putOnHoldEventSchema,
  resumedEventSchema,
  respondedEventSchema,
  escalationRequestedEventSchema,
  statementOfComplaintAgreedEventSchema,
  investigatingOfficerAppointedEventSchema,
  independentPersonAppointedEventSchema,
  panelHeldEventSchema,
  panelRecommendationsIssuedEventSchema,
  councilRespondedAfterPanelEventSchema,
  timeLimitWaivedEventSchema,
  withdrawnEventSchema,
  closedEventSchema,
  reopenedEventSchema,
  procedureChangedEventSchema,
]);

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseEventType = CaseEvent['type'];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/** Every event type, in the order a case usually meets them. */
export const CASE_EVENT_TYPES = [
  'received',
  'acknowledged',
  'extension_agreed',
  'put_on_hold',
  'resumed',
  'responded',
  'escalation_requested',
  'statement_of_complaint_agreed',
  'investigating_officer_appointed',
  'independent_person_appointed',
  'panel_held',
  'panel_recommendations_issued',
  'council_responded_after_panel',
  'time_limit_waived',
  'withdrawn',
  'closed',
  'reopened',
  'procedure_changed',
] as const satisfies readonly CaseEventType[];
