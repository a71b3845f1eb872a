/**
 * From checked rows to complaints: the stage rows of one `case_ref` become one complaint and the
 * history of events the procedure engine would have recorded, checked event by event with
 * `applyEvent`, so an imported case is one the casework path would have accepted. A refusal is
 * reported on the row that gave the event, in the engine's own words.
 */
import {
  NOT_RECORDED,
  STAGE2_MAX_EXTENSION,
  STATUTORY_TIMESCALES,
  applyEvent,
  refusalMessage,
  type CaseEvent,
  type CorporatePolicy,
  type ProcedureContext,
} from '@heard/domain';
import type { ComplainantType } from '../schema.js';
import type { ChildRow, RowError, StageRow } from './format.js';

/** Stand-ins for the people who did each step: a historic record names none of them. */
export const IMPORTED_PEOPLE = {
  stage1Responder: { id: 'imported-stage1-responder', name: 'Stage 1 responder (imported record)' },
  stage2Responder: { id: 'imported-stage2-responder', name: 'Stage 2 responder (imported record)' },
  investigatingOfficer: {
    id: 'imported-investigating-officer',
    name: 'Investigating Officer (imported record)',
  },
  independentPerson: {
    id: 'imported-independent-person',
    name: 'Independent Person (imported record)',
    isMemberOrOfficerOfCouncil: false,
  },
  panel: [1, 2, 3].map((n) => ({
    id: `imported-panel-member-${String(n)}`,
    name: `Review panel member ${String(n)} (imported record)`,
    isMemberOrOfficerOfCouncil: false,
  })),
  councilResponder: {
    id: 'imported-council-responder',
    name: 'Council responder after the panel (imported record)',
  },
  complaintsManager: {
    id: 'imported-complaints-manager',
    name: 'Complaints Manager (imported record)',
  },
} as const;

export const IMPORTED_WHAT_HAPPENED =
  'Imported from a historic record. The complaint’s own words were not part of the import.';

export interface HistoricCase {
  readonly caseRef: string;
  /** The line of its first row, for messages about the whole case. */
  readonly line: number;
  readonly lines: readonly number[];
  readonly complaint: {
    readonly receivedOn: string;
    readonly receivedVia: string;
    readonly complainantType: ComplainantType;
    readonly serviceArea: string | null;
    readonly team: string | null;
    readonly principalIssue: string | null;
    readonly otherIssues: string[];
    readonly categoryOfSupport: string | null;
  };
  readonly events: CaseEvent[];
  readonly children: readonly ChildRow[];
}

/** An event with the row it came from and its place in the procedure, for ordering ties. */
interface PlannedEvent {
  readonly event: CaseEvent;
  readonly line: number;
  readonly order: number;
  /** What the row said, for the message when the engine refuses it. */
  readonly what: string;
}

const SHARED_FIELDS = [
  ['serviceArea', 'service_area'],
  ['team', 'team'],
  ['principalIssue', 'principal_issue'],
  ['complainantType', 'complainant_type'],
  ['categoryOfSupport', 'category_of_support'],
  ['receivedVia', 'received_via'],
] as const;

function extensionDays(row: StageRow, policy: CorporatePolicy): number {
  if (row.procedure === 'corporate') {
    return row.stage === 1 ? policy.stage1.maxExtension : policy.stage2.maxExtension;
  }
  // "Yes" is the longest extension the procedure allows: 10 more working days at stage 1 (Wandsworth 2021-22
  // 4.1), up to 65 in all at stage 2 (Wandsworth 2021-22 §4.2).
  return row.stage === 1 ? STATUTORY_TIMESCALES.stage1Extension.workingDays : STAGE2_MAX_EXTENSION;
}

