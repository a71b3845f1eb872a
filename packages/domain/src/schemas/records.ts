/**
 * Input schemas for compliments, comments, enquiries, Ombudsman cases and learning actions. The
 * API's `.input()` and the admin forms' `zodResolver` use the same ones, so a member of staff sees
 * the same message at the field wherever it comes from.
 */
import { z } from 'zod';
import {
  COMMENT_FROM_TYPES,
  COMPLIMENT_FROM_TYPES,
  ENQUIRY_KINDS,
  MEMBER_ROLES,
  OMBUDSMAN_AREAS,
  OMBUDSMAN_CLOSED_REASONS,
  OMBUDSMAN_DECISIONS,
  OMBUDSMAN_PUBLICATIONS,
  OMBUDSMAN_REMEDY_KINDS,
  PAYMENT_REMEDY_KINDS,
} from '../records/labels.js';
import { namesStillPresent, namesToRedact } from '../records/redaction.js';
import { caseDateSchema } from './dates.js';
import { channelSchema } from './events.js';
import { multiLineText, singleLineText } from './text.js';

export const RECORD_LIMITS = {
  words: 5000,
  summary: 5000,
  note: 2000,
  name: 200,
  team: 200,
  teamsMax: 20,
  reference: 50,
  issue: 500,
  /** £1,000,000 in pence: larger remedies than any the Ombudsman has asked a council for. */
  amountMaxPence: 100_000_000,
} as const;

export const RECORD_MESSAGES = {
  receivedOn: 'Enter the date it was received',
  date: 'Enter the date',
  fromType: 'Choose who sent it',
  words: 'Enter the words of the compliment',
  wordsTooLong: `The words must be ${String(RECORD_LIMITS.words)} characters or fewer`,
  teams: 'Enter at least one team',
  teamTooLong: `Each team name must be ${String(RECORD_LIMITS.team)} characters or fewer`,
  teamsTooMany: `Enter at most ${String(RECORD_LIMITS.teamsMax)} teams`,
  teamHintTooLong: `The team must be ${String(RECORD_LIMITS.team)} characters or fewer`,
  redactedWords: 'Enter the words to publish',
  nameStillPresent: (name: string) => `The words to publish still contain the name “${name}”`,
  summary: 'Enter what it is about',
  summaryTooLong: `The summary must be ${String(RECORD_LIMITS.summary)} characters or fewer`,
  nameTooLong: `The name must be ${String(RECORD_LIMITS.name)} characters or fewer`,
  channel: 'Choose how it arrived',
  forwardedTo: 'Enter the name of the team manager it was forwarded to',
  answer: 'Enter a summary of the answer',
  enquiryKind: 'Choose enquiry or member enquiry',
  memberName: 'Enter the name of the MP or councillor',
  memberRole: 'Choose MP or councillor',
  area: 'Choose the service area',
  lgscoReferenceTooLong: `The Ombudsman’s reference must be ${String(RECORD_LIMITS.reference)} characters or fewer`,
  complaintReferenceTooLong: `A complaint reference must be ${String(RECORD_LIMITS.reference)} characters or fewer`,
  dueOn: 'Enter the date it is due',
  dueBeforeReceived: 'The due date cannot be before the date it was received',
  decision: 'Choose the Ombudsman’s decision',
  closedReason: 'Choose why the Ombudsman closed the case',
  publication: 'Choose whether it was published as a statement or a public interest report',
  remedyKind: 'Choose the kind of remedy',
  remedyDescription: 'Describe the remedy',
  amount: 'Enter the amount in pounds, like 250 or 250.50',
  amountRange: 'Enter an amount from £0.01 to £1,000,000',
  amountNotForKind: 'Only a payment has an amount',
  evidence: 'Enter the evidence that the council complied',
  issue: 'Enter the issue found',
  issueTooLong: `The issue must be ${String(RECORD_LIMITS.issue)} characters or fewer`,
  lesson: 'Enter the lesson learned',
  action: 'Enter the action to take',
  noteTooLong: `This must be ${String(RECORD_LIMITS.note)} characters or fewer`,
  owningTeam: 'Enter the team that owns the action',
  source: 'Enter the reference of the complaint this comes from',
  cancelReason: 'Enter why the action was cancelled',
  status: 'Choose a status',
} as const;

