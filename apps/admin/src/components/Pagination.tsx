import { Link } from 'react-router';

interface PaginationProps {
  /** Names the navigation for screen readers: `Pages of complaints`. */
  label: string;
  previousHref: string | null;
  nextHref: string | null;
  /** Where the reader is, such as `Page 2 of 5`, said with the links. */
  pageText: string;
}

/** GOV.UK pagination for lists that are read page by page: Previous and Next. */
export function Pagination({ label, previousHref, nextHref, pageText }: PaginationProps) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previousHref ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={previousHref} rel="prev">
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{pageText}</span>
          </Link>
        </div>
      ) : null}
      {nextHref ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={nextHref} rel="next">
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{pageText}</span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
