/**
 * Charts for the committee paper, drawn on the server: a Vega-Lite specification compiled to Vega,
 * rendered to SVG with no browser and no canvas, then to PNG by resvg (a Rust renderer shipped as a
 * prebuilt package from the npm registry; nothing is downloaded when it installs).
 * docs/decisions/0007-annual-report.md says why.
 */
import { Resvg } from '@resvg/resvg-js';
import type { AnnualReport } from '@heard/domain';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Encoding } from 'vega-lite/types_unstable/encoding.js';

export interface Chart {
  readonly id: string;
  readonly title: string;
  /** What the chart shows, for people who cannot see it (the image's alternative text). */
  readonly description: string;
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/** GOV.UK colours with enough contrast on white. */
const COLOURS = ['#1d70b8', '#f47738', '#00703c', '#4c2c92', '#d4351c'];
const FONT = 'Liberation Sans, Arial, DejaVu Sans, sans-serif';
const WIDTH = 560;
const HEIGHT = 260;

type Datum = Record<string, string | number>;

function spec(title: string, values: Datum[], encoding: Encoding<string>): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    data: { values },
    mark: { type: 'bar', tooltip: false },
    encoding,
    config: {
      font: FONT,
      range: { category: COLOURS },
      axis: { labelFontSize: 12, titleFontSize: 12 },
      legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom' },
      title: { fontSize: 15, anchor: 'start' },
    },
  };
}

async function render(
  id: string,
  title: string,
  description: string,
  topLevel: TopLevelSpec,
): Promise<Chart> {
  const view = new vega.View(vega.parse(compile(topLevel).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const scale = 2;
  const image = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
  }).render();
  return {
    id,
    title,
    description,
    png: image.asPng(),
    width: Math.round(image.width / scale),
    height: Math.round(image.height / scale),
  };
}

const STAGES = ['Stage 1', 'Stage 2', 'Stage 3'] as const;

/** The charts of a report, each shown beside the table it draws. */
export async function reportCharts(report: AnnualReport): Promise<Chart[]> {
  const { stage1, stage2, stage3 } = report.statutory;
  const stages = [stage1, stage2, stage3];
  const years = [...report.previousYears].reverse();
  const byYear: Datum[] = [
    ...years.flatMap((y) =>
      [y.statutory.stage1, y.statutory.stage2, y.statutory.stage3].map((s, i) => ({
        year: y.label,
        stage: STAGES[i] ?? '',
        completed: s.completed,
      })),
    ),
    ...stages.map((s, i) => ({
      year: report.label,
      stage: STAGES[i] ?? '',
      completed: s.completed,
    })),
  ];
  const quarters = ['Q1 Apr-Jun', 'Q2 Jul-Sep', 'Q3 Oct-Dec', 'Q4 Jan-Mar'];
  const byQuarter: Datum[] = stages.flatMap((s, i) =>
    s.completedByQuarter.map((n, q) => ({
      quarter: quarters[q] ?? '',
      stage: STAGES[i] ?? '',
      completed: n,
    })),
  );
  const outcomes: Datum[] = stages.flatMap((s, i) =>
    (
      [
        ['Upheld', s.outcomes.upheld],
        ['Partly upheld', s.outcomes.partlyUpheld],
        ['Not upheld', s.outcomes.notUpheld],
        ['Withdrawn', s.outcomes.withdrawn],
      ] as const
    ).map(([outcome, n]) => ({ stage: STAGES[i] ?? '', outcome, complaints: n })),
  );
  const onTime: Datum[] = stages.map((s, i) => ({
    stage: STAGES[i] ?? '',
    percent: s.timeliness.onTimePercent ?? 0,
  }));

  const describe = (rows: Datum[], value: string) =>
    `${rows
      .map((r) => {
        const labels = Object.entries(r)
          .filter(([k]) => k !== value)
          .map(([, v]) => String(v));
        return `${labels.join(', ')}: ${String(r[value])}`;
      })
      .join('; ')}.`;

  return Promise.all([
    render(
      'by-year',
      'Statutory complaints completed by year and stage',
      describe(byYear, 'completed'),
      spec('Statutory complaints completed by year and stage', byYear, {
        x: { field: 'year', type: 'nominal', title: 'Financial year', axis: { labelAngle: 0 } },
        xOffset: { field: 'stage' },
        y: { field: 'completed', type: 'quantitative', title: 'Complaints completed' },
        color: { field: 'stage', type: 'nominal', title: 'Stage' },
      }),
    ),
    render(
      'by-quarter',
      `Statutory complaints completed by quarter, ${report.label}`,
      describe(byQuarter, 'completed'),
      spec(`Statutory complaints completed by quarter, ${report.label}`, byQuarter, {
        x: {
          field: 'quarter',
          type: 'nominal',
          title: 'Quarter',
          axis: { labelAngle: 0 },
          sort: quarters,
        },
        xOffset: { field: 'stage' },
        y: { field: 'completed', type: 'quantitative', title: 'Complaints completed' },
        color: { field: 'stage', type: 'nominal', title: 'Stage' },
      }),
    ),
    render(
      'outcomes',
      `Complaint outcomes by stage, ${report.label}`,
      describe(outcomes, 'complaints'),
      spec(`Complaint outcomes by stage, ${report.label}`, outcomes, {
        x: { field: 'stage', type: 'nominal', title: 'Stage', axis: { labelAngle: 0 } },
        xOffset: { field: 'outcome', sort: ['Upheld', 'Partly upheld', 'Not upheld', 'Withdrawn'] },
        y: { field: 'complaints', type: 'quantitative', title: 'Complaints completed' },
        color: {
          field: 'outcome',
          type: 'nominal',
          title: 'Outcome',
          sort: ['Upheld', 'Partly upheld', 'Not upheld', 'Withdrawn'],
        },
      }),
    ),
    render(
      'timeliness',
      `Complaints answered on time by stage, ${report.label}`,
      describe(onTime, 'percent'),
      spec(`Complaints answered on time by stage, ${report.label} (%)`, onTime, {
        x: { field: 'stage', type: 'nominal', title: 'Stage', axis: { labelAngle: 0 } },
        y: {
          field: 'percent',
          type: 'quantitative',
          title: 'Answered on time (%)',
          scale: { domain: [0, 100] },
        },
        color: { field: 'stage', type: 'nominal', legend: null },
      }),
    ),
  ]);
}
