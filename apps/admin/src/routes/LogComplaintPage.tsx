import { zodResolver } from '@hookform/resolvers/zod';
import {
  CATEGORIES_OF_SUPPORT,
  COMPLAINANT_KINDS,
  COMPLAINT_SUBJECTS,
  isoDateInLondon,
  LIMITS,
  submissionLimits,
  type Intake,
  type ProcedureAdvice,
} from '@heard/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { DateField, RadiosField, TextareaField, TextField } from '../components/Fields';
import {
  Checkbox,
  FormErrorSummary,
  Select,
  SubmitButton,
  summaryItems,
} from '../components/FormParts';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { useAuthority } from '../context';
import { useGuardedSubmit } from '../hooks/useGuardedSubmit';
import { fieldId, messageAt } from '../lib/formErrors';
import {
  adviceFor,
  blankChild,
  intakeChannels,
  intakeErrorTarget,
  intakeFieldOrder,
  intakeFormGroups,
  intakeFormDefaults,
  intakeFormSchema,
  needsConsent,
  type IntakeFormValues,
} from '../lib/intakeForm';
import {
  categoryOfSupportLabels,
  complainantKindLabels,
  disabilityLabels,
  procedureLabel,
  receivedViaLabel,
  subjectLabels,
} from '../lib/labels';
import { logsComplaints } from '../lib/roles';
import { useTRPC } from '../trpc';
import { showSubmitProblem } from './case/CaseFormLayout';

type IntakeForm = UseFormReturn<IntakeFormValues, unknown, Intake>;

const maxChildren = 10;

/** `/a/:authorityCode/complaints/new`: a complaint that came by letter, email, phone or in person. */
export function LogComplaintPage() {
  const authority = useAuthority();
  if (!logsComplaints(authority.roles)) return <CannotLog />;
  return <LogComplaintForm />;
}

function CannotLog() {
  const authority = useAuthority();
  useDocumentTitle('Log a complaint');
  return (
    <>
      <PageHeading caption={authority.name}>Log a complaint</PageHeading>
      <p className="govuk-body">
        The complaints team logs complaints. If one has come to you, send it to them.
      </p>
    </>
  );
}

function LogComplaintForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const authority = useAuthority();
  const base = `/a/${encodeURIComponent(authority.code)}`;
  const [today] = useState(() => isoDateInLondon(new Date()));
  // One id for this complaint however often the button is pressed: a retry logs it once.
  const [requestId] = useState(() => crypto.randomUUID());
  const form = useForm<IntakeFormValues, unknown, Intake>({
    resolver: zodResolver(intakeFormSchema({ today })),
    defaultValues: intakeFormDefaults(today),
    shouldFocusError: false,
  });
  const { errors, submitCount, isSubmitting } = form.formState;
  const create = useMutation(trpc.complaints.create.mutationOptions());

  const onSubmit = useGuardedSubmit(
    form.handleSubmit(async (intake) => {
      try {
        const created = await create.mutateAsync({
          ...intake,
          authorityId: authority.id,
          requestId,
        });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.complaints.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.workload.pathKey() }),
        ]);
        await navigate(`${base}/complaints/${encodeURIComponent(created.id)}`, {
          state: { flash: { title: `Complaint ${created.reference} logged`, warnings: [] } },
        });
      } catch (error) {
        showSubmitProblem(
          form,
          error,
          (reason) => (reason === 'event_after_today' ? 'receivedOn' : null),
          intakeFieldOrder,
        );
      }
    }),
  );

  const hasErrors = summaryItems(errors, intakeFieldOrder, intakeErrorTarget).length > 0;
  useDocumentTitle(`${hasErrors ? 'Error: ' : ''}Log a complaint – ${authority.name}`);

  return (
    <>
      <Link className="govuk-back-link app-back-link" to={`${base}/inbox`}>
        Back to the inbox
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <FormErrorSummary
            errors={errors}
            order={intakeFieldOrder}
            target={intakeErrorTarget}
            submitCount={submitCount}
            groups={intakeFormGroups}
          />
          <PageHeading caption={authority.name}>Log a complaint</PageHeading>
          <p className="govuk-body">
            For a complaint that came by letter, email, telephone, in person or through an app.
            Complaints made online through the portal are logged already.
          </p>
          <form noValidate onSubmit={onSubmit}>
            <h2 className="govuk-heading-m">How it arrived</h2>
            <DateField form={form} name="receivedOn" label="Date received" today={today} />
            <RadiosField
              form={form}
              name="receivedVia"
              label="How did it arrive?"
              legendSize="s"
              small
              items={intakeChannels.map((channel) => ({
                value: channel,
                label: receivedViaLabel(channel),
              }))}
            />

            <h2 className="govuk-heading-m">Who is complaining</h2>
            <ComplainantFields form={form} />

            <h2 className="govuk-heading-m">The children concerned</h2>
            <ChildrenFields form={form} />

            <h2 className="govuk-heading-m">What the complaint is about</h2>
            <RadiosField
              form={form}
              name="subject"
              label="What is it about?"
              legendSize="s"
              hint="This decides which procedure is advised."
              small
              items={COMPLAINT_SUBJECTS.map((subject) => ({
                value: subject,
                label: subjectLabels[subject] ?? subject,
              }))}
            />
            <TextField form={form} name="serviceArea" label="Service area (optional)" width={30} />
            <TextField form={form} name="team" label="Team (optional)" width={30} />
            <IssueFields form={form} />
            <TextareaField
              form={form}
              name="whatHappened"
              label="What happened"
              hint="In the complainant’s words where you can."
              rows={6}
              characterLimit={submissionLimits.whatHappened}
            />
            <TextareaField
              form={form}
              name="desiredOutcome"
              label="What they want to happen (optional)"
              rows={3}
              characterLimit={submissionLimits.desiredOutcome}
            />
            <DateField
              form={form}
              name="matterOccurredOn"
              label="When did the matter happen? (optional)"
              today={today}
              hint="For the 12-month time limit. For example, 2026-03-14."
            />

            <h2 className="govuk-heading-m">Procedure</h2>
            <ProcedureFields form={form} />

            <div className="govuk-button-group">
              <SubmitButton pending={isSubmitting || create.isPending}>Log complaint</SubmitButton>
              <Link className="govuk-link" to={`${base}/inbox`}>
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}

