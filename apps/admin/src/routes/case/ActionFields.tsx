import { DELAY_REASONS, LIMITS, STATUTORY_TIMESCALES, formatDateNear } from '@heard/domain';
import { InsetText } from '@heard/ui';
import type { ReactNode } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Select } from '../../components/FormParts';
import { DateField, RadiosField, TextareaField, TextField } from '../../components/Fields';
import type { ActionType } from '../../lib/actions';
import { notOnHeard, type EventFormValues, type EventSubmission } from '../../lib/eventForms';
import { fieldId, messageAt } from '../../lib/formErrors';
import { delayReasonLabels, outcomeLabels } from '../../lib/labels';
import {
  independenceText,
  independentOptionLabel,
  peopleWithRoles,
  personOptionLabel,
  rolesFor,
  type StaffPerson,
} from '../../lib/people';
import type { ComplaintCase } from './caseContext';

type EventForm = UseFormReturn<EventFormValues, unknown, EventSubmission>;

interface ActionFieldsProps {
  type: ActionType;
  form: EventForm;
  complaintCase: ComplaintCase;
  staff: readonly StaffPerson[];
  dateLabel: string;
}

/** The fields of one step's form: its date first, then what the step needs. */
export function ActionFields({ type, form, complaintCase, staff, dateLabel }: ActionFieldsProps) {
  const today = complaintCase.today;
  const date = <DateField form={form} name="on" label={dateLabel} today={today} />;
  const people = { form, staff };
  switch (type) {
    case 'acknowledged':
    case 'resumed':
    case 'statement_of_complaint_agreed':
    case 'panel_recommendations_issued':
      return (
        <>
          {type === 'statement_of_complaint_agreed' ? (
            <p className="govuk-body">
              The stage 2 investigation’s 25 working days start on the day the complainant agrees
              the statement of what will be investigated.
            </p>
          ) : null}
          {date}
        </>
      );
    case 'extension_agreed':
      return (
        <>
          {date}
          <TextField
            form={form}
            name="workingDays"
            label="How many more working days"
            hint={
              complaintCase.complaint.stage === 1
                ? complaintCase.complaint.procedure === 'statutory'
                  ? 'At stage 1 the response may be extended by up to 10 working days.'
                  : 'Up to the extension the council’s corporate procedure allows.'
                : `At stage 2 the investigation may take up to ${String(STATUTORY_TIMESCALES.stage2Maximum.workingDays)} working days in all.`
            }
            width={3}
            inputMode="numeric"
          />
          <PersonSelect
            {...people}
            name="agreedBy.id"
            label="Agreed by"
            hint="Extensions are agreed by the Complaints Manager."
            roles={rolesFor.agreeExtension}
          />
          <TextareaField
            form={form}
            name="reason"
            label="Why more time is needed"
            hint="For example, the complaint is complex, or an advocate is being arranged."
            characterLimit={LIMITS.reasonMaxLength}
          />
          <DelayReasonSelect form={form} hint="Counted in the annual report’s reasons for delay." />
        </>
      );
    case 'put_on_hold':
      return (
        <>
          {date}
          <TextareaField
            form={form}
            name="reason"
            label="Why the complaint is on hold"
            hint="For example, care proceedings about the same matter are before the family court. The deadlines stop until the complaint is resumed."
            characterLimit={LIMITS.reasonMaxLength}
          />
        </>
      );
    case 'time_limit_waived':
    case 'reopened':
      return (
        <>
          {date}
          <TextareaField
            form={form}
            name="reason"
            label={type === 'reopened' ? 'Why the case is reopened' : 'Why the limit is waived'}
            characterLimit={LIMITS.reasonMaxLength}
          />
        </>
      );
    case 'withdrawn':
    case 'closed':
      return (
        <>
          {date}
          <TextareaField
            form={form}
            name="reason"
            label="Reason (optional)"
            hint={
              type === 'withdrawn'
                ? 'Withdrawn complaints are counted in the annual report, but left out of timeliness.'
                : undefined
            }
            characterLimit={LIMITS.reasonMaxLength}
          />
        </>
      );
    case 'procedure_changed':
      return (
        <>
          {date}
          <RadiosField
            form={form}
            name="to"
            label="Which procedure now applies"
            legendSize="s"
            items={[
              { value: 'statutory', label: 'Statutory (Children Act 1989)' },
              { value: 'corporate', label: 'Corporate' },
            ]}
          />
          <TextareaField
            form={form}
            name="reason"
            label="Why the procedure changes"
            characterLimit={LIMITS.reasonMaxLength}
          />
        </>
      );
    case 'escalation_requested':
      return <EscalationFields form={form} complaintCase={complaintCase} date={date} />;
    case 'responded':
      return (
        <>
          {date}
          <PersonSelect
            {...people}
            name="respondedBy.id"
            label="Who responded"
            hint={
              complaintCase.complaint.stage === 2
                ? 'Stage 2 must be answered by someone other than the person who responded at stage 1.'
                : undefined
            }
            roles={rolesFor.respond}
          />
          <OutcomeFields form={form} />
          <RemedyFields form={form} />
          <DelayReasonSelect
            form={form}
            hint="Only if the response is late: counted in the annual report’s reasons for delay."
          />
        </>
      );
    case 'council_responded_after_panel':
      return (
        <>
          {date}
          <PersonSelect
            {...people}
            name="respondedBy.id"
            label="Who responded for the council"
            hint="Usually the Director, within 15 working days of the panel’s recommendations."
            roles={rolesFor.respondAfterPanel}
          />
        </>
      );
    case 'investigating_officer_appointed':
      return (
        <>
          {date}
          <PersonSelect
            {...people}
            name="person.id"
            label="Investigating Officer"
            hint="They will be able to see this case. They must not be the person who responded at stage 1."
            roles={rolesFor.investigate}
          />
          <FeeField form={form} hint="Only for an investigator from outside the council." />
        </>
      );
    case 'independent_person_appointed':
      return (
        <>
          {date}
          <IndependentPersonFields {...people} />
          <FeeField
            form={form}
            hint="What the council pays the Independent Person for this stage."
          />
        </>
      );
    case 'panel_held':
      return (
        <>
          {date}
          <PanelFields {...people} />
        </>
      );
  }
}

