import {
  assembleAnnualReport,
  computeHeadlineFigures,
  computeYearFigures,
  reportTables,
  type AnnualReport,
} from '@heard/domain';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import {
  describeChart,
  figureFromSearch,
  figureSearch,
  importErrorMessage,
  importFileProblem,
  importFormSchema,
  importMessages,
  importPercent,
  importProblemText,
  importsCases,
  maxImportBytes,
  niceMaximum,
  readsReports,
  recordsReportContext,
  reportCharts,
  reportDownloadPath,
} from '../src/lib/reports';
import { BarChart } from '../src/routes/reports/BarChart';
import { ReportTableView } from '../src/routes/reports/ReportTableView';

const none = { complaints: [], stages: [], children: [] };

function sampleReport(): AnnualReport {
  const figures = computeYearFigures(none, 2021);
  figures.statutory.stage1.completed = 68;
  figures.statutory.stage1.completedByQuarter = [20, 15, 18, 15];
  figures.statutory.stage1.received = 85;
  figures.statutory.stage1.outcomes.upheld = 12;
  return assembleAnnualReport({
    authority: { code: 'WBC', name: 'Westbridge Borough Council' },
    figures,
    previous: [computeHeadlineFigures(none, 2020), computeHeadlineFigures(none, 2019)],
    asOf: '2022-05-01',
  });
}

describe('who sees the report', () => {
  it('mirrors the API: readers, context, imports', () => {
    expect(readsReports(['auditor'])).toBe(true);
    expect(readsReports(['senior_responder'])).toBe(true);
    for (const role of ['investigating_officer', 'independent_person', 'panel_member']) {
      expect(readsReports([role])).toBe(false);
    }
    expect(recordsReportContext(['complaints_officer'])).toBe(true);
    expect(recordsReportContext(['auditor'])).toBe(false);
    expect(importsCases(['complaints_manager'])).toBe(true);
    expect(importsCases(['system_administrator'])).toBe(true);
    expect(importsCases(['complaints_officer'])).toBe(false);
  });
});

describe('drill-down addresses', () => {
  it('carries the year and the figure, and reads them back', () => {
    const figure = {
      procedure: 'statutory',
      stage: 1,
      measure: 'team',
      serviceArea: 'Children in care',
      team: 'Fostering & Adoption',
      quarter: 2,
    } as const;
    const search = new URLSearchParams(figureSearch(2021, figure));
    expect(figureFromSearch(search)).toEqual({ year: 2021, figure });
  });

  it('names no figure for a made-up address', () => {
    expect(figureFromSearch(new URLSearchParams('year=2021&figure=nonsense'))).toBeNull();
    expect(
      figureFromSearch(
        new URLSearchParams({
          year: '2021',
          figure: '{"procedure":"corporate","stage":3,"measure":"received"}',
        }),
      ),
    ).toBeNull();
    expect(figureFromSearch(new URLSearchParams('figure={}'))).toBeNull();
  });

  it('downloads from the API’s path', () => {
    expect(reportDownloadPath('a-b', 2021, 'docx')).toBe('/files/a-b/reports/2021/docx');
  });
});

describe('charts', () => {
  const report = sampleReport();
  const charts = reportCharts(report);
  const chart = (id: string) => {
    const found = charts.find((c) => c.id === id);
    if (!found) throw new Error(`no chart ${id}`);
    return found;
  };

  it('draw the key tables from the report’s own figures', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'chart-by-year',
      'chart-timeliness',
      'chart-outcomes',
    ]);
    const byYear = charts[0];
    expect(byYear?.groups).toEqual(['2019-20', '2020-21', '2021-22']);
    expect(byYear?.series[0]).toEqual({ name: 'Stage 1', values: [0, 0, 68] });
  });

  it('say every figure in words, as their text alternative', () => {
    expect(describeChart(chart('chart-outcomes'))).toContain('Stage 1: Upheld 12, Partly upheld 0');
  });

  it('scale to a round number', () => {
    expect([0, 3, 7, 68, 101, 240, 2600].map(niceMaximum)).toEqual([5, 5, 10, 100, 200, 250, 5000]);
  });

  it('render as one named, described image with its data table', () => {
    const html = renderToStaticMarkup(createElement(BarChart, { chart: chart('chart-by-year') }));
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="chart-by-year-title"');
    expect(html).toContain('<desc id="chart-by-year-desc">');
    expect(html).toMatch(
      /<caption[^>]*>Statutory complaints completed by year and stage<\/caption>/,
    );
    expect(html.match(/<rect /g)?.length).toBeGreaterThanOrEqual(9);
  });
});

