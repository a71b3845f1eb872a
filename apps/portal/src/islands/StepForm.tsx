/**
 * One page of a journey: the question, with the answers so far carried in hidden fields. The
 * server renders it; in the browser it is hydrated and checks the page's answers with the same
 * schema before letting the form submit as normal.
 */
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Button, ErrorSummary } from '@heard/ui';
import { errorList } from '../forms.js';
import type { FieldErrors } from '../forms.js';
import { stepOrFirst } from '../journeys/journey.js';
import type { checkStepId, Journey, Values } from '../journeys/journey.js';
import { useHydrated } from './hydrated.js';
import { useSchemaForm } from './useSchemaForm.js';

/** What every page of a journey is rendered with, on the server and again in the browser. */
export interface StepProps<F extends string> {
  action: string;
  /** The page shown: a step's id. */
  step: string;
  values: Values<F>;
  errors: FieldErrors<F>;
  /** Sent with the form, so a retry or a second press makes one record, not two. */
  idempotencyKey: string;
  /** Set while changing an answer from the check page: Continue goes back there. */
  returnTo?: typeof checkStepId | undefined;
  /**
   * In the browser: what the boxes hold when the script starts, which may be more than the server
   * sent if someone typed while the page was loading. Character counts start from these.
   */
  liveValues?: Values<F> | undefined;
  /**
   * The lookup id of the saved journey this one carries on from: sending deletes it, and saving
   * again replaces it.
   */
  draft?: string | undefined;
  /** A problem with the page as a whole, such as saving failing. */
  formError?: string | undefined;
}

/** The button that saves the answers so far to finish later; it sends `nav=save`. */
export const saveButtonText = 'Save and come back later';

/** Whether the form was sent with the save button, which skips the page's own checks. */
export function sentWithSave(event: { nativeEvent: Event }): boolean {
  const submitter = (event.nativeEvent as Partial<SubmitEvent>).submitter;
  return submitter?.getAttribute('name') === 'nav' && submitter.getAttribute('value') === 'save';
}

export interface StepView<F extends string> {
  errors: FieldErrors<F>;
  /** True once the script runs: live character counts wait for it. */
  hydrated: boolean;
}

/** Keeps "Error: " at the start of the title while problems are shown (GOV.UK error pattern). */
export function useErrorTitle(hasErrors: boolean): void {
  useEffect(() => {
    const title = document.title.replace(/^Error: /, '');
    document.title = hasErrors ? `Error: ${title}` : title;
  }, [hasErrors]);
}

export function StepForm<F extends string>({
  journey,
  props,
  caption,
  children,
}: {
  journey: Journey<F>;
  props: StepProps<F>;
  /** The journey's name, above each question. */
  caption: string;
  children: (view: StepView<F>) => ReactNode;
}) {
  const {
    action,
    step: stepId,
    values,
    errors: serverErrors,
    idempotencyKey,
    returnTo,
    draft,
    formError,
  } = props;
  const step = stepOrFirst(journey, stepId);
  const fields = step.fields;
  const hydrated = useHydrated();
  const form = useSchemaForm(step.schema, fields, serverErrors);
  const summary = [
    ...(formError === undefined || form.checked ? [] : [{ text: formError }]),
    ...errorList(fields, form.errors),
  ];
  useErrorTitle(summary.length > 0);
  const carried = journey.fields.filter((field) => !fields.includes(field));
  const saving = useRef(false);
  useEffect(() => {
    // Coming back to the page (Back) lets the save button work again.
    const reset = () => {
      saving.current = false;
    };
    window.addEventListener('pageshow', reset);
    return () => {
      window.removeEventListener('pageshow', reset);
    };
  }, []);
  return (
    <>
      {/* A new summary for each attempt, so it takes focus each time. */}
      <ErrorSummary key={form.attempts} errors={summary} />
      <span className="govuk-caption-l">{caption}</span>
      <form
        method="post"
        action={action}
        noValidate
        onSubmit={(event) => {
          // Saving keeps what is typed as it is, finished or not: the browser sends it unchecked,
          // once, with the button's own name and value.
          if (sentWithSave(event)) {
            if (saving.current) event.preventDefault();
            saving.current = true;
            return;
          }
          form.onSubmit(event);
        }}
        onChange={form.onChange}
      >
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <input type="hidden" name="step" value={stepId} />
        {returnTo === undefined ? null : <input type="hidden" name="returnTo" value={returnTo} />}
        {draft === undefined ? null : <input type="hidden" name="draft" value={draft} />}
        {carried.map((field) => (
          <input key={field} type="hidden" name={field} value={values[field]} />
        ))}
        {children({ errors: form.errors, hydrated })}
        <div className="govuk-button-group">
          <Button name="nav" value="continue">
            Continue
          </Button>
          <Button name="nav" value="save" variant="secondary">
            {saveButtonText}
          </Button>
        </div>
      </form>
    </>
  );
}
