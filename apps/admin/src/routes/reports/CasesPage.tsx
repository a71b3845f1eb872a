import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { ProblemPage } from '../../components/Problem';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import { labelFrom, outcomeLabels } from '../../lib/labels';
import { figureFromSearch, formatNumber } from '../../lib/reports';
import { useTRPC } from '../../trpc';

const endingLabels: Record<string, string> = {
  responded: 'Answered',
  withdrawn: 'Withdrawn',
  escalated: 'Taken to the next stage unanswered',
};

/**
 * `/a/:authorityCode/reports/cases?year=...&figure=...`: the complaints behind a figure of the
 * report, counted by the same rules as the figure. Opening it is recorded in the audit log.
 */
export function CasesPage() {
  const authority = useAuthority();
  const [search] = useSearchParams();
  const asked = figureFromSearch(search);
  const reportPath = `/a/${encodeURIComponent(authority.code)}/reports${asked ? `?year=${String(asked.year)}` : ''}`;
  const back = (
    <Link className="govuk-back-link" to={reportPath}>
      Back to the report
    </Link>
  );
  if (!asked) {
    return (
      <>
        {back}
        <NoSuchFigure />
      </>
    );
  }
  return (
    <>
      {back}
      <CasesList year={asked.year} figure={asked.figure} reportPath={reportPath} />
    </>
  );
}

function NoSuchFigure() {
  useDocumentTitle('Figure not found');
  return (
    <>
      <PageHeading>Figure not found</PageHeading>
      <p className="govuk-body">
        The link does not name a figure of the report. Go back to the report and choose a number.
      </p>
    </>
  );
}

function CasesList({
  year,
  figure,
  reportPath,
}: {
  year: number;
  figure: NonNullable<ReturnType<typeof figureFromSearch>>['figure'];
  reportPath: string;
}) {
  const trpc = useTRPC();
  const authority = useAuthority();
  const cases = useQuery(
    trpc.reports.cases.queryOptions({ authorityId: authority.id, year, figure }),
  );
  useDocumentTitle(
    `${cases.data?.title ?? 'Complaints behind a figure'} – ${authority.name}`,
    !cases.isError,
  );

  if (cases.isError) {
    return (
      <ProblemPage
        error={cases.error}
        what="the complaints behind this figure"
        caption={authority.name}
        onRetry={() => void cases.refetch()}
        back={{ to: reportPath, text: 'Back to the report' }}
      />
    );
  }
  if (!cases.data) return <Loading>Loading the complaints</Loading>;
  const { title, total, cases: rows, limit } = cases.data;
  const complaintPath = (id: string) =>
    `/a/${encodeURIComponent(authority.code)}/complaints/${encodeURIComponent(id)}`;
  return (
    <>
      <PageHeading caption={authority.name}>{title}</PageHeading>
      <p className="govuk-body">
        {total === 1 ? '1 complaint' : `${formatNumber(total)} complaints`}
        {total > rows.length
          ? `; the first ${formatNumber(limit)} are shown, in order of reference`
          : ''}
        .
      </p>
      {rows.length === 0 ? null : (
        <div
          role="region"
          aria-labelledby="cases-caption"
          // The table scrolls sideways on a narrow screen: keyboard users scroll it once it has
          // focus (axe scrollable-region-focusable, WCAG 2.1.1).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          tabIndex={0}
          style={{ overflowX: 'auto' }}
        >
          <table className="govuk-table app-table">
            <caption id="cases-caption" className="govuk-table__caption govuk-visually-hidden">
              {title}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Reference
                </th>
                <th scope="col" className="govuk-table__header">
                  Stage began
                </th>
                <th scope="col" className="govuk-table__header">
                  Stage ended
                </th>
                <th scope="col" className="govuk-table__header">
                  Outcome
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Working days late
                </th>
                <th scope="col" className="govuk-table__header">
                  Team
                </th>
                <th scope="col" className="govuk-table__header">
                  Principal issue
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map((c) => (
                <tr key={c.complaintId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={complaintPath(c.complaintId)}>
                      {c.reference}
                    </Link>
                  </th>
                  <td className="govuk-table__cell">{formatDate(c.stageBeganOn)}</td>
                  <td className="govuk-table__cell">
                    {c.stageEndedOn === null ? 'Open' : formatDate(c.stageEndedOn)}
                  </td>
                  <td className="govuk-table__cell">
                    {c.ending === 'responded'
                      ? labelFrom(outcomeLabels, c.outcome) || 'Not recorded'
                      : c.ending === null
                        ? ''
                        : endingLabels[c.ending]}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {c.ending === 'withdrawn' || c.workingDaysLate === null
                      ? ''
                      : formatNumber(c.workingDaysLate)}
                  </td>
                  <td className="govuk-table__cell">{c.team ?? 'Not recorded'}</td>
                  <td className="govuk-table__cell">{c.principalIssue ?? 'Not recorded'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={reportPath}>
          Back to the report
        </Link>
      </p>
    </>
  );
}
