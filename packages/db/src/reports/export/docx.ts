/**
 * The report as a Word document for committee papers: a title, the summary in sentences, then
 * every table under its title with the charts beside the tables they draw (the `docx` package;
 * docs/decisions/0007-annual-report.md).
 */
import { reportTables, type AnnualReport, type ReportTable } from '@heard/domain';
import {
  AlignmentType,
  type IRunOptions,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { reportCharts, type Chart } from './charts.js';

/** Where each table belongs in the paper, as the council reports lay their reports out (Wandsworth 2021-22 contents). */
const PART_OF_TABLE: Record<string, string> = {
  'by-year': 'Statutory complaint numbers',
  'by-quarter': 'Statutory complaint numbers',
  'carried-over': 'Statutory complaint numbers',
  'stage1-teams': 'Stage 1 complaints',
  'stage1-issues': 'Stage 1 complaints',
  outcomes: 'Outcomes',
  timeliness: 'Response times',
  'stage1-working-days': 'Response times',
  'stage3-timeliness': 'Response times',
  'stage1-all-issues': 'Stage 1 complaints',
  'stage2-teams': 'Stage 2 and stage 3 complaints',
  'stage2-issues': 'Stage 2 and stage 3 complaints',
  'stage3-teams': 'Stage 2 and stage 3 complaints',
  'stage3-issues': 'Stage 2 and stage 3 complaints',
  escalation: 'Stage 2 and stage 3 complaints',
  complainants: 'Who complained',
  'young-people': 'Young people’s complaints',
  'young-people-category': 'Young people’s complaints',
  'young-people-gender': 'Young people’s complaints',
  'young-people-age': 'Young people’s complaints',
  'category-of-support': 'Categories of support and equalities',
  'equalities-age': 'Categories of support and equalities',
  'equalities-gender': 'Categories of support and equalities',
  'equalities-ethnicity': 'Categories of support and equalities',
  'equalities-disability': 'Categories of support and equalities',
  channels: 'How complaints arrived',
  corporate: 'Corporate complaints',
  'corporate-stage1-teams': 'Corporate complaints',
  'corporate-stage2-teams': 'Corporate complaints',
  'other-feedback': 'Compliments, comments, enquiries and the Ombudsman',
  'compliments-teams': 'Compliments, comments, enquiries and the Ombudsman',
  'compliments-quotes': 'Compliments, comments, enquiries and the Ombudsman',
  'ombudsman-decisions': 'Compliments, comments, enquiries and the Ombudsman',
  'ombudsman-remedies': 'Compliments, comments, enquiries and the Ombudsman',
  'learning-actions': 'Learning from complaints',
  delays: 'Reasons for delay and costs',
  costs: 'Reasons for delay and costs',
  context: 'Complaints in context',
};

const FONT = 'Arial';

/** A run of text. Options typed on their own: `TextRun` also takes a string, whose `bold` is not this. */
function run(text: string, options: Omit<IRunOptions, 'text' | 'font'> = {}): TextRun {
  const runOptions: IRunOptions = { text, font: FONT, ...options };
  return new TextRun(runOptions);
}

function cellText(value: string | number | null): string {
  return value === null ? '–' : String(value);
}

function tableOf(table: ReportTable): Table {
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map(
      (column) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, fill: 'DEE0E2', color: 'auto' },
          children: [new Paragraph({ children: [run(column, { bold: true, size: 18 })] })],
        }),
    ),
  });
  const body = table.rows.map(
    (row) =>
      new TableRow({
        children: row.map(
          (cell) =>
            new TableCell({
              children: [
                new Paragraph({
                  alignment: typeof cell === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  children: [run(cellText(cell), { size: 18 })],
                }),
              ],
            }),
        ),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...body] });
}

function chartParagraphs(chart: Chart): Paragraph[] {
  const width = 600;
  const height = Math.round((chart.height / chart.width) * width);
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width, height },
          altText: { name: chart.id, title: chart.title, description: chart.description },
        }),
      ],
    }),
    new Paragraph({
      children: [run(`Chart: ${chart.title}`, { italics: true, size: 18 })],
    }),
  ];
}

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ spacing: { after: 120 }, children: [run(value, { size: 22, ...options })] });

export async function reportToDocx(report: AnnualReport): Promise<Buffer> {
  const charts = new Map((await reportCharts(report)).map((chart) => [chart.id, chart]));
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [run(`Children’s social care annual complaints report ${report.label}`)],
    }),
    text(report.authority.name, { bold: true }),
    text(
      `1 April to 31 March (${report.period.from} to ${report.period.to}). Figures as at ${report.asOf}.`,
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run('Summary')] }),
    ...report.summary.map(
      (sentence) =>
        new Paragraph({ bullet: { level: 0 }, children: [run(sentence, { size: 22 })] }),
    ),
  ];
  let part = '';
  for (const table of reportTables(report)) {
    const tablePart = PART_OF_TABLE[table.id] ?? 'Other tables';
    if (tablePart !== part) {
      part = tablePart;
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(part)] }));
    }
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(table.title)] }));
    children.push(tableOf(table));
    if (table.note !== undefined) children.push(text(table.note, { italics: true }));
    const chart = charts.get(table.id);
    if (chart !== undefined) children.push(...chartParagraphs(chart));
  }
  const document = new Document({
    creator: 'Heard',
    title: `Annual complaints report ${report.label}: ${report.authority.name}`,
    description: 'Children’s social care complaints, compliments and comments',
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
