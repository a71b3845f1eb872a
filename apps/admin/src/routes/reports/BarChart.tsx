import { describeChart, formatNumber, niceMaximum, type ChartData } from '../../lib/reports';

/** GOV.UK colours with at least 3:1 contrast on white (WCAG 1.4.11), one for each series. */
const COLOURS = ['#1d70b8', '#f47738', '#00703c', '#4c2c92'];
const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 8, bottom: 40, left: 48 };
const TICKS = 5;

/**
 * A grouped bar chart drawn as SVG from the same figures as the report's tables (decision 0012):
 * no charting library in the bundle. The picture is one image to assistive technology, named by
 * its title and described by its text alternative; the figures themselves are in the data table
 * that follows it.
 */
export function BarChart({ chart }: { chart: ChartData }) {
  const values = chart.series.flatMap((s) => s.values);
  const max = chart.max ?? niceMaximum(Math.max(0, ...values));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupWidth = plotWidth / Math.max(1, chart.groups.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, chart.series.length);
  const y = (v: number) => MARGIN.top + plotHeight - (plotHeight * v) / max;
  const label = (v: number) => (chart.unit === '%' ? `${String(v)}%` : formatNumber(v));
  const titleId = `${chart.id}-title`;
  const descId = `${chart.id}-desc`;

  return (
    <figure className="app-chart govuk-!-margin-0 govuk-!-margin-bottom-6">
      <figcaption className="govuk-heading-s govuk-!-margin-bottom-2">{chart.title}</figcaption>
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        fontFamily="Arial, sans-serif"
        style={{ maxWidth: `${String(WIDTH)}px`, display: 'block' }}
      >
        <title id={titleId}>{chart.title}</title>
        <desc id={descId}>{describeChart(chart)}</desc>
        {Array.from({ length: TICKS + 1 }, (_, i) => (max * i) / TICKS).map((tick) => (
          <g key={tick}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
              stroke={tick === 0 ? '#0b0c0c' : '#b1b4b6'}
              strokeWidth={1}
            />
            <text x={MARGIN.left - 6} y={y(tick) + 5} textAnchor="end" fontSize={15} fill="#0b0c0c">
              {label(Math.round(tick))}
            </text>
          </g>
        ))}
        {chart.groups.map((group, g) => {
          const left = MARGIN.left + g * groupWidth + groupWidth * 0.1;
          return (
            <g key={group}>
              {chart.series.map((series, s) => {
                const value = series.values[g] ?? 0;
                return (
                  <rect
                    key={series.name}
                    x={left + s * barWidth}
                    y={y(value)}
                    width={Math.max(1, barWidth - 2)}
                    height={Math.max(0, MARGIN.top + plotHeight - y(value))}
                    fill={COLOURS[s % COLOURS.length]}
                  />
                );
              })}
              <text
                x={MARGIN.left + g * groupWidth + groupWidth / 2}
                y={HEIGHT - MARGIN.bottom + 22}
                textAnchor="middle"
                fontSize={15}
                fill="#0b0c0c"
              >
                {group}
              </text>
            </g>
          );
        })}
      </svg>
      {chart.series.length > 1 ? (
        <ul
          className="govuk-list govuk-body-s"
          aria-hidden="true"
          style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 20px' }}
        >
          {chart.series.map((series, s) => (
            <li key={series.name}>
              <svg width="16" height="16" aria-hidden="true" focusable="false">
                <rect width="16" height="16" fill={COLOURS[s % COLOURS.length]} />
              </svg>{' '}
              {series.name}
            </li>
          ))}
        </ul>
      ) : null}
      <details className="govuk-details govuk-!-margin-bottom-2">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Figures in this chart</span>
        </summary>
        <div className="govuk-details__text">
          <table className="govuk-table app-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {chart.title}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  {chart.groups.length > 0 && chart.groups[0]?.startsWith('Stage')
                    ? 'Stage'
                    : 'Year'}
                </th>
                {chart.series.map((s) => (
                  <th
                    key={s.name}
                    scope="col"
                    className="govuk-table__header govuk-table__header--numeric"
                  >
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {chart.groups.map((group, g) => (
                <tr key={group} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {group}
                  </th>
                  {chart.series.map((s) => (
                    <td key={s.name} className="govuk-table__cell govuk-table__cell--numeric">
                      {label(s.values[g] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
