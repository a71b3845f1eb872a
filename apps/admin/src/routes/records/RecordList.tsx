/**
 * The list page every kind of record shares: a back link, the heading, a button to log a new one,
 * then the records a page of 50 at a time, the page kept in the address (`?page=2`) so that it can
 * be bookmarked and reached with the Back button, as the inbox's pages are.
 */
import { RECORD_LIST_PAGE_SIZE } from '@heard/domain';
import {
  keepPreviousData,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { ProblemSection } from '../../components/Problem';
import { useAuthority } from '../../context';
import {
  offsetForPage,
  parsePage,
  showingText,
  summarisePage,
  type PageSummary,
} from '../../lib/pagination';
import { useTRPC } from '../../trpc';
import { BackTo, useRecordsPath } from './shared';

/** The page of the list named in the address, and the `limit` and `offset` to ask the API for. */
export function useRecordListPage(): { page: number; limit: number; offset: number } {
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));
  return {
    page,
    limit: RECORD_LIST_PAGE_SIZE,
    offset: offsetForPage(page, RECORD_LIST_PAGE_SIZE),
  };
}

/**
 * The page of records the address asks for, from one of the list procedures: `(trpc, input) =>
 * trpc.comments.list.queryOptions(input)`. While the next page loads the last one stays on screen,
 * marked as updating, rather than the table disappearing.
 */
export function usePagedRecords<
  TPage extends { total: number; rows: { id: string }[] },
  TError,
  TKey extends QueryKey,
>(
  options: (
    trpc: ReturnType<typeof useTRPC>,
    input: { authorityId: string; limit: number; offset: number },
  ) => UseQueryOptions<TPage, TError, TPage, TKey>,
) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const { page, limit, offset } = useRecordListPage();
  const list = useQuery({
    ...options(trpc, { authorityId: authority.id, limit, offset }),
    placeholderData: keepPreviousData,
  });
  return { list, page };
}

/** A list's address at a page: the first page has no `?page=`. */
export function recordListHref(listPath: string, page: number): string {
  return page > 1 ? `${listPath}?page=${String(page)}` : listPath;
}

/** "12 compliments" when the page holds them all; "Showing 51 to 100 of 120 compliments" if not. */
export function recordCountText(summary: PageSummary, noun: readonly [string, string]): string {
  if (summary.first === 1 && summary.last === summary.total) {
    return `${String(summary.total)} ${summary.total === 1 ? noun[0] : noun[1]}`;
  }
  return showingText(summary, noun[0], noun[1]);
}

/** What the list needs of its query (react-query's result has it all). */
export interface RecordListQuery<Row> {
  data: { total: number; rows: Row[] } | undefined;
  error: unknown;
  isError: boolean;
  isPending: boolean;
  /** The last page's rows, still shown while the next page loads. */
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

export interface RecordColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Keeps the cell on one line, for dates and references. */
  nowrap?: boolean;
}

export interface RecordListProps<Row extends { id: string }> {
  list: RecordListQuery<Row>;
  /** The page asked for, from `useRecordListPage`. */
  page: number;
  /** The records in a sentence, plural: `compliments`, `Ombudsman cases`. */
  name: string;
  /** One and more than one, for the count: `['case', 'cases']`. */
  noun: readonly [string, string];
  /** Says how the table is ordered: `Compliments, newest first`. */
  caption: string;
  /** The list's address below `/a/WBC/records`; each record's page is below it. */
  path: string;
  /**
   * The columns. The first names the record and is the row's header, a link to its page: its cell
   * should make sense read alone, as screen readers read it for every cell of the row.
   */
  columns: readonly [RecordColumn<Row>, ...RecordColumn<Row>[]];
}

const nowrap = (column: { nowrap?: boolean }) => (column.nowrap ? ' app-nowrap' : '');