/** Why the stage is taking longer: optional, for the annual report (domain brief). */
function DelayReasonSelect({ form, hint }: { form: EventForm; hint: string }) {
  return (
    <Select
      id={fieldId('delayReason')}
      label="Reason for delay (optional)"
      hint={hint}
      error={messageAt(form.formState.errors, 'delayReason')}
      {...form.register('delayReason')}
    >
      <option value="">Not given</option>
      {DELAY_REASONS.map((reason) => (
        <option key={reason} value={reason}>
          {delayReasonLabels[reason]}
        </option>
      ))}
    </Select>
  );
}

/** An outside person's fee, in pounds: the annual report adds up these costs. */
function FeeField({ form, hint }: { form: EventForm; hint: string }) {
  return (
    <TextField
      form={form}
      name="fee"
      label="Fee in pounds (optional)"
      hint={`${hint} For example, 1250.00.`}
      width={10}
      inputMode="decimal"
    />
  );
}

interface PeopleProps {
  form: EventForm;
  staff: readonly StaffPerson[];
}

function PersonSelect({
  form,
  staff,
  name,
  label,
  hint,
  roles,
  onChosen,
  optionLabel,
}: PeopleProps & {
  name: 'agreedBy.id' | 'respondedBy.id' | 'person.id';
  label: string;
  hint?: string | undefined;
  roles: readonly string[];
  onChosen?: (id: string) => void;
  optionLabel?: (person: StaffPerson) => string;
}) {
  const candidates = peopleWithRoles(staff, roles);
  const registered = form.register(name);
  return (
    <Select
      id={fieldId(name)}
      label={label}
      hint={hint}
      error={messageAt(form.formState.errors, name)}
      {...registered}
      onChange={(event) => {
        void registered.onChange(event);
        onChosen?.(event.target.value);
      }}
    >
      <option value="">Choose a person</option>
      {candidates.map((person) => (
        <option key={person.id} value={person.id}>
          {optionLabel ? optionLabel(person) : personOptionLabel(person, roles)}
        </option>
      ))}
    </Select>
  );
}

