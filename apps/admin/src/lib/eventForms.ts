/**
 * The form behind each step of the procedure. What staff type is turned into the domain's event
 * and checked by the domain's own schema (`@heard/domain` `caseEventSchema`), so the form shows
 * the same messages the API would send, at the field they belong to: the form's field names
 * follow the event's shape (`respondedBy.id`, `outcomes.0.outcome`, `members.2.name`).
 */
import {
  councilRespondedAfterPanelEventSchema,
  formatDate,
  escalationRequestedEventSchema,
  extensionAgreedEventSchema,
  independentPersonAppointedEventSchema,
  investigatingOfficerAppointedEventSchema,
  LIMITS,
  panelHeldEventSchema,
  procedureChangedEventSchema,
  putOnHoldEventSchema,
  REFUSAL_MESSAGES,
  respondedEventSchema,
  acknowledgedEventSchema,
  closedEventSchema,
  panelRecommendationsIssuedEventSchema,
  reopenedEventSchema,
  resumedEventSchema,
  statementOfComplaintAgreedEventSchema,
  timeLimitWaivedEventSchema,
  withdrawnEventSchema,
  type CaseEvent,
  type RefusalCode,
} from '@heard/domain';
import { z } from 'zod';
import type { ActionType } from './actions';
import { checkedForm, parseWith, type FormCheck, type FormIssue } from './formSchema';
import { personRef, type StaffPerson } from './people';

/** The panel member picker's choice for someone who is not on Heard. */
export const notOnHeard = 'not-on-heard';

export interface PanelMemberValues {
  /** A staff id, `notOnHeard`, or empty until chosen. */
  id: string;
  /** The name of someone not on Heard. */
  name: string;
  /** The id given to someone not on Heard, made when the form opens so a retry keeps it. */
  externalId: string;
  isMemberOrOfficerOfCouncil: '' | 'yes' | 'no';
}

export interface RemedyValues {
  apology: boolean;
  explanation: boolean;
  changeToPractice: boolean;
  financial: boolean;
  /** Pounds, as typed: `250` or `£1,250.50`. */
  amount: string;
  details: string;
}

/** Every field any step's form has; each step uses some of them. */
export interface EventFormValues {
  on: string;
  reason: string;
  workingDays: string;
  /** Why more time was needed, or why the response was late: one of `DELAY_REASONS`, or empty. */
  delayReason: string;
  /** An outside investigator's or Independent Person's fee in pounds, as typed; empty if none. */
  fee: string;
  to: string;
  agreedBy: { id: string };
  respondedBy: { id: string };
  person: {
    id: string;
    isMemberOrOfficerOfCouncil: '' | 'yes' | 'no';
    employedByCouncilInLastThreeYears: '' | 'yes' | 'no';
  };
  outcomes: { issue: string; outcome: string }[];
  remedies: RemedyValues;
  members: PanelMemberValues[];
  /** Which of the three members chaired: `0`, `1` or `2`. */
  chairIndex: string;
}

export interface EventFormContext {
  /** Today in England, as the API counts it: no step can be dated later. */
  today: string;
  staff: readonly StaffPerson[];
}

export interface EventDefaults {
  today: string;
  /** The issues of the complaint, for the response's outcomes. */
  issues: readonly string[];
  /** Who is most likely to have done it: the responder chosen at triage, for example. */
  personId?: string;
  /** Where an escalation goes now. */
  escalationTo?: 2 | 3 | 'ombudsman' | null;
  /** The procedure a change would move to. */
  otherProcedure?: 'statutory' | 'corporate' | null;
  /** Makes the ids of panel members who are not on Heard. */
  newId: () => string;
}

const noRemedies: RemedyValues = {
  apology: false,
  explanation: false,
  changeToPractice: false,
  financial: false,
  amount: '',
  details: '',
};

/** What a step's form starts with: today's date, and the likeliest answers. */
export function eventFormDefaults(defaults: EventDefaults): EventFormValues {
  const issues = defaults.issues.length > 0 ? defaults.issues : [''];
  return {
    on: defaults.today,
    reason: '',
    workingDays: '',
    delayReason: '',
    fee: '',
    to:
      defaults.escalationTo === null || defaults.escalationTo === undefined
        ? (defaults.otherProcedure ?? '')
        : String(defaults.escalationTo),
    agreedBy: { id: '' },
    respondedBy: { id: defaults.personId ?? '' },
    person: { id: '', isMemberOrOfficerOfCouncil: '', employedByCouncilInLastThreeYears: '' },
    outcomes: issues.map((issue) => ({ issue, outcome: '' })),
    remedies: { ...noRemedies },
    members: [0, 1, 2].map(() => ({
      id: '',
      name: '',
      externalId: `panel-${defaults.newId()}`,
      isMemberOrOfficerOfCouncil: '',
    })),
    chairIndex: '',
  };
}

export const remedyMessages = {
  amount: 'Enter the amount in pounds, like 250 or 250.50',
  amountTooLarge: 'Enter an amount under £1,000,000',
  detailsTooLong: `Details of the remedies must be ${String(LIMITS.reasonMaxLength)} characters or fewer`,
} as const;

