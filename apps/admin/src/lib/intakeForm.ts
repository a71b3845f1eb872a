/**
 * Logging a complaint that arrived by letter, email, telephone, in person or through an app. The
 * form's fields follow `intakeSchema` of `@heard/domain`, which checks what was typed with the
 * same messages the API uses; the procedure advice comes from the domain's `adviseProcedure`.
 */
import {
  adviseProcedure,
  COMPLAINANT_KINDS,
  COMPLAINT_SUBJECTS,
  intakeMessages,
  intakeSchema,
  REFUSAL_MESSAGES,
  type ComplainantKind,
  type ComplaintSubject,
  type Intake,
  type ProcedureAdvice,
} from '@heard/domain';
import { checkedForm, parseWith, type FormCheck, type FormIssue } from './formSchema';

export interface ChildValues {
  age: string;
  gender: string;
  ethnicity: string;
  disability: string;
  categoryOfSupport: string;
}

export interface IntakeFormValues {
  receivedOn: string;
  receivedVia: string;
  complainantRelationship: string;
  complainantName: string;
  contactEmail: string;
  contactPhone: string;
  onBehalfOf: string;
  consentRecorded: boolean;
  children: ChildValues[];
  subject: string;
  serviceArea: string;
  team: string;
  principalIssue: string;
  otherIssues: { text: string }[];
  whatHappened: string;
  desiredOutcome: string;
  matterOccurredOn: string;
  procedure: string;
  procedureReason: string;
}

export const blankChild: ChildValues = {
  age: '',
  gender: '',
  ethnicity: '',
  disability: '',
  categoryOfSupport: '',
};

export function intakeFormDefaults(today: string): IntakeFormValues {
  return {
    receivedOn: today,
    receivedVia: '',
    complainantRelationship: '',
    complainantName: '',
    contactEmail: '',
    contactPhone: '',
    onBehalfOf: '',
    consentRecorded: false,
    children: [{ ...blankChild }],
    subject: '',
    serviceArea: '',
    team: '',
    principalIssue: '',
    otherIssues: [],
    whatHappened: '',
    desiredOutcome: '',
    matterOccurredOn: '',
    procedure: '',
    procedureReason: '',
  };
}

/** The channels staff log by hand; `online` complaints come through the portal. */
export const intakeChannels = ['letter', 'email', 'telephone', 'in_person', 'app', 'form'] as const;

function isSubject(value: string | null | undefined): value is ComplaintSubject {
  return COMPLAINT_SUBJECTS.some((subject) => subject === value);
}

function isComplainantKind(value: string | null | undefined): value is ComplainantKind {
  return COMPLAINANT_KINDS.some((kind) => kind === value);
}

/**
 * The kind of complainant the portal and the reports count (`young_person`, `parent_carer`,
 * `advocate`, `other`), from who is complaining in detail.
 */
export function complainantTypeFor(
  kind: string,
): 'young_person' | 'parent_carer' | 'advocate' | 'other' | undefined {
  switch (kind) {
    case 'young_person':
      return 'young_person';
    case 'parent_or_parental_responsibility':
    case 'foster_carer':
    case 'special_guardian':
      return 'parent_carer';
    case 'advocate_with_consent':
      return 'advocate';
    case 'other_adult_about_child':
    case 'adult_about_own_treatment':
      return 'other';
    default:
      return undefined;
  }
}

/** The domain's advice on the procedure, once both the subject and the complainant are known. */
export function adviceFor(
  subject: string | null | undefined,
  complainant: string | null | undefined,
): ProcedureAdvice | null {
  if (!isSubject(subject) || !isComplainantKind(complainant)) return null;
  return adviseProcedure({ subject, complainant });
}

/** Someone complains for a young person: their consent must be recorded (Wandsworth 2021-22 §4.6). */
export function needsConsent(
  values: Pick<IntakeFormValues, 'complainantRelationship' | 'onBehalfOf'>,
): boolean {
  if (values.complainantRelationship === 'advocate_with_consent') return true;
  return (
    values.onBehalfOf.trim() !== '' &&
    values.complainantRelationship !== '' &&
    values.complainantRelationship !== 'young_person'
  );
}

function isBlankChild(child: Intake['children'][number]): boolean {
  return Object.values(child).every((value) => value === undefined);
}