describe('report tables', () => {
  const report = sampleReport();
  const found = reportTables(report).find((t) => t.id === 'by-quarter');
  if (!found) throw new Error('no table by-quarter');
  const byQuarter = found;

  function render(casesPath: string | null): string {
    return renderToStaticMarkup(
      createElement(
        MemoryRouter,
        null,
        createElement(ReportTableView, { report, table: byQuarter, casesPath }),
      ),
    );
  }

  it('captions the table and links each count to the complaints behind it', () => {
    const html = render('/a/WBC/reports/cases');
    expect(html).toContain('Table 2: Statutory complaints completed by quarter, 2021-22</caption>');
    expect(html).toContain('<th scope="row" class="govuk-table__header">Stage 1</th>');
    expect(html).toContain('href="/a/WBC/reports/cases?year=2021&amp;figure=');
    expect(html).toContain(
      '20<span class="govuk-visually-hidden">: Stage 1 complaints completed in April to June (2021-22)</span>',
    );
  });

  it('shows plain numbers to those who may not see cases', () => {
    const html = render(null);
    expect(html).not.toContain('<a ');
    expect(html).toContain('>68</td>');
  });
});

describe('the import upload', () => {
  it('takes a CSV file up to the API’s limit', () => {
    expect(importFileProblem({ name: 'cases.CSV', size: maxImportBytes })).toBeNull();
    expect(importFileProblem(null)).toBe(importMessages.missing);
    expect(importFileProblem({ name: 'cases.xlsx', size: 10 })).toBe(importMessages.type);
    expect(importFileProblem({ name: 'cases.csv', size: 0 })).toBe(importMessages.empty);
    expect(importFileProblem({ name: 'cases.csv', size: maxImportBytes + 1 })).toBe(
      importMessages.size,
    );
    expect(importFormSchema.safeParse({ file: [] }).success).toBe(false);
  });

  it('puts refusals into words', () => {
    expect(importErrorMessage(413, null)).toBe(importMessages.size);
    expect(importErrorMessage(409, { error: 'An import is running.' })).toBe(
      'An import is running.',
    );
    expect(importErrorMessage(403, null)).toBe(
      'Your account cannot import cases for this council.',
    );
    expect(importErrorMessage(500, null)).toBe(
      'Sorry, the file could not be sent. Try again later.',
    );
  });

  it('shows progress that reaches 100% only at the end', () => {
    expect(importPercent({ phase: 'checking', rowsDone: 0, rowsTotal: 0 })).toBe(0);
    expect(importPercent({ phase: 'importing', rowsDone: 1, rowsTotal: 3 })).toBe(33);
    expect(importPercent({ phase: 'importing', rowsDone: 3, rowsTotal: 3 })).toBe(99);
    expect(importPercent({ phase: 'finished', rowsDone: 3, rowsTotal: 3 })).toBe(100);
  });

  it('lists each bad row by its line', () => {
    expect(importProblemText({ line: 1204, message: 'received_on is not a date' })).toBe(
      'Line 1,204: received_on is not a date',
    );
    expect(importProblemText({ line: 0, message: 'The file is not UTF-8 text' })).toBe(
      'The file is not UTF-8 text',
    );
  });
});