/** Builds a trimmed string that refuses control characters: one line, or a text area. */
type TextKind = typeof singleLineText;

/** A box that must be filled in. */
const requiredText = (text: TextKind, max: number, missing: string, tooLong: string) =>
  text({ error: missing }).min(1, missing).max(max, tooLong);

/** An optional box: blank means "not given". */
const optionalText = (text: TextKind, max: number, tooLong: string) =>
  text()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v === '' ? undefined : v));

const datedOn = (missing: string) =>
  z.string({ error: missing }).min(1, missing).pipe(caseDateSchema);

/**
 * One or more teams: a list from the API, or one box in a form with a team on each line (or
 * separated by commas). The same team written twice counts once.
 */
export const teamListSchema = z
  .union([z.array(z.string()), z.string()], { error: RECORD_MESSAGES.teams })
  .transform((value) => {
    const list = (Array.isArray(value) ? value : value.split(/[\n,]/)).map((t) => t.trim());
    const seen = new Set<string>();
    return list.filter((t) => {
      const key = t.toLowerCase();
      if (t === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .pipe(
    z
      .array(singleLineText().max(RECORD_LIMITS.team, RECORD_MESSAGES.teamTooLong))
      .min(1, RECORD_MESSAGES.teams)
      .max(RECORD_LIMITS.teamsMax, RECORD_MESSAGES.teamsTooMany),
  );

// ---------------------------------------------------------------------------------------------
// Lists

/** Rows on one page of a list of records in the admin app. */
export const RECORD_LIST_PAGE_SIZE = 50;

/**
 * Which page of a list of records: `limit` rows after the first `offset`. Every list is in a fixed
 * order with the record's id as the last tie-break, so consecutive pages neither repeat nor skip a
 * record received on the same day.
 */
export const recordListPageSchema = z.object({
  limit: z.number().int().min(1).max(100).default(RECORD_LIST_PAGE_SIZE),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type RecordListPage = z.infer<typeof recordListPageSchema>;

// ---------------------------------------------------------------------------------------------
// Compliments

export const complimentFromTypeSchema = z.enum(COMPLIMENT_FROM_TYPES, RECORD_MESSAGES.fromType);

/** A compliment logged by staff, against one or more teams (Dudley 2022-23 section 4). */
export const complimentCreateSchema = z.object({
  receivedOn: datedOn(RECORD_MESSAGES.receivedOn),
  fromType: complimentFromTypeSchema,
  teams: teamListSchema,
  words: requiredText(
    multiLineText,
    RECORD_LIMITS.words,
    RECORD_MESSAGES.words,
    RECORD_MESSAGES.wordsTooLong,
  ),
});
export type ComplimentCreate = z.infer<typeof complimentCreateSchema>;
export type ComplimentCreateInput = z.input<typeof complimentCreateSchema>;

/** The teams a compliment is logged against, set again (a compliment sent online has none yet). */
export const complimentTeamsSchema = z.object({ teams: teamListSchema });
export type ComplimentTeamsInput = z.input<typeof complimentTeamsSchema>;

/** A compliment sent from the portal: who sent it, the words, and the team if they know it. */
export const portalComplimentSchema = z.object({
  fromType: complimentFromTypeSchema,
  words: requiredText(
    multiLineText,
    RECORD_LIMITS.words,
    RECORD_MESSAGES.words,
    RECORD_MESSAGES.wordsTooLong,
  ),
  teamHint: optionalText(singleLineText, RECORD_LIMITS.team, RECORD_MESSAGES.teamHintTooLong),
});
export type PortalCompliment = z.infer<typeof portalComplimentSchema>;

/**
 * Approval of a compliment's words for publication, with names replaced (Dudley 2022-23 section 5).
 * The words to publish may not contain any name that was marked.
 */
export const complimentApprovalSchema = z
  .object({
    markedNames: multiLineText()
      .max(RECORD_LIMITS.words, RECORD_MESSAGES.nameTooLong)
      .default('')
      .transform((v) => namesToRedact(v)),
    redactedWords: requiredText(
      multiLineText,
      RECORD_LIMITS.words,
      RECORD_MESSAGES.redactedWords,
      RECORD_MESSAGES.wordsTooLong,
    ),
  })
  .superRefine((value, ctx) => {
    for (const name of namesStillPresent(value.redactedWords, value.markedNames)) {
      ctx.addIssue({
        code: 'custom',
        path: ['redactedWords'],
        message: RECORD_MESSAGES.nameStillPresent(name),
      });
    }
  });
export type ComplimentApproval = z.infer<typeof complimentApprovalSchema>;
export type ComplimentApprovalInput = z.input<typeof complimentApprovalSchema>;

// ---------------------------------------------------------------------------------------------
// Comments

export const commentCreateSchema = z.object({
  receivedOn: datedOn(RECORD_MESSAGES.receivedOn),
  receivedVia: channelSchema,
  fromType: z.enum(COMMENT_FROM_TYPES, RECORD_MESSAGES.fromType),
  fromName: optionalText(singleLineText, RECORD_LIMITS.name, RECORD_MESSAGES.nameTooLong),
  summary: requiredText(
    multiLineText,
    RECORD_LIMITS.summary,
    RECORD_MESSAGES.summary,
    RECORD_MESSAGES.summaryTooLong,
  ),
  team: optionalText(singleLineText, RECORD_LIMITS.team, RECORD_MESSAGES.teamHintTooLong),
});
export type CommentCreate = z.infer<typeof commentCreateSchema>;
export type CommentCreateInput = z.input<typeof commentCreateSchema>;

export const commentAcknowledgedSchema = z.object({
  type: z.literal('acknowledged'),
  on: datedOn(RECORD_MESSAGES.date),
});
export const commentForwardedSchema = z.object({
  type: z.literal('forwarded'),
  on: datedOn(RECORD_MESSAGES.date),
  forwardedTo: requiredText(
    singleLineText,
    RECORD_LIMITS.name,
    RECORD_MESSAGES.forwardedTo,
    RECORD_MESSAGES.nameTooLong,
  ),
});
export const commentAnsweredSchema = z.object({
  type: z.literal('answered'),
  on: datedOn(RECORD_MESSAGES.date),
  answerSummary: requiredText(
    multiLineText,
    RECORD_LIMITS.summary,
    RECORD_MESSAGES.answer,
    RECORD_MESSAGES.summaryTooLong,
  ),
});
/** One step in the life of a comment (Dudley 2022-23 section 12). */
export const commentStepSchema = z.discriminatedUnion('type', [
  commentAcknowledgedSchema,
  commentForwardedSchema,
  commentAnsweredSchema,
]);
export type CommentStep = z.infer<typeof commentStepSchema>;

// ---------------------------------------------------------------------------------------------
// Enquiries and member enquiries

export const enquiryCreateSchema = z
  .object({
    kind: z.enum(ENQUIRY_KINDS, RECORD_MESSAGES.enquiryKind),
    receivedOn: datedOn(RECORD_MESSAGES.receivedOn),
    receivedVia: channelSchema,
    fromName: optionalText(singleLineText, RECORD_LIMITS.name, RECORD_MESSAGES.nameTooLong),
    // A radio group left unanswered comes from a form as null.
    memberRole: z
      .enum(MEMBER_ROLES, RECORD_MESSAGES.memberRole)
      .nullish()
      .transform((v) => v ?? undefined),
    onBehalfOf: optionalText(singleLineText, RECORD_LIMITS.name, RECORD_MESSAGES.nameTooLong),
    summary: requiredText(
      multiLineText,
      RECORD_LIMITS.summary,
      RECORD_MESSAGES.summary,
      RECORD_MESSAGES.summaryTooLong,
    ),
    team: optionalText(singleLineText, RECORD_LIMITS.team, RECORD_MESSAGES.teamHintTooLong),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== 'member_enquiry') return;
    if (value.fromName === undefined) {
      ctx.addIssue({ code: 'custom', path: ['fromName'], message: RECORD_MESSAGES.memberName });
    }
    if (value.memberRole === undefined) {
      ctx.addIssue({ code: 'custom', path: ['memberRole'], message: RECORD_MESSAGES.memberRole });
    }
  });
export type EnquiryCreate = z.infer<typeof enquiryCreateSchema>;
export type EnquiryCreateInput = z.input<typeof enquiryCreateSchema>;

export const enquiryAnswerSchema = z.object({
  answeredOn: datedOn(RECORD_MESSAGES.date),
  answerSummary: requiredText(
    multiLineText,
    RECORD_LIMITS.summary,
    RECORD_MESSAGES.answer,
    RECORD_MESSAGES.summaryTooLong,
  ),
});
export type EnquiryAnswer = z.infer<typeof enquiryAnswerSchema>;

// ---------------------------------------------------------------------------------------------
// Ombudsman cases

export const ombudsmanCaseCreateSchema = z.object({
  lgscoReference: optionalText(
    singleLineText,
    RECORD_LIMITS.reference,
    RECORD_MESSAGES.lgscoReferenceTooLong,
  ),
  /** The council's complaint this case is about, when there is one. */
  complaintReference: optionalText(
    singleLineText,
    RECORD_LIMITS.reference,
    RECORD_MESSAGES.complaintReferenceTooLong,
  ),
  receivedOn: datedOn(RECORD_MESSAGES.receivedOn),
  area: z.enum(OMBUDSMAN_AREAS, RECORD_MESSAGES.area),
  summary: requiredText(
    multiLineText,
    RECORD_LIMITS.summary,
    RECORD_MESSAGES.summary,
    RECORD_MESSAGES.summaryTooLong,
  ),
});
export type OmbudsmanCaseCreate = z.infer<typeof ombudsmanCaseCreateSchema>;
export type OmbudsmanCaseCreateInput = z.input<typeof ombudsmanCaseCreateSchema>;

/** "250", "£1,000.50" → pence. Blank is "no amount". */
export const amountInPoundsSchema = singleLineText()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    const match = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(v);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: RECORD_MESSAGES.amount });
      return z.NEVER;
    }
    const pounds = Number((match[1] ?? '0').replace(/,/g, ''));
    const pence = pounds * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
    if (pence < 1 || pence > RECORD_LIMITS.amountMaxPence) {
      ctx.addIssue({ code: 'custom', message: RECORD_MESSAGES.amountRange });
      return z.NEVER;
    }
    return pence;
  });

export const ombudsmanEnquiryReceivedSchema = z
  .object({
    type: z.literal('enquiry_received'),
    receivedOn: datedOn(RECORD_MESSAGES.receivedOn),
    dueOn: datedOn(RECORD_MESSAGES.dueOn),
    summary: requiredText(
      multiLineText,
      RECORD_LIMITS.summary,
      RECORD_MESSAGES.summary,
      RECORD_MESSAGES.summaryTooLong,
    ),
  })
  .refine((v) => v.dueOn >= v.receivedOn, {
    path: ['dueOn'],
    message: RECORD_MESSAGES.dueBeforeReceived,
  });

export const ombudsmanEnquiryAnsweredSchema = z.object({
  type: z.literal('enquiry_answered'),
  enquiryId: z.uuid(),
  answeredOn: datedOn(RECORD_MESSAGES.date),
});

export const ombudsmanDecisionSchema = z
  .object({
    type: z.literal('decision'),
    decision: z.enum(OMBUDSMAN_DECISIONS, RECORD_MESSAGES.decision),
    // Radio groups left unanswered come from a form as null.
    closedReason: z
      .enum(OMBUDSMAN_CLOSED_REASONS, RECORD_MESSAGES.closedReason)
      .nullish()
      .transform((v) => v ?? undefined),
    decidedOn: datedOn(RECORD_MESSAGES.date),
    publication: z
      .enum(OMBUDSMAN_PUBLICATIONS, RECORD_MESSAGES.publication)
      .nullish()
      .transform((v) => v ?? undefined),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'closed_after_initial_enquiries' && v.closedReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['closedReason'],
        message: RECORD_MESSAGES.closedReason,
      });
    }
    // Every decision is released as a statement or a public interest report (Isle of Wight 2021 §2.57);
    // a case referred back for local resolution has no decision on its merits to publish.
    if (v.decision !== 'referred_back_for_local_resolution' && v.publication === undefined) {
      ctx.addIssue({ code: 'custom', path: ['publication'], message: RECORD_MESSAGES.publication });
    }
  })
  .transform((v) => ({
    ...v,
    closedReason: v.decision === 'closed_after_initial_enquiries' ? v.closedReason : undefined,
  }));

