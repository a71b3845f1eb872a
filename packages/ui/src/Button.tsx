import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { cx } from './cx.js';

type Variant = 'primary' | 'secondary' | 'warning' | 'inverse';

const variantClass: Record<Variant, string | undefined> = {
  primary: undefined,
  secondary: 'govuk-button--secondary',
  warning: 'govuk-button--warning',
  inverse: 'govuk-button--inverse',
};

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  children: ReactNode;
  variant?: Variant;
}

/** A form button. It submits the form unless told otherwise. */
export function Button({ children, variant = 'primary', type = 'submit', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      className={cx('govuk-button', variantClass[variant])}
      data-module="govuk-button"
      {...rest}
    >
      {children}
    </button>
  );
}

export interface ButtonLinkProps {
  href: string;
  children: ReactNode;
  variant?: Variant;
  /** The green start button with an arrow, for the start of a journey. */
  start?: boolean;
}

/**
 * A link styled as a button. It stays a plain link for assistive technology: GOV.UK Frontend adds
 * role="button" and relies on its script to make Space follow the link, and this service must work
 * with no script, where Space would do nothing.
 */
export function ButtonLink({
  href,
  children,
  variant = 'primary',
  start = false,
}: ButtonLinkProps) {
  return (
    <a
      href={href}
      draggable="false"
      className={cx('govuk-button', variantClass[variant], start && 'govuk-button--start')}
      data-module="govuk-button"
    >
      {children}
      {start ? (
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      ) : null}
    </a>
  );
}

export interface ButtonGroupProps {
  children: ReactNode;
}

/** Puts a button and related links side by side, or stacked on a phone. */
export function ButtonGroup({ children }: ButtonGroupProps) {
  return <div className="govuk-button-group">{children}</div>;
}
