import { Tag } from '@heard/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SubmitEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../components/Loading';
import { PageHeading, useDocumentTitle } from '../components/Page';
import { Pagination } from '../components/Pagination';
import { ProblemSection } from '../components/Problem';
import { useAuthority } from '../context';
import { useStaffList } from '../hooks/useStaffList';
import { formatDate } from '../lib/dates';
import {
  emptyViewText,
  inboxSearch,
  isFiltered,
  parseInboxSearch,
  viewOf,
  workloadViews,
  type InboxFilters,
  type WorkloadViewId,
} from '../lib/inbox';
import { complainantTypeLabel, procedureLabel, stageLabel } from '../lib/labels';
import { offsetForPage, pageSize, showingText, summarisePage } from '../lib/pagination';
import { listsStaff, logsComplaints, readsWorkload, seesAllCases } from '../lib/roles';
import type { StaffPerson } from '../lib/people';
import { useTRPC, type RouterOutputs } from '../trpc';

type InboxRow = RouterOutputs['complaints']['inbox']['rows'][number];
type WorkloadCounts = RouterOutputs['workload']['summary']['counts'];

/**
 * `/a/:authorityCode/inbox`: the council's complaints as workload views (untriaged, due this week,
 * overdue...), each with its count, under filters kept in the address.
 */
export function InboxPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const [searchParams] = useSearchParams();
  const filters = parseInboxSearch(searchParams);
  const { view, page } = filters;
  const countsShown = readsWorkload(authority.roles);
  const { staff } = useStaffList(countsShown);
  const scope = {
    authorityId: authority.id,
    ...(filters.stage === undefined ? {} : { stage: filters.stage }),
    ...(filters.team === undefined ? {} : { team: filters.team }),
    ...(filters.assignee === undefined ? {} : { assignedStaffId: filters.assignee }),
  };
  const inbox = useQuery({
    ...trpc.complaints.inbox.queryOptions({
      ...scope,
      view,
      limit: pageSize,
      offset: offsetForPage(page),
    }),
    placeholderData: keepPreviousData,
  });
  const summary = useQuery({
    ...trpc.workload.summary.queryOptions(scope),
    enabled: countsShown,
    placeholderData: keepPreviousData,
  });
  // "All" has no count of its own in the summary: the list's total, one row asked for.
  const everything = useQuery({
    ...trpc.complaints.inbox.queryOptions({ ...scope, view: 'all', limit: 1, offset: 0 }),
    enabled: countsShown,
    placeholderData: keepPreviousData,
  });

  const current = viewOf(view);
  useDocumentTitle(
    `${view === 'open' ? 'Inbox' : `${current.label} – Inbox`}${page > 1 ? ` (page ${page})` : ''} – ${authority.name}`,
  );
  const base = `/a/${encodeURIComponent(authority.code)}`;

  return (
    <>
      <div className="app-page-header">
        <div>
          <PageHeading caption={authority.name}>Inbox</PageHeading>
        </div>
        {logsComplaints(authority.roles) ? (
          <Link className="govuk-button app-page-header__button" to={`${base}/complaints/new`}>
            Log a complaint
          </Link>
        ) : null}
      </div>
      {countsShown ? (
        <WorkloadSummary
          filters={filters}
          base={base}
          counts={summary.data?.counts}
          all={everything.data?.total}
          failed={summary.isError}
          updating={summary.isPlaceholderData || everything.isPlaceholderData}
        />
      ) : null}
      {countsShown ? (
        <InboxFilterForm
          // Afresh when the address changes, and once the people arrive so the chosen one shows.
          key={`${searchParams.toString()}:${String(staff.length)}`}
          filters={filters}
          staff={staff}
          showAssignee={listsStaff(authority.roles)}
        />
      ) : null}
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
          filters={filters}
          total={inbox.data.total}
          rows={inbox.data.rows}
          base={base}
          updating={inbox.isPlaceholderData}
          assignedOnly={!seesAllCases(authority.roles)}
          staff={staff}
        />
      ) : null}
    </>
  );
}

