import { zodResolver } from '@hookform/resolvers/zod';
import { LIMITS, type Triage } from '@heard/domain';
import { InsetText } from '@heard/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { DateField, RadiosField, TextareaField, TextField } from '../../components/Fields';
import { Checkbox, Select, SubmitButton } from '../../components/FormParts';
import { useAuthority } from '../../context';
import { useGuardedSubmit } from '../../hooks/useGuardedSubmit';
import { useStaffList } from '../../hooks/useStaffList';
import { timeLimitText } from '../../lib/caseText';
import { messageAt } from '../../lib/formErrors';
import { adviceFor } from '../../lib/intakeForm';
import { labelFrom, procedureLabel, subjectLabels, complainantKindLabels } from '../../lib/labels';
import { peopleWithRoles, personOptionLabel, rolesFor, type StaffPerson } from '../../lib/people';
import {
  triageFieldOrder,
  triageFormDefaults,
  triageFormSchema,
  triageRefusalField,
  type TriageFormValues,
} from '../../lib/triageForm';
import { useTRPC } from '../../trpc';
import { CaseFormLayout, showSubmitProblem } from './CaseFormLayout';
import { useCase, useReturnToCase } from './caseContext';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/Page';

/** `/a/:authorityCode/complaints/:complaintId/triage`: the triage decisions, saved together. */
export function TriagePage() {
  const { complaintCase, casePath } = useCase();
  const { complaint, can } = complaintCase;
  const { staff, loading } = useStaffList(can.triage);
  const title = complaint.triagedAt === null ? 'Triage the complaint' : 'Change the triage';
  useDocumentTitle(`Loading – ${complaint.reference}`, loading);
  if (!can.triage) {
    return (
      <CaseFormLayout
        title={title}
        reference={complaint.reference}
        casePath={casePath}
        errors={{}}
        order={[]}
        submitCount={0}
      >
        <p className="govuk-body">Your role does not triage complaints.</p>
      </CaseFormLayout>
    );
  }
  // The form starts once the people are known, so the responder already chosen shows as chosen.
  if (loading) return <Loading>Loading the people to choose from</Loading>;
  return <TriageForm title={title} staff={staff} />;
}

