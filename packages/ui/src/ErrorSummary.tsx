import { useEffect, useRef } from 'react';
import type { MouseEvent } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field with the problem, without '#'. Leave it out for a problem with the whole form. */
  fieldId?: string | undefined;
  text: string;
}

export interface ErrorSummaryProps {
  errors: readonly ErrorSummaryItem[];
  title?: string;
}

/**
 * Lists every problem at the top of the page, each linking to its field. It takes focus when it
 * appears so that screen reader users hear the problems first (GOV.UK Design System, "Error
 * summary"): `autofocus` does this when the page comes from the server with no script, and the
 * effect does it when the form's script shows the summary without a page load.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="govuk-error-summary"
      data-module="govuk-error-summary"
      tabIndex={-1}
      // Moving focus here is the behaviour the GOV.UK pattern asks for (see above).
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
    >
      {/* role="alert" sits on a child so the announcement does not race the focus move. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}:${error.text}`}>
                {error.fieldId === undefined ? (
                  error.text
                ) : (
                  <a href={`#${error.fieldId}`} onClick={focusField}>
                    {error.text}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/**
 * With a script, a link in the summary puts the cursor in the field and scrolls so that its label
 * or question can be seen too, as GOV.UK Frontend does; without one the browser jumps to the field.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const field = document.getElementById(id);
  if (!(field instanceof HTMLElement)) return;
  event.preventDefault();
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}