/** A page of records as a table that stacks into blocks on a phone, with GOV.UK pagination. */
export function RecordList<Row extends { id: string }>(props: RecordListProps<Row>) {
  const { list, name } = props;
  return (
    <>
      {list.isPending ? <Loading>{`Loading ${name}`}</Loading> : null}
      {list.isError ? (
        <ProblemSection
          error={list.error}
          what={`the ${name}`}
          onRetry={() => void list.refetch()}
        />
      ) : null}
      {list.data ? (
        <RecordTable {...props} data={list.data} updating={list.isPlaceholderData} />
      ) : null}
    </>
  );
}

function RecordTable<Row extends { id: string }>({
  data: { total, rows },
  updating,
  page,
  name,
  noun,
  caption,
  path,
  columns: [first, ...rest],
}: RecordListProps<Row> & { data: { total: number; rows: Row[] }; updating: boolean }) {
  const listPath = `${useRecordsPath()}/${path}`;
  if (total === 0) return <p className="govuk-body">{`There are no ${name} yet.`}</p>;
  if (rows.length === 0) {
    return (
      <p className="govuk-body">
        {`There are no ${name} on this page. `}
        <Link className="govuk-link" to={listPath}>
          Go to the first page
        </Link>
        .
      </p>
    );
  }
  const summary = summarisePage(page, rows.length, total, RECORD_LIST_PAGE_SIZE);
  const pageText = `Page ${String(page)} of ${String(summary.pageCount)}`;
  return (
    <>
      <p className="govuk-body app-results-count">{recordCountText(summary, noun)}</p>
      {updating ? <Loading>{`Loading ${name}`}</Loading> : null}
      <div className="app-table-scroll">
        <table
          className="govuk-table app-table app-table--stacked"
          aria-busy={updating ? true : undefined}
        >
          <caption className="govuk-table__caption govuk-visually-hidden">
            {summary.pageCount > 1 ? `${caption}, ${pageText.toLowerCase()}` : caption}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {[first, ...rest].map((column) => (
                <th key={column.header} scope="col" className="govuk-table__header">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr className="govuk-table__row" key={row.id}>
                <th scope="row" className={`govuk-table__header${nowrap(first)}`}>
                  <Link className="govuk-link" to={`${listPath}/${row.id}`}>
                    {first.cell(row)}
                  </Link>
                </th>
                {rest.map((column) => (
                  <td
                    key={column.header}
                    className={`govuk-table__cell${nowrap(column)}`}
                    data-label={column.header}
                  >
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        label={`Pages of ${name}`}
        pageText={pageText}
        previousHref={summary.hasPrevious ? recordListHref(listPath, page - 1) : null}
        nextHref={summary.hasNext ? recordListHref(listPath, page + 1) : null}
      />
    </>
  );
}

export interface RecordListPageProps<Row extends { id: string }> extends RecordListProps<Row> {
  heading: string;
  /** The tab's title, when shorter than the heading; the page number is added after the first. */
  title?: string;
  /** A sentence or two on what these records are. */
  intro?: string;
  /** The words of the button that logs a new one, at `new` below the list. */
  createText: string;
  /** After the list. */
  children?: ReactNode;
}

/** A list page: back to the records, the heading, the button that logs a new one, the list. */
export function RecordListPage<Row extends { id: string }>({
  heading,
  title = heading,
  intro,
  createText,
  children,
  ...list
}: RecordListPageProps<Row>) {
  const authority = useAuthority();
  const base = useRecordsPath();
  const { page } = list;
  useDocumentTitle(`${title}${page > 1 ? ` (page ${String(page)})` : ''} – ${authority.name}`);
  return (
    <>
      <BackTo to={base}>Back to records</BackTo>
      <PageHeading caption={authority.name}>{heading}</PageHeading>
      {intro ? <p className="govuk-body">{intro}</p> : null}
      <Link className="govuk-button" to={`${base}/${list.path}/new`}>
        {createText}
      </Link>
      <RecordList {...list} />
      {children}
    </>
  );
}
