/**
 * The summary of an annual report in sentences, each giving the percentage with the number it rests
 * on and, where there is one, last year's figure beside it, as councils write them ("56% (or 35) of
 * stage 1 complaints received a response on time ... an improvement on the 35% completed on time in
 * 2020-21", Wandsworth 2021-22 §11.2).
 */
import { financialYear, percentOf } from './financial-year.js';
import { formatPence } from '../records/labels.js';
import { NOT_RECORDED, type AnnualReport, type Headline } from './report-contract.js';
import type { SectionFigures } from './sections.js';

/** Last year's figures of the other records, for the comparisons in the summary. */
export interface SectionHeadline {
  readonly year: number;
  readonly complimentsReceived: number;
  readonly ombudsmanDecided: number;
  /** Decisions that found fault, with or without injustice. */
  readonly ombudsmanFaultFound: number;
}

export function sectionHeadlineOf(year: number, sections: SectionFigures): SectionHeadline {
  const { decisions } = sections.ombudsman;
  return {
    year,
    complimentsReceived: sections.compliments.received,
    ombudsmanDecided: sections.ombudsman.decided,
    ombudsmanFaultFound: decisions.upheldFaultAndInjustice + decisions.upheldFaultNoInjustice,
  };
}

/** 1234567 as "1,234,567". */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function comparePercent(now: number | null, before: number | null): string {
  if (now === null || before === null) return '';
  if (now > before) return `, up from ${String(before)}% last year`;
  if (now < before) return `, down from ${String(before)}% last year`;
  return ', the same as last year';
}

function compareCount(now: number, before: number, label: string): string {
  if (before === 0) return '';
  if (now === before) return `, the same as in ${label}`;
  const change = percentOf(Math.abs(now - before), before) ?? 0;
  return `, ${now > before ? 'up' : 'down'} ${String(change)}% from ${formatCount(before)} in ${label}`;
}

const plural = (n: number, one: string, many: string) =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

function onTimeSentence(
  what: string,
  timeliness: { assessed: number; onTime: number; onTimePercent: number | null },
  lastYear: { assessed: number; onTimePercent: number | null } | undefined,
): string[] {
  if (timeliness.assessed === 0 || timeliness.onTimePercent === null) return [];
  const before = lastYear !== undefined && lastYear.assessed > 0 ? lastYear.onTimePercent : null;
  return [
    `${String(timeliness.onTimePercent)}% (${formatCount(timeliness.onTime)}) of ${what} were answered on time${comparePercent(timeliness.onTimePercent, before)}.`,
  ];
}

/**
 * Compliments, as Dudley 2022-23 section 4 writes it: "A total of 102 compliments were received over 28
 * teams compared to 132 for the same period the previous year."
 */
function complimentSentences(r: AnnualReport, last: SectionHeadline | null): string[] {
  const { received, byTeam } = r.compliments;
  const before = last?.complimentsReceived ?? 0;
  if (received === 0 && before === 0) return [];
  const teams = byTeam.filter((row) => row.team !== NOT_RECORDED).length;
  const across = teams > 0 ? ` across ${plural(teams, 'team', 'teams')}` : '';
  const compared =
    last === null ? '' : compareCount(received, before, financialYear(last.year).label);
  return [
    `${plural(received, 'compliment was', 'compliments were')} received${across}${compared}.`,
  ];
}

/**
 * Ombudsman decisions, as Wandsworth 2021-22 §15.3-15.4 writes them: "11 Ombudsman enquiries/investigations
 * were completed ... a 38% increase on the 8 completed last year ... fault was found on five
 * occasions", with the remedies paid.
 */
function ombudsmanSentences(r: AnnualReport, last: SectionHeadline | null): string[] {
  const o = r.ombudsman;
  const before = last?.ombudsmanDecided ?? 0;
  if (o.decided === 0 && before === 0) return [];
  const compared =
    last === null ? '' : compareCount(o.decided, before, financialYear(last.year).label);
  const fault = o.decisions.upheldFaultAndInjustice + o.decisions.upheldFaultNoInjustice;
  const sentences = [`The Ombudsman decided ${plural(o.decided, 'case', 'cases')}${compared}.`];
  if (o.decided > 0) {
    const lastFault =
      last !== null && last.ombudsmanDecided > 0
        ? `, compared with ${String(percentOf(last.ombudsmanFaultFound, last.ombudsmanDecided) ?? 0)}% last year`
        : '';
    sentences.push(
      `It found fault in ${String(percentOf(fault, o.decided) ?? 0)}% (${formatCount(fault)}) of them${lastFault}.`,
    );
  }
  if (o.publicInterestReports > 0) {
    sentences.push(
      `${plural(o.publicInterestReports, 'decision was', 'decisions were')} published as a public interest report.`,
    );
  }
  if (o.remedies.payments > 0) {
    sentences.push(
      `${plural(o.remedies.payments, 'payment', 'payments')} totalling ${formatPence(o.remedies.paymentsTotalPence)} ${o.remedies.payments === 1 ? 'was' : 'were'} agreed as remedies.`,
    );
  }
  return sentences;
}