function EscalationFields({
  form,
  complaintCase,
  date,
}: {
  form: EventForm;
  complaintCase: ComplaintCase;
  date: ReactNode;
}) {
  const escalation = complaintCase.escalation;
  if (escalation === null) {
    return (
      <>
        {date}
        <RadiosField
          form={form}
          name="to"
          label="What the complainant asked for"
          legendSize="s"
          items={[
            { value: '2', label: 'Stage 2' },
            { value: '3', label: 'A review panel (stage 3)' },
            { value: 'ombudsman', label: 'The Ombudsman' },
          ]}
        />
      </>
    );
  }
  const advice =
    escalation.advisedBy === null
      ? null
      : `The advised period ends on ${formatDateNear(escalation.advisedBy, complaintCase.today)}. A later request is still accepted, and flagged as late.`;
  return (
    <>
      <InsetText>
        <p className="govuk-body govuk-!-margin-bottom-0">
          {escalation.to === 'ombudsman'
            ? 'The council’s procedure is finished, so the complainant can go to the Local Government and Social Care Ombudsman.'
            : escalation.to === 2
              ? escalation.basis === 'late_stage1_response'
                ? 'The stage 1 response is late, so the complainant may ask for stage 2 now.'
                : 'The complainant asked for stage 2.'
              : 'The complainant asked for a review panel (stage 3).'}
          {advice ? ` ${advice}` : ''}
        </p>
      </InsetText>
      {date}
    </>
  );
}

function OutcomeFields({ form }: { form: EventForm }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'outcomes' });
  const listError =
    messageAt(form.formState.errors, 'outcomes') ??
    messageAt(form.formState.errors, 'outcomes.root');
  return (
    <div className={`govuk-form-group${listError ? ' govuk-form-group--error' : ''}`}>
      <h2 className="govuk-heading-m">Outcome of each issue</h2>
      <p className="govuk-body">
        Record whether each issue the complainant raised was upheld. The complaint’s issues are
        filled in: change their words if the response put them differently.
      </p>
      {listError ? (
        <p className="govuk-error-message" id="outcomes-error">
          <span className="govuk-visually-hidden">Error:</span> {listError}
        </p>
      ) : null}
      {fields.map((field, index) => (
        <fieldset className="govuk-fieldset app-repeat" key={field.id}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Issue {index + 1}
          </legend>
          <TextField form={form} name={`outcomes.${index}.issue`} label="Issue" />
          <RadiosField
            form={form}
            name={`outcomes.${index}.outcome`}
            label="Outcome"
            inline
            small
            items={Object.entries(outcomeLabels).map(([value, label]) => ({ value, label }))}
          />
          {fields.length > 1 ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary app-button--small"
              onClick={() => {
                remove(index);
              }}
            >
              Remove<span className="govuk-visually-hidden"> issue {index + 1}</span>
            </button>
          ) : null}
        </fieldset>
      ))}
      {fields.length < LIMITS.issuesMax ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            append({ issue: '', outcome: '' });
          }}
        >
          Add another issue
        </button>
      ) : null}
    </div>
  );
}

function RemedyFields({ form }: { form: EventForm }) {
  const financial = useWatch({ control: form.control, name: 'remedies.financial' });
  return (
    <>
      <h2 className="govuk-heading-m">Remedies</h2>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="remedies-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            What the response offered
          </legend>
          <div className="govuk-hint" id="remedies-hint">
            Select all that apply. They are kept as a note on the case with the response.
          </div>
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <RemedyCheckbox form={form} name="remedies.apology" label="An apology" />
            <RemedyCheckbox form={form} name="remedies.explanation" label="An explanation" />
            <RemedyCheckbox
              form={form}
              name="remedies.changeToPractice"
              label="A change to practice"
            />
            <RemedyCheckbox
              form={form}
              name="remedies.financial"
              label="A financial remedy"
              controls="remedies-amount-reveal"
              expanded={financial}
            />
            <div
              className="govuk-checkboxes__conditional"
              id="remedies-amount-reveal"
              hidden={!financial}
            >
              <TextField
                form={form}
                name="remedies.amount"
                label="Amount in pounds"
                hint="For example, 250 or 250.50"
                width={10}
                inputMode="decimal"
              />
            </div>
          </div>
        </fieldset>
      </div>
      <TextareaField
        form={form}
        name="remedies.details"
        label="Details of the remedies (optional)"
        hint="For example, what will change in practice and by when."
        rows={3}
        characterLimit={LIMITS.reasonMaxLength}
      />
    </>
  );
}