function ComplainantFields({ form }: { form: IntakeForm }) {
  const [relationship, onBehalfOf] = useWatch({
    control: form.control,
    name: ['complainantRelationship', 'onBehalfOf'],
  });
  const consentNeeded = needsConsent({ complainantRelationship: relationship, onBehalfOf });
  return (
    <>
      <RadiosField
        form={form}
        name="complainantRelationship"
        label="Who is making the complaint?"
        legendSize="s"
        small
        items={COMPLAINANT_KINDS.map((kind) => ({
          value: kind,
          label: complainantKindLabels[kind] ?? kind,
        }))}
      />
      <TextField form={form} name="complainantName" label="Their name (optional)" width={30} />
      <TextField
        form={form}
        name="contactEmail"
        label="Email address (optional)"
        type="email"
        spellCheck={false}
        width={30}
      />
      <TextField
        form={form}
        name="contactPhone"
        label="Phone number (optional)"
        type="tel"
        width={20}
      />
      <TextField
        form={form}
        name="onBehalfOf"
        label="The young person’s name, if someone is complaining for them (optional)"
        width={30}
      />
      {consentNeeded || messageAt(form.formState.errors, 'consentRecorded') ? (
        <Checkbox
          id="consentRecorded"
          label="The young person agreed to this complaint being made for them, or is not able to agree"
          hint="A child who understands must agree before someone complains for them."
          error={messageAt(form.formState.errors, 'consentRecorded')}
          {...form.register('consentRecorded')}
        />
      ) : null}
    </>
  );
}

