import type { ReactNode } from 'react';

/** A question page: the journey's island, and anything that goes under it. */
export function StepPage({ children, after }: { children: ReactNode; after?: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {children}
        {after}
      </div>
    </div>
  );
}