export function summarySentences(
  r: AnnualReport,
  lastYearSections: SectionHeadline | null = null,
): string[] {
  const { stage1, stage2, stage3 } = r.statutory;
  const last: Headline | undefined = r.previousYears[0];
  const sentences: string[] = [];

  const total = stage1.completed + stage2.completed + stage3.completed;
  const lastTotal =
    last === undefined
      ? 0
      : last.statutory.stage1.completed +
        last.statutory.stage2.completed +
        last.statutory.stage3.completed;
  sentences.push(
    `In ${r.label}, ${plural(total, 'statutory complaint was', 'statutory complaints were')} completed across the three stages (${formatCount(stage1.completed)} at stage 1, ${formatCount(stage2.completed)} at stage 2 and ${formatCount(stage3.completed)} at stage 3)${last === undefined ? '' : compareCount(total, lastTotal, last.label)}.`,
  );
  sentences.push(
    `${plural(stage1.received, 'new stage 1 complaint was', 'new stage 1 complaints were')} received${last === undefined ? '' : compareCount(stage1.received, last.statutory.stage1.received, last.label)}; ${formatCount(stage1.carriedIn)} began in an earlier year and ${formatCount(stage1.openAtYearEnd)} were still open at the end of the year.`,
  );
  sentences.push(
    ...onTimeSentence('stage 1 complaints', stage1.timeliness, last?.statutory.stage1),
  );
  if (stage1.completed > 0 && stage1.upheldOrPartlyPercent !== null) {
    const upheld = stage1.outcomes.upheld + stage1.outcomes.partlyUpheld;
    sentences.push(
      `${String(stage1.upheldOrPartlyPercent)}% (${formatCount(upheld)}) of stage 1 complaints were upheld or partly upheld.`,
    );
  }
  if (stage1.completed > 0 && r.youngPeople.percentOfStage1 !== null) {
    sentences.push(
      `${String(r.youngPeople.percentOfStage1)}% (${formatCount(r.youngPeople.complaints)}) of stage 1 complaints were made by young people themselves.`,
    );
  }
  const toStage2 = r.escalation.statutoryStage1ToStage2;
  if (toStage2.percent !== null) {
    sentences.push(
      `${String(toStage2.percent)}% (${formatCount(toStage2.escalated)}) of the stage 1 complaints answered this year went on to stage 2.`,
    );
  }
  sentences.push(
    ...onTimeSentence('stage 2 complaints', stage2.timeliness, last?.statutory.stage2),
  );
  const toStage3 = r.escalation.statutoryStage2ToStage3;
  if (toStage3.percent !== null) {
    sentences.push(
      `${String(toStage3.percent)}% (${formatCount(toStage3.escalated)}) of the stage 2 complaints answered this year went on to a review panel.`,
    );
  }
  const panels = stage3.panelTimeliness;
  const responses = stage3.responseTimeliness;
  if (panels.assessed > 0) {
    sentences.push(
      `${String(percentOf(panels.onTime, panels.assessed) ?? 0)}% (${formatCount(panels.onTime)}) of stage 3 review panels were held on time.`,
    );
  }
  if (responses.assessed > 0) {
    sentences.push(
      `${String(percentOf(responses.onTime, responses.assessed) ?? 0)}% (${formatCount(responses.onTime)}) of the council's responses after a review panel were sent on time.`,
    );
  }
  const corporate = r.corporate;
  if (corporate.stage1.completed > 0) {
    sentences.push(
      `${plural(corporate.stage1.completed, 'corporate complaint was', 'corporate complaints were')} completed at stage 1 and ${formatCount(corporate.stage2.completed)} at stage 2${last === undefined ? '' : compareCount(corporate.stage1.completed, last.corporate.stage1.completed, last.label).replace(/^, /, ', stage 1 ')}.`,
    );
  }
  sentences.push(
    ...onTimeSentence(
      'corporate stage 1 complaints',
      corporate.stage1.timeliness,
      last?.corporate.stage1,
    ),
  );
  sentences.push(
    ...onTimeSentence(
      'corporate stage 2 complaints',
      corporate.stage2.timeliness,
      last?.corporate.stage2,
    ),
  );
  sentences.push(...complimentSentences(r, lastYearSections));
  sentences.push(...ombudsmanSentences(r, lastYearSections));
  return sentences;
}
