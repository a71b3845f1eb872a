import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, SubmitEvent } from 'react';
import type { z } from 'zod';
import { fieldErrorsFromZod } from '../forms.js';
import type { FieldErrors } from '../forms.js';

export interface SchemaForm<F extends string> {
  /** The problems to show: the server's until the browser has checked the form itself. */
  errors: FieldErrors<F>;
  /** True once the browser has checked the form: the server's form-wide problem no longer applies. */
  checked: boolean;
  /** Goes up with each failed attempt, so the error summary is made anew and takes focus. */
  attempts: number;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  /**
   * After a failed attempt, checks again as answers change, so problems go away once fixed. New
   * problems wait for the next press of the button: nobody is told off while still typing.
   */
  onChange: (event: ChangeEvent<HTMLFormElement>) => void;
}

function readValues<F extends string>(
  form: HTMLFormElement,
  fields: readonly F[],
): Record<F, string> {
  const data = new FormData(form);
  return Object.fromEntries(
    fields.map((field) => {
      const value = data.get(field);
      return [field, typeof value === 'string' ? value : ''];
    }),
  ) as Record<F, string>;
}

/**
 * Checks a form in the browser with the same zod schema the server and the API use, so the
 * messages are the same words, then sends it the ordinary way: the server still does the real work
 * (Post/Redirect/Get) and the journey is the same with or without a script. A second press while
 * the next page loads is ignored: the complaint's tracking code is shown only once, so a
 * double-click must not race two submissions.
 *
 * This is deliberately small. react-hook-form would add 12 kB (gzipped) to a page that already
 * carries React (67 kB) and zod (22 kB), and the portal's pages must stay under 100 kB; the inputs
 * are uncontrolled, so reading them with FormData is all the state there is.
 */
export function useSchemaForm<F extends string>(
  schema: z.ZodType,
  fields: readonly F[],
  serverErrors: FieldErrors<F>,
): SchemaForm<F> {
  const sending = useRef(false);
  const [state, setState] = useState<{
    checked: boolean;
    errors: FieldErrors<F>;
    attempts: number;
  }>({
    checked: false,
    errors: serverErrors,
    attempts: 0,
  });

  useEffect(() => {
    // Coming back to the page (Back, or a failed load) makes the button work again.
    const reset = () => {
      sending.current = false;
    };
    window.addEventListener('pageshow', reset);
    return () => {
      window.removeEventListener('pageshow', reset);
    };
  }, []);

  function check(form: HTMLFormElement): FieldErrors<F> {
    const result = schema.safeParse(readValues(form, fields));
    return result.success ? {} : fieldErrorsFromZod(fields, result.error);
  }

  return {
    ...state,
    onSubmit(event) {
      event.preventDefault();
      const form = event.currentTarget;
      if (sending.current) return;
      const errors = check(form);
      if (Object.keys(errors).length === 0) {
        sending.current = true;
        setState((s) => ({ ...s, checked: true, errors }));
        form.submit();
        return;
      }
      setState((s) => ({ checked: true, errors, attempts: s.attempts + 1 }));
    },
    onChange(event) {
      if (!state.checked) return;
      const now = check(event.currentTarget);
      setState((s) => {
        const still: FieldErrors<F> = {};
        for (const field of fields) {
          if (s.errors[field] !== undefined && now[field] !== undefined) still[field] = now[field];
        }
        return { ...s, errors: still };
      });
    },
  };
}