export const ombudsmanRemedySchema = z
  .object({
    type: z.literal('remedy_added'),
    kind: z.enum(OMBUDSMAN_REMEDY_KINDS, RECORD_MESSAGES.remedyKind),
    description: optionalText(multiLineText, RECORD_LIMITS.note, RECORD_MESSAGES.noteTooLong),
    amount: amountInPoundsSchema,
    dueOn: datedOn(RECORD_MESSAGES.dueOn),
  })
  .superRefine((v, ctx) => {
    const payment = PAYMENT_REMEDY_KINDS.includes(v.kind);
    if (payment && v.amount === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: RECORD_MESSAGES.amount });
    }
    if (!payment && v.amount !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: RECORD_MESSAGES.amountNotForKind });
    }
    if ((v.kind === 'other' || v.kind === 'service_improvement') && v.description === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message: RECORD_MESSAGES.remedyDescription,
      });
    }
  });

export const ombudsmanRemedyCompliedSchema = z.object({
  type: z.literal('remedy_complied'),
  remedyId: z.uuid(),
  compliedOn: datedOn(RECORD_MESSAGES.date),
  evidence: requiredText(
    multiLineText,
    RECORD_LIMITS.note,
    RECORD_MESSAGES.evidence,
    RECORD_MESSAGES.noteTooLong,
  ),
});