/** Pence from `250`, `250.5`, `£1,250.50`; null if it is not an amount of money. */
export function parsePounds(value: string): number | null {
  const cleaned = value.trim().replace(/^£\s*/, '').replace(/,/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, pounds = '0', pence = ''] = match;
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
}

export function formatPounds(pence: number): string {
  const pounds = Math.floor(pence / 100).toLocaleString('en-GB');
  return `£${pounds}.${String(pence % 100).padStart(2, '0')}`;
}

/** The remedies offered with a response: not part of the event, so kept as a note on the case. */
export const remediesSchema = z
  .object({
    apology: z.boolean(),
    explanation: z.boolean(),
    changeToPractice: z.boolean(),
    financial: z.boolean(),
    amount: z.string(),
    details: z.string().trim().max(LIMITS.reasonMaxLength, remedyMessages.detailsTooLong),
  })
  .superRefine((remedies, ctx) => {
    if (!remedies.financial) return;
    const pence = parsePounds(remedies.amount);
    if (pence === null || pence === 0) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: remedyMessages.amount });
    } else if (pence >= 100_000_000) {
      ctx.addIssue({ code: 'custom', path: ['amount'], message: remedyMessages.amountTooLarge });
    }
  });
export type Remedies = z.output<typeof remediesSchema>;

export function hasRemedies(remedies: Remedies): boolean {
  return (
    remedies.apology ||
    remedies.explanation ||
    remedies.changeToPractice ||
    remedies.financial ||
    remedies.details !== ''
  );
}

/**
 * The note that records the remedies with a response, one per line so that it reads well on the
 * case and can be counted later: `Remedy: apology`, `Remedy: financial, £250.00`.
 */
export function remediesNote(remedies: Remedies, stage: number, respondedOn: string): string {
  const lines = [
    `Remedies offered with the stage ${String(stage)} response of ${formatDate(respondedOn, { weekday: false })}:`,
  ];
  if (remedies.apology) lines.push('Remedy: apology');
  if (remedies.explanation) lines.push('Remedy: explanation');
  if (remedies.changeToPractice) lines.push('Remedy: change to practice');
  if (remedies.financial) {
    lines.push(`Remedy: financial, ${formatPounds(parsePounds(remedies.amount) ?? 0)}`);
  }
  if (remedies.details !== '') lines.push(`Details: ${remedies.details}`);
  return lines.join('\n');
}

function yesNo(value: string): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}

