/**
 * The form to check on a complaint: a reference and a tracking code. Rendered by the server and
 * hydrated in the browser, where it checks both are filled in before submitting as normal.
 */
import { useEffect } from 'react';
import { trackingLookupSchema } from '@heard/domain';
import { Button, ErrorSummary, TextInput } from '@heard/ui';
import { errorList, trackFields } from '../forms.js';
import type { FieldErrors, TrackField, TrackFormValues } from '../forms.js';
import { useSchemaForm } from './useSchemaForm.js';

export const trackFormIslandId = 'track-form';

export interface TrackFormProps {
  action: string;
  /** An example reference in this council's style, such as WSC-26-00042. */
  referenceExample: string;
  values: TrackFormValues;
  errors: FieldErrors<TrackField>;
  /** A problem with the lookup as a whole, such as no complaint matching. */
  formError?: { text: string; fieldId?: TrackField } | undefined;
}

export function TrackForm({
  action,
  referenceExample,
  values,
  errors: serverErrors,
  formError,
}: TrackFormProps) {
  const form = useSchemaForm(trackingLookupSchema, trackFields, serverErrors);
  const { errors } = form;
  const summary = [
    ...(formError === undefined || form.checked ? [] : [formError]),
    ...errorList(trackFields, errors),
  ];

  // The page title starts "Error: " while problems are shown (GOV.UK error pattern).
  const hasErrors = summary.length > 0;
  useEffect(() => {
    const title = document.title.replace(/^Error: /, '');
    document.title = hasErrors ? `Error: ${title}` : title;
  }, [hasErrors]);

  return (
    <>
      <ErrorSummary key={form.attempts} errors={summary} />
      <h1 className="govuk-heading-l">Check on your complaint</h1>
      <p className="govuk-body">
        You need the reference and the tracking code we gave you when you complained.
      </p>
      <form
        method="post"
        action={action}
        noValidate
        // Browsers must not offer these codes to the next person who uses this device.
        autoComplete="off"
        onSubmit={form.onSubmit}
        onChange={form.onChange}
      >
        <TextInput
          id="reference"
          label="Reference"
          labelSize="s"
          hint={`For example, ${referenceExample}`}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          width={20}
          error={errors.reference}
          name="reference"
          defaultValue={values.reference}
        />
        <TextInput
          id="trackingCode"
          label="Tracking code"
          labelSize="s"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          width={20}
          error={errors.trackingCode}
          name="trackingCode"
          defaultValue={values.trackingCode}
        />
        <Button>Check my complaint</Button>
      </form>
    </>
  );
}
