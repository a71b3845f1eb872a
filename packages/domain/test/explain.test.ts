import { describe, expect, it } from 'vitest';
import {
  CASE_EVENT_TYPES,
  CASE_STATES,
  describeEvent,
  evaluateCase,
  explainCase,
  explainDeadlineForStaff,
  explainForComplainant,
  explainNextAction,
  NEXT_ACTION_IDS,
  refusalMessage,
  STATE_LABELS,
  stateLabel,
  WARNING_CODES,
  WARNING_MESSAGES,
  type CaseEvaluation,
  type CaseEvent,
} from '../src/index.js';
import { makeEvent } from './arbitraries.js';
import {
  context,
  director,
  escalate,
  evaluate,
  history,
  panel,
  received,
  responded,
  toStage3Request,
  toStatementOfComplaint,
} from './helpers.js';

const panelHeld: CaseEvent = {
  type: 'panel_held',
  on: '2026-04-20',
  members: panel,
  chairId: 'p-1',
};
const recommendations: CaseEvent = { type: 'panel_recommendations_issued', on: '2026-04-24' };
const councilResponse: CaseEvent = {
  type: 'council_responded_after_panel',
  on: '2026-05-11',
  respondedBy: director,
};

/** One evaluation in every state, with the day it is looked at. */
function everyState(): CaseEvaluation[] {
  const at = (events: CaseEvent[], today: string) => evaluate(events, context(today));
  return [
    evaluateCase([], context('2026-11-20')),
    at([received('2026-11-20')], '2026-11-23'),
    at([received('2026-11-20')], '2026-12-08'),
    at([received('2026-11-20')], '2026-12-04'),
    at([received('2026-11-20', 'corporate')], '2026-11-23'),
    at(
      [received('2026-11-20', 'corporate'), { type: 'acknowledged', on: '2026-11-23' }],
      '2026-11-23',
    ),
    at([received('2026-11-20'), responded('2026-12-01')], '2026-12-02'),
    at([received('2026-11-20'), responded('2026-12-01')], '2027-01-20'),
    at([received('2026-11-20', 'corporate'), responded('2026-12-01')], '2026-12-02'),
    at(
      [received('2026-11-20', 'corporate'), responded('2026-12-01'), escalate('2026-12-02', 2)],
      '2026-12-02',
    ),
    at(
      [
        received('2026-11-20', 'corporate'),
        responded('2026-12-01'),
        escalate('2026-12-02', 2),
        { type: 'acknowledged', on: '2026-12-03' },
      ],
      '2026-12-03',
    ),
    at(
      [
        received('2026-11-20', 'corporate'),
        responded('2026-12-01'),
        escalate('2026-12-02', 2),
        responded('2026-12-03', { id: 'x', name: 'X' }),
      ],
      '2026-12-03',
    ),
    at(toStatementOfComplaint().slice(0, 3), '2026-01-21'),
    at(toStatementOfComplaint(), '2026-02-03'),
    at(
      [...toStatementOfComplaint(), responded('2026-03-02', { id: 'x', name: 'X' })],
      '2026-03-02',
    ),
    at(toStage3Request(), '2026-03-10'),
    at([...toStage3Request(), panelHeld], '2026-04-20'),
    at([...toStage3Request(), panelHeld, recommendations], '2026-04-24'),
    at([...toStage3Request(), panelHeld, recommendations, councilResponse], '2026-05-11'),
    at(
      [
        ...toStage3Request(),
        panelHeld,
        recommendations,
        councilResponse,
        escalate('2026-05-12', 'ombudsman'),
      ],
      '2026-05-12',
    ),
    at(
      [received('2026-11-20'), { type: 'put_on_hold', on: '2026-11-23', reason: 'Court' }],
      '2026-11-24',
    ),
    at([received('2026-11-20'), { type: 'closed', on: '2026-11-23' }], '2026-11-24'),
    at([received('2026-11-20'), { type: 'withdrawn', on: '2026-11-23' }], '2026-11-24'),
  ];
}

function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 1);
}

/** Flesch-Kincaid grade: US school grade 4 is about nine to ten years old. */
function readingGrade(sentences: readonly string[]): number {
  const words = sentences.flatMap((s) => s.split(/\s+/).filter((w) => /[a-z]/i.test(w)));
  const syllableCount = words.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
}