function TriageForm({ title, staff }: { title: string; staff: StaffPerson[] }) {
  const { complaintCase, casePath } = useCase();
  const { complaint, today, allowedEvents } = complaintCase;
  const trpc = useTRPC();
  const authority = useAuthority();
  const returnToCase = useReturnToCase(casePath);
  const advice = adviceFor(complaint.subject, complaint.complainantRelationship);
  // Triage acknowledges the complaint itself; a later stage's acknowledgement is an action of its own.
  const [canAcknowledge] = useState(
    () => complaint.stage === 1 && allowedEvents.includes('acknowledged'),
  );
  const [requestId] = useState(() => crypto.randomUUID());
  const [defaults] = useState(() =>
    triageFormDefaults(complaint, { today, canAcknowledge, adviceReason: advice?.reason ?? null }),
  );
  const form = useForm<TriageFormValues, unknown, Triage>({
    resolver: zodResolver(triageFormSchema({ today })),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const advocacyOffered = useWatch({ control: form.control, name: 'advocacyOffered' });
  const triage = useMutation(trpc.complaints.triage.mutationOptions());
  const responders = peopleWithRoles(staff, rolesFor.responder);

  const onSubmit = useGuardedSubmit(
    form.handleSubmit(async (values) => {
      try {
        await triage.mutateAsync({
          ...values,
          authorityId: authority.id,
          complaintId: complaint.id,
          requestId,
        });
        await returnToCase({ title: 'Triage saved', warnings: [] });
      } catch (error) {
        showSubmitProblem(form, error, triageRefusalField, triageFieldOrder);
      }
    }),
  );

  return (
    <CaseFormLayout
      title={title}
      reference={complaint.reference}
      casePath={casePath}
      errors={errors}
      order={triageFieldOrder}
      submitCount={submitCount}
    >
      <dl className="govuk-summary-list app-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">About</dt>
          <dd className="govuk-summary-list__value">
            {labelFrom(subjectLabels, complaint.subject) || 'Not recorded'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">From</dt>
          <dd className="govuk-summary-list__value">
            {labelFrom(complainantKindLabels, complaint.complainantRelationship) || 'Not recorded'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">12-month check</dt>
          <dd className="govuk-summary-list__value">
            {timeLimitText(complaintCase.timeLimit, today)}
            {complaintCase.timeLimit.status === 'outside' &&
            allowedEvents.includes('time_limit_waived') ? (
              <>
                {' '}
                <Link className="govuk-link" to={`${casePath}/actions/time_limit_waived`}>
                  Waive the time limit
                </Link>
              </>
            ) : null}
          </dd>
        </div>
      </dl>

      {advice ? (
        <div className="app-advice" role="note" aria-labelledby="advice-heading">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="advice-heading">
            Advice: {procedureLabel(advice.procedure).toLowerCase()} procedure
            {advice.needsDecision ? ', for the council to decide' : ''}
          </h2>
          <p className="govuk-body govuk-!-margin-bottom-1">{advice.reason}</p>
          <p className="app-citation govuk-!-margin-top-0">{advice.citation}</p>
          {advice.offerAdvocate ? (
            <p className="govuk-body govuk-!-margin-bottom-0">
              <strong>Offer an advocate:</strong> every child or young person who complains must be
              offered one.
            </p>
          ) : null}
        </div>
      ) : (
        <InsetText>
          What the complaint is about or who made it was not recorded, so there is no advice on the
          procedure. Decide from what the complainant wrote.
        </InsetText>
      )}

      <form noValidate onSubmit={onSubmit}>
        <RadiosField
          form={form}
          name="procedure"
          label="Which procedure applies"
          legendSize="m"
          items={[
            {
              value: 'statutory',
              label: `Statutory (Children Act 1989)${advice?.procedure === 'statutory' ? ', as advised' : ''}`,
            },
            {
              value: 'corporate',
              label: `Corporate${advice?.procedure === 'corporate' ? ', as advised' : ''}`,
            },
          ]}
        />
        <TextareaField
          form={form}
          name="procedureReason"
          label="Why this procedure applies"
          hint={
            advice
              ? 'The advice’s reason is filled in. If you decide otherwise, say why.'
              : undefined
          }
          characterLimit={LIMITS.reasonMaxLength}
          rows={3}
        />
        {canAcknowledge ? (
          <DateField
            form={form}
            name="acknowledgedOn"
            label="Date acknowledged"
            today={today}
            hint={`Leave this empty if the acknowledgement has not been sent yet. For example, ${today}.`}
          />
        ) : null}
        <Select
          id="assignedStaffId"
          label="Who will respond"
          hint="They can see and answer this complaint."
          error={messageAt(errors, 'assignedStaffId')}
          {...form.register('assignedStaffId')}
        >
          <option value="">Not chosen yet</option>
          {responders.map((person) => (
            <option key={person.id} value={person.id}>
              {personOptionLabel(person, rolesFor.responder)}
            </option>
          ))}
        </Select>
        <TextField form={form} name="serviceArea" label="Service area (optional)" width={30} />
        <TextField form={form} name="team" label="Team (optional)" width={30} />
        <h2 className="govuk-heading-m">Advocacy</h2>
        <Checkbox
          id="advocacyOffered"
          label="An advocate was offered"
          hint="Every child or young person who complains must be offered an advocate."
          error={messageAt(errors, 'advocacyOffered')}
          {...form.register('advocacyOffered')}
        />
        {advocacyOffered ? (
          <RadiosField
            form={form}
            name="advocacyAccepted"
            label="Did they accept?"
            legendSize="s"
            inline
            items={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
              { value: '', label: 'Not answered yet' },
            ]}
          />
        ) : null}
        <div className="govuk-button-group">
          <SubmitButton pending={isSubmitting || triage.isPending}>Save triage</SubmitButton>
          <Link className="govuk-link" to={casePath}>
            Cancel
          </Link>
        </div>
      </form>
    </CaseFormLayout>
  );
}