function wholeNumber(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function optionalDelayReason(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/** Pence for a fee typed in pounds; not a number (so the schema names the problem) if unreadable. */
function optionalFee(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  return parsePounds(value) ?? Number.NaN;
}

function escalationTarget(value: string): 2 | 3 | 'ombudsman' | undefined {
  if (value === '2') return 2;
  if (value === '3') return 3;
  if (value === 'ombudsman') return 'ombudsman';
  return undefined;
}

/** The event the form describes, before the domain's schema checks it. */
export function candidateEvent(
  type: ActionType,
  values: EventFormValues,
  staff: readonly StaffPerson[],
): Record<string, unknown> {
  const on = values.on.trim();
  switch (type) {
    case 'acknowledged':
    case 'resumed':
    case 'statement_of_complaint_agreed':
    case 'panel_recommendations_issued':
      return { type, on };
    case 'put_on_hold':
    case 'time_limit_waived':
    case 'reopened':
      return { type, on, reason: values.reason };
    case 'withdrawn':
    case 'closed':
      return { type, on, reason: values.reason.trim() === '' ? undefined : values.reason };
    case 'extension_agreed':
      return {
        type,
        on,
        reason: values.reason,
        agreedBy: personRef(staff, values.agreedBy.id),
        workingDays: wholeNumber(values.workingDays),
        delayReason: optionalDelayReason(values.delayReason),
      };
    case 'responded':
      return {
        type,
        on,
        outcomes: values.outcomes.map((o) => ({
          issue: o.issue,
          outcome: o.outcome === '' ? undefined : o.outcome,
        })),
        respondedBy: personRef(staff, values.respondedBy.id),
        delayReason: optionalDelayReason(values.delayReason),
        remedies: values.remedies,
      };
    case 'council_responded_after_panel':
      return { type, on, respondedBy: personRef(staff, values.respondedBy.id) };
    case 'escalation_requested':
      return { type, on, to: escalationTarget(values.to) };
    case 'investigating_officer_appointed':
      return {
        type,
        on,
        person: personRef(staff, values.person.id),
        feePence: optionalFee(values.fee),
      };
    case 'independent_person_appointed':
      return {
        type,
        on,
        person: {
          ...personRef(staff, values.person.id),
          isMemberOrOfficerOfCouncil: yesNo(values.person.isMemberOrOfficerOfCouncil),
          employedByCouncilInLastThreeYears: yesNo(values.person.employedByCouncilInLastThreeYears),
        },
        feePence: optionalFee(values.fee),
      };
    case 'panel_held': {
      const members = values.members.map((member) => {
        const isMemberOrOfficerOfCouncil = yesNo(member.isMemberOrOfficerOfCouncil);
        return member.id === notOnHeard
          ? { id: member.externalId, name: member.name, isMemberOrOfficerOfCouncil }
          : { ...personRef(staff, member.id), isMemberOrOfficerOfCouncil };
      });
      const chair = /^[0-2]$/.test(values.chairIndex)
        ? members[Number(values.chairIndex)]
        : undefined;
      return { type, on, members, chairId: chair?.id ?? '' };
    }
    case 'procedure_changed':
      return { type, on, to: values.to === '' ? undefined : values.to, reason: values.reason };
  }
}

/** The domain's schema for each step; the response also carries its remedies. */
const domainSchemas = {
  acknowledged: acknowledgedEventSchema,
  extension_agreed: extensionAgreedEventSchema,
  put_on_hold: putOnHoldEventSchema,
  resumed: resumedEventSchema,
  responded: respondedEventSchema.extend({ remedies: remediesSchema }),
  escalation_requested: escalationRequestedEventSchema,
  statement_of_complaint_agreed: statementOfComplaintAgreedEventSchema,
  investigating_officer_appointed: investigatingOfficerAppointedEventSchema,
  independent_person_appointed: independentPersonAppointedEventSchema,
  panel_held: panelHeldEventSchema,
  panel_recommendations_issued: panelRecommendationsIssuedEventSchema,
  council_responded_after_panel: councilRespondedAfterPanelEventSchema,
  time_limit_waived: timeLimitWaivedEventSchema,
  withdrawn: withdrawnEventSchema,
  closed: closedEventSchema,
  reopened: reopenedEventSchema,
  procedure_changed: procedureChangedEventSchema,
} as const satisfies Record<ActionType, z.ZodType>;

/** A checked step: the event to record, and the remedies offered with a response. */
export interface EventSubmission {
  event: CaseEvent;
  remedies: Remedies | null;
}

/** Checks a step's form: the domain's event schema, and no date after today. */
export function checkEvent(
  type: ActionType,
  values: EventFormValues,
  context: EventFormContext,
): FormCheck<EventSubmission> {
  const candidate = candidateEvent(type, values, context.staff);
  const on = values.on.trim();
  const extra: FormIssue[] =
    /^\d{4}-\d{2}-\d{2}$/.test(on) && on > context.today
      ? [{ path: ['on'], message: REFUSAL_MESSAGES.event_after_today }]
      : [];
  const domain: z.ZodType<CaseEvent & { remedies?: Remedies }> = domainSchemas[type];
  const result = parseWith(domain, candidate, extra);
  if (!result.ok) {
    // The event names the chair by id and the fee in pence; the form asks which of the three
    // members chaired, and the fee in pounds.
    const formPath: Partial<Record<PropertyKey, string>> = {
      chairId: 'chairIndex',
      feePence: 'fee',
    };
    const issues = result.issues.map((issue) => {
      const first = issue.path[0];
      const field = first === undefined ? undefined : formPath[first];
      return field === undefined ? issue : { ...issue, path: [field] };
    });
    return { ok: false, issues };
  }
  const { remedies, ...event } = result.value;
  return { ok: true, value: { event, remedies: remedies ?? null } };
}

/** The schema a step's form is checked with, for `zodResolver`. */
export function eventFormSchema(type: ActionType, context: EventFormContext) {
  return checkedForm((values: EventFormValues) => checkEvent(type, values, context));
}

/** Top to bottom, the fields of each step's form: the order of the error summary. */
export const eventFieldOrder: readonly string[] = [
  'on',
  'to',
  'workingDays',
  'agreedBy',
  'respondedBy',
  'person',
  'fee',
  'outcomes',
  'remedies',
  'members',
  'chairIndex',
  'reason',
  'delayReason',
];

/** The repeating groups of the steps' forms, as the error summary names them. */
export const eventFormGroups = { members: 'Panel member', outcomes: 'Issue' } as const;

/**
 * The field a refusal is about, where there is one, so that its message sits at that field as
 * well as in the error summary.
 */
export function refusalField(type: ActionType, reason: RefusalCode): string | null {
  switch (reason) {
    case 'event_after_today':
    case 'event_before_previous_event':
    case 'date_outside_calendar':
    case 'extension_after_deadline':
      return 'on';
    case 'extension_exceeds_limit':
      return 'workingDays';
    case 'stage2_handler_was_stage1_responder':
      return type === 'responded' ? 'respondedBy.id' : 'person.id';
    case 'independent_person_not_independent':
      return 'person.isMemberOrOfficerOfCouncil';
    case 'independent_person_is_investigating_officer':
      return 'person.id';
    case 'panel_member_not_independent':
    case 'panel_member_was_stage2_independent_person':
      return 'members.root';
    case 'escalation_to_wrong_stage':
    case 'procedure_unchanged':
      return 'to';
    default:
      return null;
  }
}

/** Where a named error's summary link goes: a list's own problem goes to its first field. */
export function eventErrorTarget(name: string): string | undefined {
  if (name.startsWith('root.')) return undefined;
  if (name === 'members' || name === 'members.root') return 'members.0.id';
  if (name === 'outcomes' || name === 'outcomes.root') return 'outcomes.0.issue';
  return name;
}
