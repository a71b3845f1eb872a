/**
 * The annual report in the admin app: who sees what, where the downloads and the drill-down live,
 * the charts' data drawn from the report's own figures, and the historic case upload. The API
 * decides (apps/api/src/permissions.ts, report-files.ts, imports.ts); these mirror it so that the
 * app offers only what the API allows.
 */
import { drilldownFigureSchema, type AnnualReport, type DrilldownFigure } from '@heard/domain';
import { z } from 'zod';

/** Report readers (`abilities.readReports`): the complaints team, managers, directors, auditors. */
const reportRoles = new Set([
  'complaints_officer',
  'complaints_manager',
  'responding_manager',
  'senior_responder',
  'auditor',
]);

export function readsReports(roles: readonly string[]): boolean {
  return roles.some((role) => reportRoles.has(role));
}

/** The complaints behind a figure name cases: only for those who see every case. */
export function seesReportCases(roles: readonly string[]): boolean {
  return readsReports(roles);
}

/** Context figures are typed in by the complaints team (`abilities.recordReportContext`). */
export function recordsReportContext(roles: readonly string[]): boolean {
  return roles.includes('complaints_officer') || roles.includes('complaints_manager');
}

/** Imports are a manager's or a system administrator's (`abilities.importCases`). */
export function importsCases(roles: readonly string[]): boolean {
  return roles.includes('complaints_manager') || roles.includes('system_administrator');
}

export const reportFormats = [
  { format: 'docx', label: 'Word document (.docx)' },
  { format: 'xlsx', label: 'Spreadsheet (.xlsx)' },
  { format: 'csv', label: 'CSV file, every table (.csv)' },
  { format: 'json', label: 'JSON data (.json)' },
] as const;
export type ReportFormat = (typeof reportFormats)[number]['format'];

export function reportDownloadPath(
  authorityId: string,
  year: number,
  format: ReportFormat,
): string {
  return `/files/${encodeURIComponent(authorityId)}/reports/${String(year)}/${format}`;
}

/** A figure in the address of its drill-down page, readable and stable: `?year=2021&figure=...`. */
export function figureSearch(year: number, figure: DrilldownFigure): string {
  return new URLSearchParams({ year: String(year), figure: JSON.stringify(figure) }).toString();
}

/** The year and figure of a drill-down address, or null when it names none. */
export function figureFromSearch(
  params: URLSearchParams,
): { year: number; figure: DrilldownFigure } | null {
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 2000 || year > 2096) return null;
  try {
    const parsed = drilldownFigureSchema.safeParse(JSON.parse(params.get('figure') ?? ''));
    return parsed.success ? { year, figure: parsed.data } : null;
  } catch {
    return null;
  }
}

/** The year asked for in `?year=`, when it is one of those offered. */
export function yearFromSearch(params: URLSearchParams, offered: readonly number[]): number | null {
  const year = Number(params.get('year'));
  return offered.includes(year) ? year : null;
}

/** 1234567 as "1,234,567". */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB');
}

