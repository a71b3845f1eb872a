import type { ReactNode } from 'react';

export interface ExitThisPageProps {
  /**
   * Where the button goes: a plain, neutral page on this site, so leaving works with no script and
   * makes no request to anyone else.
   */
  href?: string;
  children?: ReactNode;
}

/**
 * "Leave this page": a quick way out for someone who may be watched (GOV.UK Design System, "Exit
 * this page"). It is a real link. When the page's script runs, `enhanceExitThisPage` also makes
 * Shift pressed three times leave, and replaces this page in the history instead of adding one.
 */
export function ExitThisPage({ href = '/leave', children = 'Leave this page' }: ExitThisPageProps) {
  return (
    <div className="govuk-exit-this-page" data-module="govuk-exit-this-page">
      <a
        href={href}
        rel="nofollow noreferrer"
        draggable="false"
        className="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"
      >
        <span className="govuk-visually-hidden">Emergency</span> {children}
      </a>
    </div>
  );
}
