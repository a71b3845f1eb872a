import { zodResolver } from '@hookform/resolvers/zod';
import { REFUSAL_MESSAGES, type RefusalCode } from '@heard/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { SubmitButton } from '../../components/FormParts';
import { Loading } from '../../components/Loading';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { useAuthority } from '../../context';
import { useStaffList } from '../../hooks/useStaffList';
import { actionWords, isActionType, type ActionType } from '../../lib/actions';
import {
  eventErrorTarget,
  eventFieldOrder,
  eventFormGroups,
  eventFormDefaults,
  eventFormSchema,
  hasRemedies,
  refusalField,
  remediesNote,
  type EventFormValues,
  type EventSubmission,
} from '../../lib/eventForms';
import type { StaffPerson } from '../../lib/people';
import { useTRPC } from '../../trpc';
import { NotFoundPage } from '../NotFoundPage';
import { ActionFields } from './ActionFields';
import { CaseFormLayout, showSubmitProblem } from './CaseFormLayout';
import { useGuardedSubmit } from '../../hooks/useGuardedSubmit';
import { useCase, useReturnToCase, type ComplaintCase } from './caseContext';

/** `/a/:authorityCode/complaints/:complaintId/actions/:eventType`: one step of the procedure. */
export function ActionPage() {
  const { eventType } = useParams();
  if (!isActionType(eventType)) return <NotFoundPage />;
  return <ActionPageFor key={eventType} type={eventType} />;
}

function ActionPageFor({ type }: { type: ActionType }) {
  const { complaintCase, casePath } = useCase();
  // Whether the step could be recorded when the page opened: once it is saved the case moves on,
  // and this page must not turn into "cannot be recorded" while it goes back to the case.
  const [allowedWhenOpened] = useState(() => complaintCase.allowedEvents.includes(type));
  if (!allowedWhenOpened) {
    return <NotAllowedNow type={type} complaintCase={complaintCase} casePath={casePath} />;
  }
  return <ActionFormWithPeople type={type} complaintCase={complaintCase} casePath={casePath} />;
}

function NotAllowedNow({
  type,
  complaintCase,
  casePath,
}: {
  type: ActionType;
  complaintCase: ComplaintCase;
  casePath: string;
}) {
  const words = actionWords(type, {
    stage: complaintCase.complaint.stage,
    escalationTo: complaintCase.escalation?.to ?? null,
  });
  useDocumentTitle(`${words.title} – ${complaintCase.complaint.reference}`);
  return (
    <>
      <Link className="govuk-back-link app-back-link" to={casePath}>
        Back to the complaint
      </Link>
      <PageHeading caption={`Complaint ${complaintCase.complaint.reference}`}>
        {words.title}
      </PageHeading>
      <p className="govuk-body">
        This cannot be recorded on this complaint now, or your role does not record it. The case
        page lists what you can record.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={casePath}>
          Go to the complaint
        </Link>
      </p>
    </>
  );
}

/** Which people each step needs to choose from. */
const needsStaff = new Set<ActionType>([
  'extension_agreed',
  'responded',
  'council_responded_after_panel',
  'investigating_officer_appointed',
  'independent_person_appointed',
  'panel_held',
]);

/** The role on the case that lets an appointed person see it. */
function caseRolesFor(
  submission: EventSubmission,
  staff: readonly StaffPerson[],
): { staffId: string; role: 'investigating_officer' | 'independent_person' | 'panel_member' }[] {
  const { event } = submission;
  const holding = (id: string, role: string) =>
    staff.some((person) => person.id === id && person.roles.includes(role));
  switch (event.type) {
    case 'investigating_officer_appointed':
      return holding(event.person.id, 'investigating_officer')
        ? [{ staffId: event.person.id, role: 'investigating_officer' }]
        : [];
    case 'independent_person_appointed':
      return holding(event.person.id, 'independent_person')
        ? [{ staffId: event.person.id, role: 'independent_person' }]
        : [];
    case 'panel_held':
      return event.members
        .filter((member) => holding(member.id, 'panel_member'))
        .map((member) => ({ staffId: member.id, role: 'panel_member' as const }));
    default:
      return [];
  }
}