/** One step of an Ombudsman case (Wandsworth 2021-22 section 15; Kingston 2017-18 section 5; Isle of Wight 2021 §2.56-2.70). */
export const ombudsmanStepSchema = z.discriminatedUnion('type', [
  ombudsmanEnquiryReceivedSchema,
  ombudsmanEnquiryAnsweredSchema,
  ombudsmanDecisionSchema,
  ombudsmanRemedySchema,
  ombudsmanRemedyCompliedSchema,
]);
export type OmbudsmanStep = z.infer<typeof ombudsmanStepSchema>;
export type OmbudsmanStepInput = z.input<typeof ombudsmanStepSchema>;

// ---------------------------------------------------------------------------------------------
// Learning actions

/**
 * A learning action, raised from a complaint (by its reference) or an Ombudsman case: the issue,
 * the lesson, the action, the owning team and the date it is due (Dudley 2022-23 section 14).
 */
export const learningActionCreateSchema = z
  .object({
    complaintReference: optionalText(
      singleLineText,
      RECORD_LIMITS.reference,
      RECORD_MESSAGES.complaintReferenceTooLong,
    ),
    ombudsmanCaseId: z.uuid().optional(),
    issue: requiredText(
      multiLineText,
      RECORD_LIMITS.issue,
      RECORD_MESSAGES.issue,
      RECORD_MESSAGES.issueTooLong,
    ),
    lesson: requiredText(
      multiLineText,
      RECORD_LIMITS.note,
      RECORD_MESSAGES.lesson,
      RECORD_MESSAGES.noteTooLong,
    ),
    action: requiredText(
      multiLineText,
      RECORD_LIMITS.note,
      RECORD_MESSAGES.action,
      RECORD_MESSAGES.noteTooLong,
    ),
    owningTeam: requiredText(
      singleLineText,
      RECORD_LIMITS.team,
      RECORD_MESSAGES.owningTeam,
      RECORD_MESSAGES.teamTooLong,
    ),
    dueOn: datedOn(RECORD_MESSAGES.dueOn),
  })
  .refine((v) => v.complaintReference !== undefined || v.ombudsmanCaseId !== undefined, {
    path: ['complaintReference'],
    message: RECORD_MESSAGES.source,
  });
export type LearningActionCreate = z.infer<typeof learningActionCreateSchema>;
export type LearningActionCreateInput = z.input<typeof learningActionCreateSchema>;

export const learningStatusChangeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('done'), on: datedOn(RECORD_MESSAGES.date) }),
  z.object({
    status: z.literal('cancelled'),
    on: datedOn(RECORD_MESSAGES.date),
    reason: requiredText(
      multiLineText,
      RECORD_LIMITS.note,
      RECORD_MESSAGES.cancelReason,
      RECORD_MESSAGES.noteTooLong,
    ),
  }),
  z.object({ status: z.literal('open') }),
]);
export type LearningStatusChange = z.infer<typeof learningStatusChangeSchema>;
