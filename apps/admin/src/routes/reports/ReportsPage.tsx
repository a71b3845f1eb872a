import { useQuery } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading, useDocumentTitle } from '../../components/Page';
import { ProblemPage, ProblemSection } from '../../components/Problem';
import { useAuthority } from '../../context';
import { formatDate } from '../../lib/dates';
import {
  importsCases,
  recordsReportContext,
  reportCharts,
  reportDownloadPath,
  reportFormats,
  seesReportCases,
  yearFromSearch,
} from '../../lib/reports';
import { useTRPC } from '../../trpc';
import { BarChart } from './BarChart';
import { ContextFiguresForm } from './ContextFiguresForm';
import { ReportTableView } from './ReportTableView';

/** Chooses the year; nothing changes until the button is pressed (WCAG 3.2.2, On Input). */
function YearChooser({
  years,
  current,
}: {
  years: readonly { year: number; label: string }[];
  current: number;
}) {
  const [chosen, setChosen] = useState(String(current));
  const navigate = useNavigate();
  function show(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate(`?year=${chosen}`);
  }
  return (
    <form onSubmit={show} className="govuk-!-margin-bottom-6">
      <div className="govuk-form-group govuk-!-margin-bottom-2">
        <label className="govuk-label govuk-label--s" htmlFor="report-year">
          Financial year
        </label>
        <select
          id="report-year"
          className="govuk-select"
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value);
          }}
        >
          {years.map((y) => (
            <option key={y.year} value={y.year}>
              {y.label} (1 April {y.year} to 31 March {y.year + 1})
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
      >
        Show report
      </button>
    </form>
  );
}

/** `/a/:authorityCode/reports`: the annual complaints report of a financial year. */
export function ReportsPage() {
  const trpc = useTRPC();
  const authority = useAuthority();
  const [search] = useSearchParams();
  const years = useQuery(trpc.reports.years.queryOptions({ authorityId: authority.id }));
  const offered = years.data?.years.map((y) => y.year) ?? [];
  const year = yearFromSearch(search, offered) ?? years.data?.current ?? null;
  const annual = useQuery({
    ...trpc.reports.annual.queryOptions({ authorityId: authority.id, year: year ?? 0 }),
    enabled: year !== null,
  });
  const context = useQuery({
    ...trpc.reports.context.queryOptions({ authorityId: authority.id, year: year ?? 0 }),
    enabled: year !== null,
  });
  const label = annual.data?.report.label;
  useDocumentTitle(
    `Annual complaints report${label ? ` ${label}` : ''} – ${authority.name}`,
    !years.isError,
  );

  if (years.isError) {
    return (
      <ProblemPage
        error={years.error}
        what="the annual report"
        caption={authority.name}
        onRetry={() => void years.refetch()}
      />
    );
  }

  const base = `/a/${encodeURIComponent(authority.code)}/reports`;
  const casesPath = seesReportCases(authority.roles) ? `${base}/cases` : null;

  return (
    <>
      <PageHeading caption={authority.name}>
        Annual complaints report{label ? ` ${label}` : ''}
      </PageHeading>
      {years.data && year !== null ? (
        <YearChooser key={year} years={years.data.years} current={year} />
      ) : null}
      {importsCases(authority.roles) ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${base}/import`}>
            Import historic cases from a CSV file
          </Link>
        </p>
      ) : null}
      {annual.isError ? (
        <ProblemSection
          error={annual.error}
          what="the report"
          onRetry={() => void annual.refetch()}
        />
      ) : !annual.data || year === null ? (
        <Loading>Loading the report</Loading>
      ) : (
        <>
          <p className="govuk-body">
            1 April {annual.data.report.year} to 31 March {annual.data.report.year + 1}. Figures as
            at {formatDate(annual.data.report.asOf)}
            {annual.data.report.asOf < annual.data.report.period.to
              ? ': the year is not over, so they are the figures so far.'
              : '.'}
          </p>

          <h2 className="govuk-heading-m">Summary</h2>
          {annual.data.report.summary.length === 0 ? (
            <p className="govuk-body">No complaints were completed in this year.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {annual.data.report.summary.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          )}

          <h2 className="govuk-heading-m">Download the report</h2>
          <ul className="govuk-list">
            {reportFormats.map(({ format, label: formatLabel }) => (
              <li key={format}>
                <a
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                  href={reportDownloadPath(authority.id, year, format)}
                  download
                >
                  Download {formatLabel}
                </a>
              </li>
            ))}
          </ul>

          <h2 className="govuk-heading-m">Charts</h2>
          {reportCharts(annual.data.report).map((chart) => (
            <BarChart key={chart.id} chart={chart} />
          ))}

          <h2 className="govuk-heading-m">Tables</h2>
          {casesPath ? (
            <p className="govuk-body">Select a number to see the complaints it counts.</p>
          ) : null}
          {annual.data.tables.map((table) => (
            <ReportTableView
              key={table.id}
              report={annual.data.report}
              table={table}
              casesPath={casesPath}
            />
          ))}

          <h2 className="govuk-heading-m" id="context-heading">
            Context figures
          </h2>
          <p className="govuk-body">
            Children’s services activity in {annual.data.report.label}, to set the complaints
            against.
          </p>
          {context.isError ? (
            <ProblemSection
              error={context.error}
              what="the context figures"
              onRetry={() => void context.refetch()}
            />
          ) : context.data ? (
            <ContextFiguresForm
              key={String(year)}
              authorityId={authority.id}
              year={year}
              yearLabel={annual.data.report.label}
              figures={context.data.figures}
              editable={recordsReportContext(authority.roles)}
            />
          ) : (
            <Loading>Loading the context figures</Loading>
          )}
        </>
      )}
    </>
  );
}