describe('words for a young person', () => {
  it('tell them when we will reply, without the year when it is this year', () => {
    const words = explainForComplainant(
      evaluate([received('2026-11-20')], context('2026-11-23')),
      'young_person',
    );
    expect(words.label).toBe('We got it');
    expect(words.lines).toContain('We will reply by Friday 4 December.');
    expect(words.lines.at(-1)).toMatch(/advocate/);
    expect(words.nextStep).toBe('We will reply by Friday 4 December.');
  });

  it('say sorry when we are late, and that they can move on (Wandsworth 2021-22 §6.5)', () => {
    const words = explainCase(
      evaluate([received('2026-11-20')], context('2026-12-08')),
      'young_person',
    );
    expect(words.lines).toContain(
      'We are late. We should have done this by Friday 4 December. We are sorry.',
    );
    expect(words.lines).toContain('You can now ask for someone new to look at it.');
  });

  it('read at about a nine or ten year old level, in short sentences', () => {
    const sentences = new Set<string>();
    for (const evaluation of everyState()) {
      for (const line of explainCase(evaluation, 'young_person').lines) {
        for (const sentence of line.split(/(?<=[.?!])\s+/)) sentences.add(sentence);
      }
    }
    for (const type of CASE_EVENT_TYPES) {
      sentences.add(
        `${describeEvent(makeEvent(type, '2026-01-05', samplePayload), 'young_person')}.`,
      );
    }
    for (const label of Object.values(STATE_LABELS.young_person)) sentences.add(`${label}.`);
    const all = [...sentences];
    expect(readingGrade(all)).toBeLessThanOrEqual(4);
    for (const sentence of all) {
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(14);
    }
  });

  it('never name staff', () => {
    for (const evaluation of everyState()) {
      const text = explainCase(evaluation, 'young_person').lines.join(' ');
      expect(text).not.toMatch(/Team Manager|Head of Service|Director|Person ip/);
    }
  });
});

const samplePayload = {
  procedure: 'statutory' as const,
  channel: 'email' as const,
  matterDaysBefore: 10,
  workingDays: 5,
  person: { id: 'staff-1', name: 'Team Manager' },
  independent: {
    id: 'ip-1',
    name: 'Independent Person',
    isMemberOrOfficerOfCouncil: false,
    employedByCouncilInLastThreeYears: undefined,
  },
  panel,
  to: 2 as const,
  reason: 'Court proceedings',
  outcome: 'upheld' as const,
};

describe('words for a parent or carer', () => {
  it('give the full date and the right to ask for stage 2', () => {
    const words = explainForComplainant(
      evaluate([received('2026-11-20'), responded('2026-12-01')], context('2026-12-02')),
      'parent_carer',
    );
    expect(words.label).toBe('Reply sent');
    expect(words.lines).toEqual([
      'We have sent you our reply.',
      'If you are still unhappy, you can ask for your complaint to go to stage 2.',
      'Please tell us by Thursday 31 December 2026.',
      'Your child can have an advocate to help them. Ask us if they would like one.',
    ]);
  });

  it('say a late request is still accepted (Isle of Wight 2021 §2.11)', () => {
    const words = explainCase(
      evaluate([received('2026-11-20'), responded('2026-12-01')], context('2027-01-20')),
      'parent_carer',
    );
    expect(words.lines).toContain(
      'We asked you to tell us by Thursday 31 December 2026, but you can still ask.',
    );
  });
});