function planStage(row: StageRow, policy: CorporatePolicy, issue: string): PlannedEvent[] {
  const planned: PlannedEvent[] = [];
  let order = row.stage * 100;
  const add = (event: CaseEvent, what: string) => {
    planned.push({ event, line: row.line, order: (order += 1), what });
  };
  if (row.stage === 1) {
    add(
      {
        type: 'received',
        on: row.receivedOn,
        procedure: row.procedure,
        ...(row.receivedVia === null ? {} : { channel: row.receivedVia }),
      },
      `the complaint received on ${row.receivedOn}`,
    );
  } else {
    add(
      { type: 'escalation_requested', on: row.receivedOn, to: row.stage },
      `stage ${String(row.stage)} asked for on ${row.receivedOn}`,
    );
  }
  const statutoryStage2 = row.procedure === 'statutory' && row.stage === 2;
  if (statutoryStage2) {
    add(
      {
        type: 'investigating_officer_appointed',
        on: row.receivedOn,
        person: IMPORTED_PEOPLE.investigatingOfficer,
        ...(row.investigationCostPence === null ? {} : { feePence: row.investigationCostPence }),
      },
      'the stage 2 investigation',
    );
    add(
      {
        type: 'independent_person_appointed',
        on: row.receivedOn,
        person: IMPORTED_PEOPLE.independentPerson,
      },
      'the stage 2 investigation',
    );
  }
  if (row.extended) {
    add(
      {
        type: 'extension_agreed',
        on: row.receivedOn,
        reason: 'Extended, as recorded in the imported file',
        agreedBy: IMPORTED_PEOPLE.complaintsManager,
        workingDays: extensionDays(row, policy),
        ...(row.delayReason === null ? {} : { delayReason: row.delayReason }),
      },
      'extended = yes',
    );
  }
  if (statutoryStage2) {
    // The stage 2 clock starts when the statement of complaint is agreed (Wandsworth 2021-22 §9.3); a file
    // without that date starts it on the day stage 2 was asked for.
    const agreedOn = row.clockStartedOn ?? row.receivedOn;
    add(
      { type: 'statement_of_complaint_agreed', on: agreedOn },
      `the statement of complaint agreed on ${agreedOn}`,
    );
  } else if (row.procedure === 'corporate' && row.clockStartedOn !== null) {
    add(
      { type: 'acknowledged', on: row.clockStartedOn },
      `the acknowledgement on ${row.clockStartedOn}`,
    );
  }
  if (row.hold !== null) {
    add(
      {
        type: 'put_on_hold',
        on: row.hold.from,
        reason: 'On hold, as recorded in the imported file',
      },
      `hold_from ${row.hold.from}`,
    );
    add({ type: 'resumed', on: row.hold.to }, `hold_to ${row.hold.to}`);
  }
  if (row.stage === 3 && row.panelHeldOn !== null) {
    add(
      {
        type: 'panel_held',
        on: row.panelHeldOn,
        members: [...IMPORTED_PEOPLE.panel],
        chairId: IMPORTED_PEOPLE.panel[0]?.id ?? '',
      },
      `panel_held_on ${row.panelHeldOn}`,
    );
  }
  if (row.stage === 3 && row.panelRecommendationsOn !== null) {
    add(
      { type: 'panel_recommendations_issued', on: row.panelRecommendationsOn },
      `panel_recommendations_on ${row.panelRecommendationsOn}`,
    );
  }
  if (row.respondedOn !== null && row.outcome !== null) {
    if (row.outcome === 'withdrawn') {
      add(
        {
          type: 'withdrawn',
          on: row.respondedOn,
          reason: 'Withdrawn, as recorded in the imported file',
        },
        `withdrawn on ${row.respondedOn}`,
      );
    } else {
      const outcomes = [{ issue, outcome: row.outcome }];
      if (row.stage === 3) {
        // The engine's event has no outcome; the stage facts read it from here (stage-facts.ts).
        const councilResponse = {
          type: 'council_responded_after_panel' as const,
          on: row.respondedOn,
          respondedBy: IMPORTED_PEOPLE.councilResponder,
          outcomes,
        };
        add(councilResponse, `responded_on ${row.respondedOn}`);
      } else {
        add(
          {
            type: 'responded',
            on: row.respondedOn,
            outcomes,
            respondedBy:
              row.stage === 1 ? IMPORTED_PEOPLE.stage1Responder : IMPORTED_PEOPLE.stage2Responder,
            // Without an extension, the reason for delay explains a late response.
            ...(row.delayReason === null || row.extended ? {} : { delayReason: row.delayReason }),
          },
          `responded_on ${row.respondedOn}`,
        );
      }
    }
  }
  return planned;
}

/**
 * Groups the rows into cases and checks each case as a whole: its stages in order, its details the
 * same on every row, and every event accepted by the procedure engine on the authority's calendar
 * and policy. Returns the cases, or every problem found.
 */
