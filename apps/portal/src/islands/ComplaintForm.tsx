/**
 * The complaint form. The server renders it; in the browser it is hydrated, and then checks the
 * answers with the same schema the API uses before letting the form submit as normal, and counts
 * the characters in the long answers as they are typed.
 */
import { useEffect, useState } from 'react';
import { complaintSubmissionSchema, submissionLimits } from '@heard/domain';
import {
  Button,
  ErrorSummary,
  Fieldset,
  Hint,
  InsetText,
  Radios,
  Textarea,
  TextInput,
} from '@heard/ui';
import { complaintFields, errorList } from '../forms.js';
import type { ComplaintField, ComplaintFormValues, FieldErrors } from '../forms.js';
import { useHydrated } from './hydrated.js';
import { useSchemaForm } from './useSchemaForm.js';

export const complaintFormIslandId = 'complaint-form';

export interface ComplaintFormProps {
  action: string;
  values: ComplaintFormValues;
  errors: FieldErrors<ComplaintField>;
  /** A problem with sending the form as a whole, such as the service being down. */
  formError?: string | undefined;
  /** Sent with the form, so a retry or a second press makes one complaint, not two. */
  idempotencyKey: string;
  /**
   * In the browser: what the boxes hold when the script starts, which may be more than the server
   * sent if someone typed while the page was loading. The character counts start from these.
   */
  liveValues?: ComplaintFormValues;
}

export const complainantOptions = [
  { value: 'young_person', label: 'Me, I am a young person' },
  { value: 'parent_carer', label: 'A parent or carer' },
  {
    value: 'advocate',
    label: 'Someone helping a young person',
    hint: 'For example, an advocate or a social worker.',
  },
  { value: 'other', label: 'Someone else' },
] as const;

export function ComplaintForm({
  action,
  values,
  errors: serverErrors,
  formError,
  idempotencyKey,
  liveValues = values,
}: ComplaintFormProps) {
  const hydrated = useHydrated();
  const form = useSchemaForm(complaintSubmissionSchema, complaintFields, serverErrors);
  const { errors } = form;
  const summary = [
    ...(formError === undefined || form.checked ? [] : [{ text: formError }]),
    ...errorList(complaintFields, errors),
  ];
  // How long the two long answers are, for their character counts.
  const [lengths, setLengths] = useState({
    whatHappened: liveValues.whatHappened.length,
    desiredOutcome: liveValues.desiredOutcome.length,
  });

  // The page title starts "Error: " while problems are shown (GOV.UK error pattern).
  const hasErrors = summary.length > 0;
  useEffect(() => {
    const title = document.title.replace(/^Error: /, '');
    document.title = hasErrors ? `Error: ${title}` : title;
  }, [hasErrors]);

  return (
    <>
      {/* A new summary for each attempt, so it takes focus each time. */}
      <ErrorSummary key={form.attempts} errors={summary} />
      <h1 className="govuk-heading-l">Tell us what&apos;s wrong</h1>
      <p className="govuk-body">You can tell us if something is wrong. We will listen.</p>
      <p className="govuk-body">Write in your own words. Spelling does not matter.</p>
      <form
        method="post"
        action={action}
        noValidate
        onSubmit={form.onSubmit}
        onChange={form.onChange}
      >
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <Radios
          name="complainantType"
          legend="Who is making this complaint?"
          legendSize="m"
          items={complainantOptions}
          value={values.complainantType}
          error={errors.complainantType}
        />
        <Textarea
          id="whatHappened"
          label="What happened?"
          labelSize="m"
          hint="Tell us what went wrong. You can say when it happened and who was there."
          error={errors.whatHappened}
          characterLimit={submissionLimits.whatHappened}
          characterCount={hydrated ? lengths.whatHappened : undefined}
          rows={8}
          name="whatHappened"
          defaultValue={values.whatHappened}
          onChange={(event) => {
            const length = event.currentTarget.value.length;
            setLengths((l) => ({ ...l, whatHappened: length }));
          }}
        />
        <Textarea
          id="desiredOutcome"
          label="What would you like to happen? (optional)"
          labelSize="m"
          hint="For example, you might want someone to say sorry, or something to change."
          error={errors.desiredOutcome}
          characterLimit={submissionLimits.desiredOutcome}
          characterCount={hydrated ? lengths.desiredOutcome : undefined}
          name="desiredOutcome"
          defaultValue={values.desiredOutcome}
          onChange={(event) => {
            const length = event.currentTarget.value.length;
            setLengths((l) => ({ ...l, desiredOutcome: length }));
          }}
        />
        <InsetText>
          You can ask for an advocate to help you. An advocate is on your side. They do not work for
          the council. If you would like one, say so in your answer above.
        </InsetText>
        <div className="govuk-form-group">
          <Fieldset
            legend="How can we contact you? (optional)"
            legendSize="m"
            describedBy="contact-hint"
          >
            <Hint id="contact-hint">
              We will use these to reply to you. You do not have to give them. If you do not, you
              can still check on your complaint with the reference and tracking code we give you.
            </Hint>
            <TextInput
              id="contactName"
              label="Your name"
              autoComplete="name"
              spellCheck={false}
              error={errors.contactName}
              name="contactName"
              defaultValue={values.contactName}
            />
            <TextInput
              id="contactEmail"
              type="email"
              label="Email address"
              autoComplete="email"
              spellCheck={false}
              error={errors.contactEmail}
              name="contactEmail"
              defaultValue={values.contactEmail}
            />
            <TextInput
              id="contactPhone"
              type="tel"
              label="Phone number"
              autoComplete="tel"
              width={20}
              error={errors.contactPhone}
              name="contactPhone"
              defaultValue={values.contactPhone}
            />
          </Fieldset>
        </div>
        <Button>Send complaint</Button>
      </form>
    </>
  );
}