function RemedyCheckbox({
  form,
  name,
  label,
  controls,
  expanded,
}: {
  form: EventForm;
  name:
    | 'remedies.apology'
    | 'remedies.explanation'
    | 'remedies.changeToPractice'
    | 'remedies.financial';
  label: string;
  controls?: string;
  expanded?: boolean;
}) {
  const id = fieldId(name);
  return (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={id}
        type="checkbox"
        aria-controls={controls}
        aria-expanded={controls === undefined ? undefined : expanded}
        {...form.register(name)}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

function IndependentPersonFields({ form, staff }: PeopleProps) {
  return (
    <>
      <PersonSelect
        form={form}
        staff={staff}
        name="person.id"
        label="Independent Person"
        hint="They will be able to see this case. An Independent Person is neither a member nor an officer of the council (SI 2006/1738 reg 2)."
        roles={rolesFor.independentPerson}
        optionLabel={independentOptionLabel}
        onChosen={(id) => {
          const person = staff.find((p) => p.id === id);
          if (person) {
            form.setValue(
              'person.isMemberOrOfficerOfCouncil',
              person.councilMemberOrOfficer ? 'yes' : 'no',
            );
          }
        }}
      />
      <RadiosField
        form={form}
        name="person.isMemberOrOfficerOfCouncil"
        label="Is this person a member or officer of the council?"
        legendSize="s"
        hint="Filled in from their record on Heard. Check it is still true."
        inline
        items={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />
      <RadiosField
        form={form}
        name="person.employedByCouncilInLastThreeYears"
        label="Have they worked for the council in the last three years? (optional)"
        legendSize="s"
        hint="Good practice is someone the council has not employed for at least three years."
        inline
        items={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
      />
    </>
  );
}

function PanelFields({ form, staff }: PeopleProps) {
  const members = useWatch({ control: form.control, name: 'members' });
  const candidates = peopleWithRoles(staff, rolesFor.panel);
  const listError =
    messageAt(form.formState.errors, 'members.root') ?? messageAt(form.formState.errors, 'members');
  const memberName = (index: number): string => {
    const member = members[index];
    if (member === undefined || member.id === '') return `Member ${String(index + 1)}`;
    if (member.id === notOnHeard)
      return member.name.trim() === '' ? `Member ${String(index + 1)}` : member.name;
    return staff.find((p) => p.id === member.id)?.name ?? `Member ${String(index + 1)}`;
  };
  return (
    <>
      <p className="govuk-body">
        A review panel has three independent people, one of them chairing. None may be a member or
        officer of the council, or the stage 2 Independent Person (SI 2006/1738 reg 19).
      </p>
      {listError ? (
        <p className="govuk-error-message" id="members-error">
          <span className="govuk-visually-hidden">Error:</span> {listError}
        </p>
      ) : null}
      {[0, 1, 2].map((index) => {
        const idName = `members.${String(index)}.id` as const;
        const registered = form.register(`members.${index}.id`);
        const chosen = members[index]?.id ?? '';
        return (
          <fieldset className="govuk-fieldset app-repeat" key={index}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              Panel member {index + 1}
            </legend>
            <Select
              id={fieldId(idName)}
              label="Who"
              error={messageAt(form.formState.errors, idName)}
              {...registered}
              onChange={(event) => {
                void registered.onChange(event);
                const person = staff.find((p) => p.id === event.target.value);
                if (person) {
                  form.setValue(
                    `members.${index}.isMemberOrOfficerOfCouncil`,
                    person.councilMemberOrOfficer ? 'yes' : 'no',
                  );
                }
              }}
            >
              <option value="">Choose a person</option>
              {candidates.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name} ({independenceText(person)})
                </option>
              ))}
              <option value={notOnHeard}>Someone not on Heard</option>
            </Select>
            {chosen === notOnHeard ? (
              <TextField
                form={form}
                name={`members.${index}.name`}
                label="Their full name"
                width={20}
                autoComplete="off"
              />
            ) : null}
            <RadiosField
              form={form}
              name={`members.${index}.isMemberOrOfficerOfCouncil`}
              label="Are they a member or officer of the council?"
              inline
              small
              items={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
            />
          </fieldset>
        );
      })}
      <RadiosField
        form={form}
        name="chairIndex"
        label="Who chaired the panel"
        legendSize="s"
        items={[0, 1, 2].map((index) => ({ value: String(index), label: memberName(index) }))}
      />
    </>
  );
}