function ChildrenFields({ form }: { form: IntakeForm }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'children' });
  const listError =
    messageAt(form.formState.errors, 'children.root') ??
    messageAt(form.formState.errors, 'children');
  return (
    <>
      <p className="govuk-body">
        Everything here is optional. It is used only for the equality figures of the annual report.
      </p>
      {listError ? (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {listError}
        </p>
      ) : null}
      {fields.map((field, index) => (
        <fieldset className="govuk-fieldset app-repeat" key={field.id}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Child {index + 1}
          </legend>
          <TextField
            form={form}
            name={`children.${index}.age`}
            label="Age"
            width={3}
            inputMode="numeric"
          />
          <TextField form={form} name={`children.${index}.gender`} label="Gender" width={20} />
          <TextField
            form={form}
            name={`children.${index}.ethnicity`}
            label="Ethnicity"
            width={20}
          />
          <RadiosField
            form={form}
            name={`children.${index}.disability`}
            label="Disabled?"
            inline
            small
            items={Object.entries(disabilityLabels).map(([value, label]) => ({ value, label }))}
          />
          <Select
            id={fieldId(`children.${String(index)}.categoryOfSupport`)}
            label="Category of support"
            error={messageAt(form.formState.errors, `children.${String(index)}.categoryOfSupport`)}
            {...form.register(`children.${index}.categoryOfSupport`)}
          >
            <option value="">Not known</option>
            {CATEGORIES_OF_SUPPORT.map((category) => (
              <option key={category} value={category}>
                {categoryOfSupportLabels[category] ?? category}
              </option>
            ))}
          </Select>
          {fields.length > 1 ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary app-button--small"
              onClick={() => {
                remove(index);
              }}
            >
              Remove<span className="govuk-visually-hidden"> child {index + 1}</span>
            </button>
          ) : null}
        </fieldset>
      ))}
      {fields.length < maxChildren ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            append({ ...blankChild });
          }}
        >
          Add another child
        </button>
      ) : null}
    </>
  );
}

function IssueFields({ form }: { form: IntakeForm }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'otherIssues' });
  return (
    <>
      <TextField
        form={form}
        name="principalIssue"
        label="Principal issue (optional)"
        hint="The main thing complained about, for the report’s table of issues. For example, communication."
        width={30}
      />
      {fields.map((field, index) => (
        <div className="app-inline-field" key={field.id}>
          <TextField
            form={form}
            name={`otherIssues.${index}.text`}
            label={`Other issue ${String(index + 1)}`}
            width={30}
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-button--small"
            onClick={() => {
              remove(index);
            }}
          >
            Remove<span className="govuk-visually-hidden"> other issue {index + 1}</span>
          </button>
        </div>
      ))}
      {fields.length < LIMITS.issuesMax ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            append({ text: '' });
          }}
        >
          Add {fields.length === 0 ? 'an' : 'another'} issue
        </button>
      ) : null}
    </>
  );
}

/**
 * The domain's advice on the procedure, which changes as the subject and the complainant are
 * chosen. The advice fills in the procedure and its reason until staff change them; choosing
 * another procedure needs a reason of its own.
 */
function ProcedureFields({ form }: { form: IntakeForm }) {
  const [subject, relationship] = useWatch({
    control: form.control,
    name: ['subject', 'complainantRelationship'],
  });
  const advice = adviceFor(subject, relationship);
  const previous = useRef<ProcedureAdvice | null>(null);
  const { getValues, setValue, getFieldState } = form;

  useEffect(() => {
    const before = previous.current;
    previous.current = advice;
    if (advice === null) return;
    if (before?.procedure === advice.procedure && before.reason === advice.reason) return;
    const procedure = getValues('procedure');
    if (
      procedure === '' ||
      procedure === before?.procedure ||
      !getFieldState('procedure').isDirty
    ) {
      setValue('procedure', advice.procedure);
    }
    const reason = getValues('procedureReason').trim();
    if (reason === '' || reason === before?.reason) {
      setValue('procedureReason', advice.reason);
    }
  }, [advice, getValues, setValue, getFieldState]);

  return (
    <>
      <div className="app-advice" aria-live="polite">
        {advice ? (
          <>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
              Advice: {procedureLabel(advice.procedure).toLowerCase()} procedure
              {advice.needsDecision ? ', for the council to decide' : ''}
            </h3>
            <p className="govuk-body govuk-!-margin-bottom-1">{advice.reason}</p>
            <p className="app-citation govuk-!-margin-top-0">{advice.citation}</p>
            {advice.offerAdvocate ? (
              <p className="govuk-body govuk-!-margin-bottom-0">
                <strong>Offer an advocate:</strong> every child or young person who complains must
                be offered one.
              </p>
            ) : null}
          </>
        ) : (
          <p className="govuk-body govuk-!-margin-bottom-0">
            Choose who is making the complaint and what it is about to see which procedure is
            advised.
          </p>
        )}
      </div>
      <RadiosField
        form={form}
        name="procedure"
        label="Which procedure applies"
        legendSize="s"
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
        hint="The advice’s reason is filled in. If you choose the other procedure, say why."
        rows={3}
        characterLimit={LIMITS.reasonMaxLength}
      />
    </>
  );
}