interface ActionFormProps {
  type: ActionType;
  complaintCase: ComplaintCase;
  casePath: string;
}

/**
 * The form starts once the people to choose from are known, so that a person filled in for
 * staff (the responder chosen at triage) is shown as chosen, not only kept behind the scenes.
 */
function ActionFormWithPeople(props: ActionFormProps) {
  const { staff, loading } = useStaffList(needsStaff.has(props.type));
  useDocumentTitle(`Loading – ${props.complaintCase.complaint.reference}`, loading);
  if (loading) return <Loading>Loading the people to choose from</Loading>;
  return <ActionForm {...props} staff={staff} />;
}

function ActionForm({
  type,
  complaintCase,
  casePath,
  staff,
}: ActionFormProps & { staff: StaffPerson[] }) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const { complaint, today, can } = complaintCase;
  const words = actionWords(type, {
    stage: complaint.stage,
    escalationTo: complaintCase.escalation?.to ?? null,
  });
  const returnToCase = useReturnToCase(casePath);

  // One id per visit to the form, sent again on a retry: a double press or a repeated request
  // records the step once (the API keeps the first).
  const [requestIds] = useState(() => ({
    event: crypto.randomUUID(),
    note: crypto.randomUUID(),
  }));
  const [defaults] = useState(() =>
    eventFormDefaults({
      today,
      issues: [complaint.principalIssue ?? '', ...complaint.otherIssues].filter(
        (issue) => issue !== '',
      ),
      personId:
        type === 'responded' && complaint.stage === 1
          ? (complaint.assignedStaffId ?? undefined)
          : undefined,
      escalationTo: complaintCase.escalation?.to ?? null,
      otherProcedure:
        complaint.procedure === 'statutory'
          ? 'corporate'
          : complaint.procedure === 'corporate'
            ? 'statutory'
            : null,
      newId: () => crypto.randomUUID(),
    }),
  );

  const form = useForm<EventFormValues, unknown, EventSubmission>({
    resolver: zodResolver(eventFormSchema(type, { today, staff })),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;

  const recordEvent = useMutation(trpc.complaints.recordEvent.mutationOptions());
  const addNote = useMutation(trpc.complaints.addNote.mutationOptions());
  const assign = useMutation(trpc.complaints.assign.mutationOptions());

  const guardedSubmit = useGuardedSubmit(
    form.handleSubmit(async (submission) => {
      const ids = { authorityId: authority.id, complaintId: complaint.id };
      try {
        const result = await recordEvent.mutateAsync({
          ...ids,
          requestId: requestIds.event,
          event: submission.event,
        });
        if (submission.remedies !== null && hasRemedies(submission.remedies)) {
          await addNote.mutateAsync({
            ...ids,
            requestId: requestIds.note,
            body: remediesNote(submission.remedies, complaint.stage, submission.event.on),
          });
        }
        if (can.assign) {
          for (const assignment of caseRolesFor(submission, staff)) {
            await assign.mutateAsync({ ...ids, ...assignment });
          }
        }
        await returnToCase({
          title: words.done,
          warnings: result.warnings.map((warning) => warning.message),
        });
      } catch (error) {
        showSubmitProblem(
          form,
          error,
          (reason) =>
            reason in REFUSAL_MESSAGES ? refusalField(type, reason as RefusalCode) : null,
          [],
        );
      }
    }),
  );

  const pending = isSubmitting || recordEvent.isPending;

  return (
    <CaseFormLayout
      title={words.title}
      reference={complaint.reference}
      casePath={casePath}
      errors={errors}
      order={eventFieldOrder}
      target={eventErrorTarget}
      submitCount={submitCount}
      groups={eventFormGroups}
    >
      <form noValidate onSubmit={guardedSubmit}>
        <ActionFields
          type={type}
          form={form}
          complaintCase={complaintCase}
          staff={staff}
          dateLabel={words.dateLabel}
        />
        <div className="govuk-button-group">
          <SubmitButton pending={pending}>{words.submit}</SubmitButton>
          <Link className="govuk-link" to={casePath}>
            Cancel
          </Link>
        </div>
      </form>
    </CaseFormLayout>
  );
}
