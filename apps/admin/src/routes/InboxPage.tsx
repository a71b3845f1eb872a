import { Tag } from '@heard/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../components/Loading';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { Pagination } from '../components/Pagination';
import { ProblemSection } from '../components/Problem';
import { useAuthority } from '../context';
import { seesAllCases } from '../lib/roles';
import { formatDate } from '../lib/dates';
import { complainantTypeLabel, procedureLabel, stageLabel } from '../lib/labels';
import { offsetForPage, pageSize, parsePage, showingText, summarisePage } from '../lib/pagination';
import { useTRPC, type RouterOutputs } from '../trpc';

type InboxRow = RouterOutputs['complaints']['inbox']['rows'][number];

export function InboxPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));
  const inbox = useQuery({
    ...trpc.complaints.inbox.queryOptions({
      authorityId: authority.id,
      limit: pageSize,
      offset: offsetForPage(page),
    }),
    placeholderData: keepPreviousData,
  });

  useDocumentTitle(`Inbox${page > 1 ? ` (page ${page})` : ''} – ${authority.name}`);
  const base = `/a/${encodeURIComponent(authority.code)}`;

  return (
    <>
      <PageHeading caption={authority.name}>Inbox</PageHeading>
      {inbox.isPending ? <Loading>Loading complaints</Loading> : null}
      {inbox.isError ? (
        <ProblemSection
          error={inbox.error}
          what="this council’s complaints"
          onRetry={() => {
            void inbox.refetch();
          }}
        />
      ) : null}
      {inbox.data ? (
        <InboxResults
          page={page}
          total={inbox.data.total}
          rows={inbox.data.rows}
          base={base}
          updating={inbox.isPlaceholderData}
          assignedOnly={!seesAllCases(authority.roles)}
        />
      ) : null}
    </>
  );
}

interface InboxResultsProps {
  page: number;
  total: number;
  rows: InboxRow[];
  base: string;
  updating: boolean;
  /** The member of staff sees only the complaints assigned to them. */
  assignedOnly: boolean;
}

function InboxResults({ page, total, rows, base, updating, assignedOnly }: InboxResultsProps) {
  if (total === 0) {
    return (
      <p className="govuk-body">
        {assignedOnly
          ? 'No complaints have been assigned to you yet.'
          : 'There are no complaints yet.'}
      </p>
    );
  }
  if (rows.length === 0) {
    return (
      <p className="govuk-body">
        There are no complaints on this page.{' '}
        <Link className="govuk-link" to={`${base}/inbox`}>
          Go to the first page
        </Link>
        .
      </p>
    );
  }

  const summary = summarisePage(page, rows.length, total);
  const pageText = `Page ${page} of ${summary.pageCount}`;

  return (
    <>
      <p className="govuk-body app-results-count">
        {showingText(summary, 'complaint', 'complaints')}
      </p>
      {updating ? <Loading>Loading the next page of complaints</Loading> : null}
      {/* On a phone each complaint is a block of its own (see .app-table--stacked); between phone
          and desktop widths the table scrolls sideways inside this box, whose links take focus
          so that the arrow keys can scroll it. */}
      <div className="app-table-scroll">
        <table className="govuk-table app-table app-table--stacked" aria-busy={updating}>
          <caption className="govuk-table__caption govuk-visually-hidden">
            Complaints, {pageText.toLowerCase()}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Reference
              </th>
              <th scope="col" className="govuk-table__header">
                Received
              </th>
              <th scope="col" className="govuk-table__header">
                From
              </th>
              <th scope="col" className="govuk-table__header">
                Procedure
              </th>
              <th scope="col" className="govuk-table__header">
                Stage
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                Next due
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <InboxTableRow key={row.id} row={row} base={base} />
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        label="Pages of complaints"
        pageText={pageText}
        previousHref={summary.hasPrevious ? pageHref(base, page - 1) : null}
        nextHref={summary.hasNext ? pageHref(base, page + 1) : null}
      />
    </>
  );
}

function pageHref(base: string, page: number): string {
  return page <= 1 ? `${base}/inbox` : `${base}/inbox?page=${page}`;
}

function InboxTableRow({ row, base }: { row: InboxRow; base: string }) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header app-table__reference">
        <Link className="govuk-link" to={`${base}/complaints/${encodeURIComponent(row.id)}`}>
          {row.reference}
        </Link>
      </th>
      <td className="govuk-table__cell app-nowrap" data-label="Received">
        {formatDate(row.receivedOn)}
      </td>
      <td className="govuk-table__cell" data-label="From">
        {complainantTypeLabel(row.complainantType)}
      </td>
      <td className="govuk-table__cell" data-label="Procedure">
        {procedureLabel(row.procedure)}
      </td>
      <td className="govuk-table__cell app-nowrap" data-label="Stage">
        {stageLabel(row.stage)}
      </td>
      <td className="govuk-table__cell" data-label="Status">
        {row.stateLabel}
      </td>
      <td className="govuk-table__cell app-nowrap" data-label="Next due">
        {row.nextDueOn === null ? (
          <span className="app-secondary-text">None</span>
        ) : row.overdue ? (
          <span>
            <strong className="app-overdue">{formatDate(row.nextDueOn)}</strong>{' '}
            <Tag colour="red">Overdue</Tag>
          </span>
        ) : (
          formatDate(row.nextDueOn)
        )}
      </td>
    </tr>
  );
}
