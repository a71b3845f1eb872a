import { ErrorSummary, type ErrorSummaryItem } from '@heard/ui';
import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { collectErrors, fieldId, orderErrors, summaryMessage } from '../lib/formErrors';

function describedBy(...ids: (string | undefined)[]): string | undefined {
  const list = ids.filter((id): id is string => id !== undefined);
  return list.length === 0 ? undefined : list.join(' ');
}

interface SelectProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'name' | 'className'
> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  ref?: Ref<HTMLSelectElement>;
  /** A label that is smaller than a question's, for a field inside a group. */
  smallLabel?: boolean;
}

/** The GOV.UK select, for choosing one of many people, where radios would be too long. */
export function Select({
  id,
  name,
  label,
  hint,
  error,
  children,
  smallLabel = false,
  ...rest
}: SelectProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      <label className={`govuk-label${smallLabel ? ' govuk-label--s' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hintId === undefined ? null : (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      {errorId === undefined ? null : (
        <p className="govuk-error-message" id={errorId}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <select
        id={id}
        name={name}
        className={`govuk-select app-select${error === undefined ? '' : ' govuk-select--error'}`}
        aria-describedby={describedBy(hintId, errorId)}
        {...rest}
      >
        {children}
      </select>
    </div>
  );
}

interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'className' | 'type'
> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** One yes-or-no statement to tick, such as "An advocate was offered". */
export function Checkbox({ id, name, label, hint, error, ...rest }: CheckboxProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = error === undefined ? undefined : `${id}-error`;
  return (
    <div className={`govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}`}>
      {errorId === undefined ? null : (
        <p className="govuk-error-message" id={errorId}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={name}
            type="checkbox"
            aria-describedby={describedBy(hintId, errorId)}
            {...rest}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hintId === undefined ? null : (
            <div className="govuk-hint govuk-checkboxes__hint" id={hintId}>
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

interface SubmitButtonProps {
  children: ReactNode;
  /** While the request is on its way the button cannot be pressed again. */
  pending: boolean;
  secondary?: boolean;
}

/**
 * A form's button. While saving it is marked `aria-disabled` rather than `disabled`, so that
 * keyboard focus stays on it (a disabled button drops focus to the page), and the form ignores
 * presses until the answer comes back.
 */
export function SubmitButton({ children, pending, secondary = false }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`}
      aria-disabled={pending}
      data-prevent-double-click="true"
    >
      {children}
    </button>
  );
}

interface FormErrorSummaryProps {
  /** react-hook-form's `formState.errors`. */
  errors: unknown;
  /** Field names top to bottom. */
  order: readonly string[];
  /** The field an error's link goes to, when it is not the field of the same name. */
  target?: (name: string) => string | undefined;
  /** A new summary after each submit, so that it takes focus again. */
  submitCount: number;
  /** The names of repeating groups, to say which one a problem is in (see `summaryMessage`). */
  groups?: Readonly<Record<string, string>>;
}

/** The summary items for a form's errors, in the order of its fields. */
export function summaryItems(
  errors: unknown,
  order: readonly string[],
  target: (name: string) => string | undefined = (name) =>
    name.startsWith('root.') ? undefined : name,
  groups: Readonly<Record<string, string>> = {},
): ErrorSummaryItem[] {
  return orderErrors(collectErrors(errors), order).map((error) => {
    const to = target(error.name);
    return {
      text: summaryMessage(error.name, error.message, groups),
      fieldId: to === undefined ? undefined : fieldId(to),
    };
  });
}

export function FormErrorSummary({
  errors,
  order,
  target,
  submitCount,
  groups,
}: FormErrorSummaryProps) {
  const items = summaryItems(errors, order, target, groups);
  // Mounted afresh whenever problems appear, including a refusal that arrives after the form's
  // own checks passed, so that the summary takes focus each time.
  return (
    <ErrorSummary key={`${submitCount}:${items.length > 0 ? 'shown' : 'none'}`} errors={items} />
  );
}
