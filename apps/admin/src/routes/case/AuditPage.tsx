import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { ProblemSection } from '../../components/Problem';
import { useAuthority } from '../../context';
import { auditActionText } from '../../lib/caseText';
import { formatDateTime } from '../../lib/dates';
import { parsePage } from '../../lib/pagination';
import { useTRPC } from '../../trpc';
import { CaseHeader } from './CaseHeader';
import { useCase } from './caseContext';

const auditPageSize = 50;

/**
 * `/a/:authorityCode/complaints/:complaintId/audit`: who did or saw what on this case, newest
 * first, for the Complaints Manager and auditors. Nothing in the application can change it.
 */
export function AuditPage() {
  const { complaintCase, casePath } = useCase();
  const authority = useAuthority();
  const trpc = useTRPC();
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));
  const allowed = complaintCase.can.readAudit;
  const audit = useQuery({
    ...trpc.audit.list.queryOptions({
      authorityId: authority.id,
      complaintId: complaintCase.complaint.id,
      limit: auditPageSize,
      offset: (page - 1) * auditPageSize,
    }),
    enabled: allowed,
    placeholderData: keepPreviousData,
  });
  useDocumentTitle(
    `Audit log${page > 1 ? ` (page ${page})` : ''} – ${complaintCase.complaint.reference}`,
  );

  const pageHref = (n: number) => (n <= 1 ? `${casePath}/audit` : `${casePath}/audit?page=${n}`);
  const rows = audit.data ?? [];

  return (
    <>
      <Link
        className="govuk-back-link app-back-link"
        to={`/a/${encodeURIComponent(authority.code)}/inbox`}
      >
        Back to the inbox
      </Link>
      <CaseHeader complaintCase={complaintCase} casePath={casePath} current="audit" />
      <h2 className="govuk-heading-m">Audit log</h2>
      {!allowed ? (
        <p className="govuk-body">
          Your account does not let you read the audit log. The Complaints Manager and auditors can.
        </p>
      ) : null}
      {allowed && audit.isPending ? <Loading>Loading the audit log</Loading> : null}
      {audit.isError ? (
        <ProblemSection
          error={audit.error}
          what="the audit log"
          onRetry={() => {
            void audit.refetch();
          }}
        />
      ) : null}
      {audit.data && rows.length === 0 ? (
        <p className="govuk-body">
          {page > 1 ? 'There is nothing more in the log.' : 'Nothing has been logged yet.'}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <p className="govuk-body">
            Every time someone opens, changes or downloads anything on this case, it is logged here.
            Newest first.
          </p>
          <div className="app-table-scroll">
            <table
              className="govuk-table app-table app-table--stacked"
              aria-busy={audit.isPlaceholderData}
            >
              <caption className="govuk-table__caption govuk-visually-hidden">
                Audit log, page {page}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    When
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Who
                  </th>
                  <th scope="col" className="govuk-table__header">
                    What
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {rows.map((row) => (
                  <tr className="govuk-table__row" key={row.id}>
                    <td className="govuk-table__cell app-nowrap" data-label="When">
                      {formatDateTime(row.at)}
                    </td>
                    <td className="govuk-table__cell" data-label="Who">
                      {row.staffName ?? 'The system'}
                    </td>
                    <td className="govuk-table__cell" data-label="What">
                      {auditActionText(row.action)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            label="Pages of the audit log"
            pageText={`Page ${page}`}
            previousHref={page > 1 ? pageHref(page - 1) : null}
            nextHref={rows.length === auditPageSize ? pageHref(page + 1) : null}
          />
        </>
      ) : null}
    </>
  );
}