function age(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

const blankToUndefined = (value: string) => (value === '' ? undefined : value);

/** The intake the form describes, before the domain's schema checks it. */
export function candidateIntake(values: IntakeFormValues): Record<string, unknown> {
  return {
    receivedOn: values.receivedOn.trim(),
    receivedVia: blankToUndefined(values.receivedVia),
    // Asked once, in detail; the broad kind follows from it. Until it is chosen, only the
    // detailed question carries the error.
    complainantType: complainantTypeFor(values.complainantRelationship) ?? 'other',
    complainantRelationship: blankToUndefined(values.complainantRelationship),
    complainantName: values.complainantName,
    contactEmail: values.contactEmail,
    contactPhone: values.contactPhone,
    onBehalfOf: values.onBehalfOf,
    consentRecorded: values.consentRecorded,
    children: values.children.map((child) => ({
      age: age(child.age),
      gender: child.gender,
      ethnicity: child.ethnicity,
      disability: blankToUndefined(child.disability),
      categoryOfSupport: blankToUndefined(child.categoryOfSupport),
    })),
    subject: blankToUndefined(values.subject),
    serviceArea: values.serviceArea,
    team: values.team,
    principalIssue: values.principalIssue,
    otherIssues: values.otherIssues.map((issue) => issue.text),
    whatHappened: values.whatHappened,
    desiredOutcome: values.desiredOutcome,
    matterOccurredOn: blankToUndefined(values.matterOccurredOn.trim()),
    procedure: blankToUndefined(values.procedure),
    procedureReason: values.procedureReason,
  };
}

export const intakeFormMessages = {
  /** Staff chose another procedure than the advice but kept the advice's reason. */
  overrideReason: 'You chose a different procedure from the advice: enter why it applies',
  consent: intakeMessages.onBehalfOfConsent,
  receivedInFuture: REFUSAL_MESSAGES.event_after_today,
} as const;

/** Rules of the form beyond the domain schema's, from what was typed. */
export function intakeFormIssues(values: IntakeFormValues, today: string): FormIssue[] {
  const issues: FormIssue[] = [];
  if (needsConsent(values) && !values.consentRecorded) {
    issues.push({ path: ['consentRecorded'], message: intakeFormMessages.consent });
  }
  const advice = adviceFor(values.subject, values.complainantRelationship);
  if (
    advice !== null &&
    values.procedure !== '' &&
    values.procedure !== advice.procedure &&
    values.procedureReason.trim() === advice.reason
  ) {
    issues.push({ path: ['procedureReason'], message: intakeFormMessages.overrideReason });
  }
  const receivedOn = values.receivedOn.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(receivedOn) && receivedOn > today) {
    issues.push({ path: ['receivedOn'], message: intakeFormMessages.receivedInFuture });
  }
  return issues;
}

export function checkIntake(values: IntakeFormValues, today: string): FormCheck<Intake> {
  const result = parseWith(intakeSchema, candidateIntake(values), intakeFormIssues(values, today));
  if (!result.ok) return result;
  // A child with nothing recorded is not a child to count.
  return {
    ok: true,
    value: { ...result.value, children: result.value.children.filter((c) => !isBlankChild(c)) },
  };
}

export function intakeFormSchema(context: { today: string }) {
  return checkedForm((values: IntakeFormValues) => checkIntake(values, context.today));
}

/** Top to bottom, the fields of the intake form: the order of the error summary. */
export const intakeFieldOrder: readonly string[] = [
  'receivedOn',
  'receivedVia',
  'complainantRelationship',
  'complainantName',
  'contactEmail',
  'contactPhone',
  'onBehalfOf',
  'consentRecorded',
  'children',
  'subject',
  'serviceArea',
  'team',
  'principalIssue',
  'otherIssues',
  'whatHappened',
  'desiredOutcome',
  'matterOccurredOn',
  'procedure',
  'procedureReason',
];

/** The repeating groups of the intake form, as the error summary names them. */
export const intakeFormGroups = { children: 'Child', otherIssues: 'Other issue' } as const;

/** A list's own problem (too many children) goes to its first field. */
export function intakeErrorTarget(name: string): string | undefined {
  if (name.startsWith('root.')) return undefined;
  if (name === 'children' || name === 'children.root') return 'children.0.age';
  if (name === 'otherIssues' || name === 'otherIssues.root') return 'principalIssue';
  if (/^otherIssues\.\d+$/.test(name)) return `${name}.text`;
  return name;
}