interface WorkloadSummaryProps {
  filters: InboxFilters;
  base: string;
  counts: WorkloadCounts | undefined;
  all: number | undefined;
  failed: boolean;
  /** The figures shown are for the filters before the last change, until the new ones arrive. */
  updating: boolean;
}

/**
 * The figures a manager reads out in a team meeting, each a link to its list. The view being
 * shown is marked as the current page.
 */
function WorkloadSummary({ filters, base, counts, all, failed, updating }: WorkloadSummaryProps) {
  const countOf = (id: WorkloadViewId): number | undefined => (id === 'all' ? all : counts?.[id]);
  return (
    <nav className="app-workload" aria-label="Workload views" aria-busy={updating}>
      {failed ? (
        <p className="govuk-body-s app-secondary-text">The counts could not be loaded.</p>
      ) : null}
      <ul className="app-workload__list">
        {workloadViews.map((view) => {
          const count = countOf(view.id);
          const isCurrent = view.id === filters.view;
          const alarming = view.id === 'overdue' && count !== undefined && count > 0;
          return (
            <li className="app-workload__item" key={view.id}>
              <Link
                className={`app-workload__link${isCurrent ? ' app-workload__link--current' : ''}${alarming ? ' app-workload__link--alarm' : ''}`}
                to={`${base}/inbox${inboxSearch({ ...filters, view: view.id, page: 1 })}`}
                aria-current={isCurrent ? 'page' : undefined}
              >
                <span className="app-workload__count">{count ?? '–'}</span>
                <span className="app-workload__label">{view.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * Filters as a GET form: applying them changes the address, so the Back button and a shared link
 * show the same list. Nothing changes until the button is pressed (WCAG 3.2.2).
 */
function InboxFilterForm({
  filters,
  staff,
  showAssignee,
}: {
  filters: InboxFilters;
  staff: readonly StaffPerson[];
  showAssignee: boolean;
}) {
  const navigate = useNavigate();
  const assignable = staff.filter((person) =>
    person.roles.some((role) => role !== 'auditor' && role !== 'system_administrator'),
  );

  function apply(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const next = parseInboxSearch(
      new URLSearchParams({
        view: filters.view,
        stage: text('stage'),
        team: text('team'),
        assignee: text('assignee'),
      }),
    );
    void navigate({ search: inboxSearch({ ...next, page: 1 }) });
  }

  return (
    <form className="app-filters" method="get" onSubmit={apply} aria-label="Filter complaints">
      <input type="hidden" name="view" value={filters.view} />
      <div className="app-filters__fields">
        <div className="govuk-form-group app-filters__field">
          <label className="govuk-label govuk-label--s" htmlFor="filter-stage">
            Stage
          </label>
          <select
            className="govuk-select"
            id="filter-stage"
            name="stage"
            defaultValue={filters.stage === undefined ? '' : String(filters.stage)}
          >
            <option value="">Any stage</option>
            <option value="1">Stage 1</option>
            <option value="2">Stage 2</option>
            <option value="3">Stage 3</option>
          </select>
        </div>
        <div className="govuk-form-group app-filters__field">
          <label className="govuk-label govuk-label--s" htmlFor="filter-team">
            Team
          </label>
          <input
            className="govuk-input app-filters__team"
            id="filter-team"
            name="team"
            type="text"
            autoComplete="off"
            defaultValue={filters.team ?? ''}
          />
        </div>
        {showAssignee ? (
          <div className="govuk-form-group app-filters__field">
            <label className="govuk-label govuk-label--s" htmlFor="filter-assignee">
              Responder
            </label>
            <select
              className="govuk-select app-select"
              id="filter-assignee"
              name="assignee"
              defaultValue={filters.assignee ?? ''}
            >
              <option value="">Anyone</option>
              {assignable.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="app-filters__actions">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Apply filters
          </button>
          {isFiltered(filters) ? (
            <Link className="govuk-link" to={{ search: inboxSearch({ view: filters.view }) }}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}

interface InboxResultsProps {
  filters: InboxFilters;
  total: number;
  rows: InboxRow[];
  base: string;
  updating: boolean;
  /** The member of staff sees only the complaints assigned to them. */
  assignedOnly: boolean;
  staff: readonly StaffPerson[];
}

function InboxResults({
  filters,
  total,
  rows,
  base,
  updating,
  assignedOnly,
  staff,
}: InboxResultsProps) {
  const { page, view } = filters;
  const current = viewOf(view);
  const heading = (
    <h2 className="govuk-heading-m app-view-heading" id="view-heading">
      {current.label}
    </h2>
  );
  if (total === 0) {
    return (
      <>
        {heading}
        <p className="govuk-body app-empty">
          {assignedOnly && !isFiltered(filters)
            ? 'No complaints here have been assigned to you.'
            : emptyViewText(view, isFiltered(filters))}
        </p>
      </>
    );
  }
  if (rows.length === 0) {
    return (
      <p className="govuk-body">
        There are no complaints on this page.{' '}
        <Link className="govuk-link" to={`${base}/inbox${inboxSearch({ ...filters, page: 1 })}`}>
          Go to the first page
        </Link>
        .
      </p>
    );
  }

  const summary = summarisePage(page, rows.length, total);
  const pageText = `Page ${page} of ${summary.pageCount}`;
  const nameOf = (id: string | null) =>
    id === null ? null : (staff.find((person) => person.id === id)?.name ?? null);

  return (
    <>
      {heading}
      <p className="govuk-body app-results-count">
        {showingText(summary, 'complaint', 'complaints')}
      </p>
      {updating ? <Loading>Loading complaints</Loading> : null}
      {/* On a phone each complaint is a block of its own (see .app-table--stacked); between phone
          and desktop widths the table scrolls sideways inside this box, whose links take focus
          so that the arrow keys can scroll it. */}
      <div className="app-table-scroll">
        <table className="govuk-table app-table app-table--stacked" aria-busy={updating}>
          <caption className="govuk-table__caption govuk-visually-hidden">
            {current.label} complaints, {pageText.toLowerCase()}
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
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                Team
              </th>
              <th scope="col" className="govuk-table__header">
                Responder
              </th>
              <th scope="col" className="govuk-table__header">
                Next due
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <InboxTableRow
                key={row.id}
                row={row}
                base={base}
                responder={nameOf(row.assignedStaffId)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        label="Pages of complaints"
        pageText={pageText}
        previousHref={
          summary.hasPrevious ? `${base}/inbox${inboxSearch({ ...filters, page: page - 1 })}` : null
        }
        nextHref={
          summary.hasNext ? `${base}/inbox${inboxSearch({ ...filters, page: page + 1 })}` : null
        }
      />
    </>
  );
}

function InboxTableRow({
  row,
  base,
  responder,
}: {
  row: InboxRow;
  base: string;
  responder: string | null;
}) {
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
      {/* Each cell holds one element, so that on a phone it sits beside its column's label. */}
      <td className="govuk-table__cell" data-label="Procedure">
        <span>
          {procedureLabel(row.procedure)}
          {row.procedure === null ? null : (
            <span className="app-secondary-text">, {stageLabel(row.stage).toLowerCase()}</span>
          )}
        </span>
      </td>
      <td className="govuk-table__cell" data-label="Status">
        <span>
          {row.stateLabel}
          {row.triagedAt === null ? (
            <span className="app-inbox__untriaged">Not triaged</span>
          ) : null}
        </span>
      </td>
      <td className="govuk-table__cell" data-label="Team">
        {row.team ?? <span className="app-secondary-text">–</span>}
      </td>
      <td className="govuk-table__cell" data-label="Responder">
        {row.assignedStaffId === null ? (
          <span className="app-secondary-text">Not chosen</span>
        ) : (
          (responder ?? <span className="app-secondary-text">Chosen</span>)
        )}
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