export function buildCases(
  stageRows: readonly StageRow[],
  childRows: readonly ChildRow[],
  ctx: ProcedureContext,
): { cases: HistoricCase[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const byRef = new Map<string, StageRow[]>();
  for (const row of stageRows) {
    const rows = byRef.get(row.caseRef) ?? [];
    rows.push(row);
    byRef.set(row.caseRef, rows);
  }
  const childrenByRef = new Map<string, ChildRow[]>();
  for (const child of childRows) {
    if (!byRef.has(child.caseRef)) {
      errors.push({
        line: child.line,
        message: `case_ref ${child.caseRef} has no complaint row in this file`,
      });
      continue;
    }
    const list = childrenByRef.get(child.caseRef) ?? [];
    list.push(child);
    childrenByRef.set(child.caseRef, list);
  }

  const cases: HistoricCase[] = [];
  for (const [caseRef, rows] of byRef) {
    const caseErrors: RowError[] = [];
    const sorted = [...rows].sort((a, b) => a.stage - b.stage || a.line - b.line);
    const seen = new Map<number, number>();
    for (const row of sorted) {
      const first = seen.get(row.stage);
      if (first !== undefined) {
        caseErrors.push({
          line: row.line,
          message: `case ${caseRef} has stage ${String(row.stage)} twice (also on line ${String(first)})`,
        });
      } else seen.set(row.stage, row.line);
    }
    for (const row of sorted) {
      if (row.stage > 1 && !seen.has(row.stage - 1)) {
        caseErrors.push({
          line: row.line,
          message: `case ${caseRef} has a stage ${String(row.stage)} without a stage ${String(row.stage - 1)}`,
        });
      }
    }
    const head = sorted[0];
    if (head === undefined) continue;
    for (const row of sorted) {
      if (row.procedure !== head.procedure) {
        caseErrors.push({
          line: row.line,
          message: `procedure ${row.procedure} differs from the stage 1 row (${head.procedure}): one complaint follows one procedure`,
        });
      }
    }
    const shared: Record<string, string | null> = {};
    for (const [field, column] of SHARED_FIELDS) {
      for (const row of sorted) {
        const value = row[field];
        if (value === null) continue;
        const current = shared[field] ?? null;
        if (current === null) shared[field] = value;
        else if (current !== value) {
          caseErrors.push({
            line: row.line,
            message: `${column} "${value}" differs from an earlier row of case ${caseRef} ("${current}"): leave it blank or give the same`,
          });
        }
      }
    }
    const complainantType = (shared.complainantType ?? null) as ComplainantType | null;
    if (complainantType === null) {
      caseErrors.push({
        line: head.line,
        message: `complainant_type is missing for case ${caseRef}`,
      });
    }
    for (let i = 1; i < sorted.length; i += 1) {
      const previous = sorted[i - 1];
      const row = sorted[i];
      if (previous === undefined || row === undefined || previous.stage === row.stage) continue;
      if (previous.outcome === 'withdrawn') {
        caseErrors.push({
          line: row.line,
          message: `stage ${String(previous.stage)} was withdrawn, so there can be no stage ${String(row.stage)}`,
        });
      } else if (previous.respondedOn !== null && row.receivedOn < previous.respondedOn) {
        caseErrors.push({
          line: row.line,
          message: `received_on ${row.receivedOn} is before stage ${String(previous.stage)} was answered (${previous.respondedOn})`,
        });
      }
    }
    if (caseErrors.length > 0 || complainantType === null) {
      errors.push(...caseErrors);
      continue;
    }

    const issue = shared.principalIssue ?? NOT_RECORDED;
    const planned = sorted
      .flatMap((row) => planStage(row, ctx.policy, issue))
      .sort((a, b) =>
        a.event.on < b.event.on ? -1 : a.event.on > b.event.on ? 1 : a.order - b.order,
      );
    let history: readonly CaseEvent[] = [];
    let refused = false;
    for (const step of planned) {
      const result = applyEvent(history, step.event, ctx);
      if (!result.ok) {
        errors.push({ line: step.line, message: `${step.what}: ${refusalMessage(result.reason)}` });
        refused = true;
        break;
      }
      history = result.events;
    }
    if (refused) continue;
    cases.push({
      caseRef,
      line: head.line,
      lines: sorted.map((r) => r.line),
      complaint: {
        receivedOn: head.receivedOn,
        receivedVia: shared.receivedVia ?? 'not_recorded',
        complainantType,
        serviceArea: shared.serviceArea ?? null,
        team: shared.team ?? null,
        principalIssue: shared.principalIssue ?? null,
        otherIssues: [...new Set(sorted.flatMap((r) => r.otherIssues))],
        categoryOfSupport: shared.categoryOfSupport ?? null,
      },
      events: [...history],
      children: childrenByRef.get(caseRef) ?? [],
    });
  }
  return { cases, errors };
}
