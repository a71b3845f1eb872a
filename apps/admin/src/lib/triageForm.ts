/**
 * Triage of a complaint: confirm or change the procedure with a reason, acknowledge it, choose
 * the responder and team, and record the offer of an advocate. Checked by `triageSchema` of
 * `@heard/domain`, as the API checks it.
 */
import { REFUSAL_MESSAGES, triageSchema, type Triage } from '@heard/domain';
import { parseWith, checkedForm, type FormCheck, type FormIssue } from './formSchema';

export interface TriageFormValues {
  procedure: string;
  procedureReason: string;
  /** Empty when the acknowledgement is not being recorded now. */
  acknowledgedOn: string;
  assignedStaffId: string;
  serviceArea: string;
  team: string;
  advocacyOffered: boolean;
  /** `yes`, `no`, or empty while the young person has not answered. */
  advocacyAccepted: string;
}

export interface TriageDefaultsSource {
  procedure: 'statutory' | 'corporate' | null;
  triageReason: string | null;
  assignedStaffId: string | null;
  serviceArea: string | null;
  team: string | null;
  advocacyOffered: boolean;
  advocacyAccepted: boolean | null;
}

export function triageFormDefaults(
  complaint: TriageDefaultsSource,
  options: { today: string; canAcknowledge: boolean; adviceReason: string | null },
): TriageFormValues {
  return {
    procedure: complaint.procedure ?? '',
    procedureReason: complaint.triageReason ?? options.adviceReason ?? '',
    acknowledgedOn: options.canAcknowledge ? options.today : '',
    assignedStaffId: complaint.assignedStaffId ?? '',
    serviceArea: complaint.serviceArea ?? '',
    team: complaint.team ?? '',
    advocacyOffered: complaint.advocacyOffered,
    advocacyAccepted:
      complaint.advocacyAccepted === null ? '' : complaint.advocacyAccepted ? 'yes' : 'no',
  };
}

export function candidateTriage(values: TriageFormValues): Record<string, unknown> {
  const acknowledgedOn = values.acknowledgedOn.trim();
  return {
    procedure: values.procedure === '' ? undefined : values.procedure,
    procedureReason: values.procedureReason,
    acknowledgedOn: acknowledgedOn === '' ? undefined : acknowledgedOn,
    assignedStaffId: values.assignedStaffId === '' ? undefined : values.assignedStaffId,
    serviceArea: values.serviceArea,
    team: values.team,
    advocacyOffered: values.advocacyOffered,
    // Whether it was accepted only means something once an advocate was offered.
    advocacyAccepted:
      values.advocacyOffered && values.advocacyAccepted !== ''
        ? values.advocacyAccepted === 'yes'
        : undefined,
  };
}

export function checkTriage(values: TriageFormValues, today: string): FormCheck<Triage> {
  const acknowledgedOn = values.acknowledgedOn.trim();
  const extra: FormIssue[] =
    /^\d{4}-\d{2}-\d{2}$/.test(acknowledgedOn) && acknowledgedOn > today
      ? [{ path: ['acknowledgedOn'], message: REFUSAL_MESSAGES.event_after_today }]
      : [];
  return parseWith(triageSchema, candidateTriage(values), extra);
}

export function triageFormSchema(context: { today: string }) {
  return checkedForm((values: TriageFormValues) => checkTriage(values, context.today));
}

export const triageFieldOrder: readonly string[] = [
  'procedure',
  'procedureReason',
  'acknowledgedOn',
  'assignedStaffId',
  'serviceArea',
  'team',
  'advocacyOffered',
  'advocacyAccepted',
];

/** The field a refusal of the triage is about. */
export function triageRefusalField(reason: string): string | null {
  switch (reason) {
    case 'already_acknowledged':
    case 'event_before_previous_event':
    case 'event_after_today':
    case 'date_outside_calendar':
      return 'acknowledgedOn';
    case 'procedure_change_after_response':
    case 'procedure_unchanged':
      return 'procedure';
    case 'assignee_not_in_authority':
      return 'assignedStaffId';
    default:
      return null;
  }
}
