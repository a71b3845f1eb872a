import {
  describeFigure,
  figureOfCell,
  type AnnualReport,
  type Cell,
  type ReportTable,
} from '@heard/domain';
import { Link } from 'react-router';
import { figureSearch, formatNumber } from '../../lib/reports';

function cellText(cell: Cell, column: string): string {
  if (cell === null) return '–';
  if (typeof cell === 'number') return /%$/.test(column) ? `${String(cell)}%` : formatNumber(cell);
  return cell;
}

interface ReportTableViewProps {
  report: AnnualReport;
  table: ReportTable;
  /** Where the drill-down pages are (`/a/WBC/reports/cases`), or null when the reader may not see cases. */
  casesPath: string | null;
}

/**
 * One of the report's tables as a GOV.UK table, captioned with its title. A number that counts
 * complaints links to the list of them when the reader may see cases; the link says which figure
 * it is, for those who reach it by tabbing through the links of the page.
 */
export function ReportTableView({ report, table, casesPath }: ReportTableViewProps) {
  const captionId = `table-${table.id}`;
  const numeric = table.columns.map((_, c) => table.rows.some((row) => typeof row[c] === 'number'));
  return (
    <div className="govuk-!-margin-bottom-8">
      <div
        className="app-table-scroll"
        role="region"
        aria-labelledby={captionId}
        // A wide table scrolls sideways on a narrow screen: keyboard users scroll it once it has
        // focus (axe scrollable-region-focusable, WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        style={{ overflowX: 'auto' }}
      >
        <table className="govuk-table app-table govuk-!-margin-bottom-2">
          <caption id={captionId} className="govuk-table__caption govuk-table__caption--s">
            {table.title}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {table.columns.map((column, c) => (
                <th
                  key={column}
                  scope="col"
                  className={`govuk-table__header${c > 0 && numeric[c] ? ' govuk-table__header--numeric' : ''}`}
                >
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {table.rows.map((row, r) => (
              // Rows have no id of their own; their order is the table's meaning.
              <tr key={r} className="govuk-table__row">
                {row.map((cell, c) => {
                  const text = cellText(cell, table.columns[c] ?? '');
                  // A zero has no cases behind it: nothing to follow.
                  const link =
                    casesPath === null || cell === 0 ? null : figureOfCell(report, table, r, c);
                  const content =
                    link === null ? (
                      text
                    ) : (
                      <Link
                        className="govuk-link"
                        to={`${casesPath}?${figureSearch(link.year, link.figure)}`}
                      >
                        {text}
                        <span className="govuk-visually-hidden">
                          {`: ${describeFigure(link.figure, report.previousYears.find((y) => y.year === link.year)?.label ?? report.label)}`}
                        </span>
                      </Link>
                    );
                  return c === 0 ? (
                    <th key={c} scope="row" className="govuk-table__header">
                      {content}
                    </th>
                  ) : (
                    <td
                      key={c}
                      className={`govuk-table__cell${numeric[c] ? ' govuk-table__cell--numeric' : ''}`}
                    >
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.note === undefined ? null : <p className="govuk-body-s">{table.note}</p>}
    </div>
  );
}