describe('words for staff', () => {
  it('give the rule, the due date, what is left and the citation', () => {
    const words = explainCase(evaluate([received('2026-11-20')], context('2026-12-01')), 'staff');
    expect(words.label).toBe('Stage 1: to acknowledge');
    expect(words.lines[0]).toBe('Statutory procedure, stage 1.');
    expect(words.deadlines[0]?.text).toBe(
      'Stage 1 response within 10 working days of receiving the complaint. Due Friday 4 December 2026: 3 working days left. [SI 2006/1738; Wandsworth 2021-22 §4.1; Unnamed borough 2016-17 section 2]',
    );
    expect(words.nextStep).toBe('Acknowledge the complaint (Complaints officer)');
  });

  it('describe every status of a deadline', () => {
    const texts = everyState().flatMap((e) => e.deadlines.map(explainDeadlineForStaff));
    for (const fragment of [
      'Due today',
      'working days left',
      'early',
      'Overdue',
      'Missed',
      'Paused',
      'Stopped',
      'Advised period passed',
    ]) {
      expect(
        texts.some((t) => t.includes(fragment)),
        fragment,
      ).toBe(true);
    }
    const late = evaluate(
      [received('2026-11-20'), responded('2026-12-01'), escalate('2027-01-04', 2)],
      context('2027-01-04'),
    );
    expect(late.deadlines.map(explainDeadlineForStaff).join(' ')).toContain(
      'Late request (accepted, flagged)',
    );
  });

  it('describe the hold, the time limit and the right to escalate', () => {
    const held = explainCase(
      evaluate(
        [received('2026-11-20'), { type: 'put_on_hold', on: '2026-11-23', reason: 'Court' }],
        context('2026-11-24'),
      ),
      'staff',
    );
    expect(held.lines).toContain('On hold since Monday 23 November 2026: Court.');
    const old = explainCase(
      evaluate(
        [
          {
            type: 'received',
            on: '2026-11-20',
            procedure: 'statutory',
            matterOccurredOn: '2025-01-01',
          },
        ],
        context('2026-11-24'),
      ),
      'staff',
    );
    expect(old.lines.join(' ')).toContain('reg 9');
    expect(old.nextStep).toMatch(/^Decide whether to consider/);
    const answered = explainCase(
      evaluate([received('2026-11-20'), responded('2026-12-01')], context('2027-01-20')),
      'staff',
    );
    expect(answered.lines).toContain(
      'The complainant may go to stage 2 (advised by Thursday 31 December 2026; a request now is late but accepted).',
    );
  });

  it('has words for every next action', () => {
    for (const action of NEXT_ACTION_IDS) {
      expect(
        explainNextAction({
          action,
          owner: 'complaints_manager',
          dueOn: '2026-12-04',
          deadlineId: null,
        }),
      ).toMatch(/\(Complaints Manager\), by Friday 4 December 2026$/);
    }
  });
});

describe('labels', () => {
  it('exist for every state and audience, and councils can rename them', () => {
    for (const audience of ['staff', 'young_person', 'parent_carer'] as const) {
      for (const state of CASE_STATES)
        expect(stateLabel(state, audience).length).toBeGreaterThan(0);
    }
    expect(
      stateLabel('stage1_awaiting_response', 'staff', {
        stage1_awaiting_response: 'Local resolution',
      }),
    ).toBe('Local resolution');
    const words = explainCase(
      evaluate([received('2026-11-20')], context('2026-11-23')),
      'parent_carer',
      {
        labels: { stage1_awaiting_acknowledgement: 'We have it' },
      },
    );
    expect(words.label).toBe('We have it');
  });

  it('describe every event for every audience', () => {
    for (const type of CASE_EVENT_TYPES) {
      for (const audience of ['staff', 'young_person', 'parent_carer'] as const) {
        expect(
          describeEvent(makeEvent(type, '2026-01-05', samplePayload), audience).length,
        ).toBeGreaterThan(5);
      }
    }
    expect(
      describeEvent(
        { type: 'received', on: '2026-01-05', procedure: 'corporate', channel: 'in_person' },
        'staff',
      ),
    ).toBe('Received (corporate procedure, by in person)');
    expect(
      describeEvent({ type: 'received', on: '2026-01-05', procedure: 'statutory' }, 'staff'),
    ).toBe('Received (statutory procedure)');
    expect(describeEvent({ type: 'withdrawn', on: '2026-01-05' }, 'staff')).toBe('Withdrawn');
    expect(describeEvent({ type: 'closed', on: '2026-01-05' }, 'staff')).toBe('Closed');
    expect(describeEvent(escalate('2026-01-05', 'ombudsman'), 'staff')).toBe(
      'Complainant went to the Ombudsman',
    );
    expect(describeEvent(escalate('2026-01-05', 3), 'young_person')).toBe(
      'You asked for a panel to listen',
    );
    expect(describeEvent(escalate('2026-01-05', 'ombudsman'), 'parent_carer')).toBe(
      'You went to the Ombudsman',
    );
    expect(describeEvent({ ...panelHeld, chairId: 'nobody' }, 'staff')).toBe(
      'Review panel held (chair: nobody)',
    );
  });

  it('have words for every refusal and warning', () => {
    expect(refusalMessage('panel_before_request')).toBe('Nobody has asked for a review panel yet.');
    for (const code of WARNING_CODES) expect(WARNING_MESSAGES[code].length).toBeGreaterThan(10);
  });
});

describe('history helper', () => {
  it('throws when a scenario is refused, so tests cannot silently skip an event', () => {
    expect(() => history([responded('2026-01-05')], context('2026-01-05'))).toThrow(/not_received/);
  });
});