/** A bar chart's data: groups along the axis, a bar for each series in every group. */
export interface ChartData {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly max?: number;
  readonly groups: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

const STAGES = ['Stage 1', 'Stage 2', 'Stage 3'] as const;

/**
 * The key charts, from the same figures as the tables beside them (and as the Word document's
 * charts, packages/db/src/reports/export/charts.ts): complaints completed by year and stage, on
 * time by stage, and outcomes by stage.
 */
export function reportCharts(report: AnnualReport): ChartData[] {
  const { stage1, stage2, stage3 } = report.statutory;
  const years = [...report.previousYears].reverse();
  const stages = [stage1, stage2, stage3];
  return [
    {
      id: 'chart-by-year',
      title: 'Statutory complaints completed by year and stage',
      unit: 'complaints',
      groups: [...years.map((y) => y.label), report.label],
      series: STAGES.map((name, i) => {
        const key = (['stage1', 'stage2', 'stage3'] as const)[i] ?? 'stage1';
        return {
          name,
          values: [...years.map((y) => y.statutory[key].completed), stages[i]?.completed ?? 0],
        };
      }),
    },
    {
      id: 'chart-timeliness',
      title: `Complaints answered on time by stage, ${report.label}`,
      unit: '%',
      max: 100,
      groups: [...STAGES],
      series: [
        {
          name: 'Answered on time (%)',
          values: stages.map((s) => s.timeliness.onTimePercent ?? 0),
        },
      ],
    },
    {
      id: 'chart-outcomes',
      title: `Complaint outcomes by stage, ${report.label}`,
      unit: 'complaints',
      groups: [...STAGES],
      series: (
        [
          ['Upheld', 'upheld'],
          ['Partly upheld', 'partlyUpheld'],
          ['Not upheld', 'notUpheld'],
          ['Withdrawn', 'withdrawn'],
        ] as const
      ).map(([name, key]) => ({ name, values: stages.map((s) => s.outcomes[key]) })),
    },
  ];
}

/** What a chart shows, in words: its text alternative. */
export function describeChart(chart: ChartData): string {
  const unit = (n: number) => (chart.unit === '%' ? `${String(n)}%` : formatNumber(n));
  const parts = chart.groups.map((group, g) => {
    const values = chart.series.map((s) =>
      chart.series.length === 1 ? unit(s.values[g] ?? 0) : `${s.name} ${unit(s.values[g] ?? 0)}`,
    );
    return `${group}: ${values.join(', ')}`;
  });
  return `${chart.title}. ${parts.join('; ')}.`;
}

/** A round number at or above the largest value, for the chart's scale. */
export function niceMaximum(largest: number): number {
  if (largest <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    if (candidate >= largest) return candidate;
  }
  return 10 * magnitude;
}

// ----- The historic case upload -----

/** The API's limit (apps/api/src/imports.ts, docs/import-format.md). */
export const maxImportBytes = 25 * 1024 * 1024;

export const importMessages = {
  missing: 'Choose a CSV file to import',
  type: 'The file must be a CSV file (.csv)',
  empty: 'The file is empty',
  size: 'The file must be smaller than 25 MB',
} as const;

/** What is wrong with a chosen file before it is sent, or null if it may go. */
export function importFileProblem(
  file: { name: string; size: number } | null | undefined,
): string | null {
  if (!file) return importMessages.missing;
  if (!/\.csv$/i.test(file.name)) return importMessages.type;
  if (file.size === 0) return importMessages.empty;
  if (file.size > maxImportBytes) return importMessages.size;
  return null;
}

export function importPath(authorityId: string): string {
  return `/files/${encodeURIComponent(authorityId)}/imports`;
}

/** The words for a refused upload, from the API's `{ error }` where it gives them. */
export function importErrorMessage(status: number, body: unknown): string {
  const said =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
      ? body.error
      : null;
  if (status === 413) return importMessages.size;
  if ((status === 400 || status === 409) && said !== null) return said;
  if (status === 403) return 'Your account cannot import cases for this council.';
  return 'Sorry, the file could not be sent. Try again later.';
}

/** A refused upload, shaped like the API client's errors so that a 401 ends the session. */
export class ImportUploadFailure extends Error {
  readonly data: { code: string; httpStatus: number };
  constructor(status: number, message: string) {
    super(message);
    const codes: Record<number, string> = { 401: 'UNAUTHORIZED', 403: 'FORBIDDEN' };
    this.data = {
      code: codes[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'),
      httpStatus: status,
    };
  }
}

/** Sends the file; the import then runs on the API as a job, whose id comes back. */
export async function uploadImport(options: {
  authorityId: string;
  file: File;
  csrfToken: string | null;
}): Promise<{ jobId: string }> {
  const headers: Record<string, string> = {
    'x-heard-client': 'admin',
    'content-type': 'text/csv',
  };
  if (options.csrfToken !== null) headers['x-csrf-token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(importPath(options.authorityId), {
      method: 'POST',
      headers,
      body: options.file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ImportUploadFailure(
      0,
      'The file could not be sent. Check your connection, then try again.',
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 202 && typeof body === 'object' && body !== null && 'jobId' in body) {
    return { jobId: String(body.jobId) };
  }
  throw new ImportUploadFailure(response.status, importErrorMessage(response.status, body));
}

/** Whole percent of rows done, never 100 before the end. */
export function importPercent(status: {
  phase: string;
  rowsDone: number;
  rowsTotal: number;
}): number {
  if (status.phase === 'finished' || status.phase === 'failed') return 100;
  if (status.rowsTotal <= 0) return 0;
  return Math.min(99, Math.floor((100 * status.rowsDone) / status.rowsTotal));
}

/** The upload form: one CSV file, checked before anything is sent. */
export const importFormSchema = z.object({
  file: z.custom<ArrayLike<File> | null | undefined>().transform((files, ctx) => {
    const file = files?.[0];
    const problem = importFileProblem(file);
    if (problem !== null || file === undefined) {
      ctx.addIssue({ code: 'custom', message: problem ?? importMessages.missing });
      return z.NEVER;
    }
    return file;
  }),
});
export type ImportFormValues = z.input<typeof importFormSchema>;

/** A bad row as the error summary lists it. */
export function importProblemText(problem: { line: number; message: string }): string {
  return problem.line > 0
    ? `Line ${formatNumber(problem.line)}: ${problem.message}`
    : problem.message;
}
