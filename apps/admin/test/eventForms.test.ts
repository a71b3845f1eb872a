import { MESSAGES, REFUSAL_MESSAGES } from '@heard/domain';
import { describe, expect, it } from 'vitest';
import {
  checkEvent,
  eventErrorTarget,
  eventFormDefaults,
  formatPounds,
  hasRemedies,
  notOnHeard,
  parsePounds,
  refusalField,
  remediesNote,
  remedyMessages,
  type EventFormValues,
} from '../src/lib/eventForms';
import type { StaffPerson } from '../src/lib/people';

const today = '2026-11-23';
const staff: StaffPerson[] = [
  {
    id: 'tom',
    name: 'Tom Reilly',
    roles: ['responding_manager'],
    councilMemberOrOfficer: true,
    external: false,
  },
  {
    id: 'priya',
    name: 'Priya Shah',
    roles: ['complaints_manager'],
    councilMemberOrOfficer: true,
    external: false,
  },
  {
    id: 'martin',
    name: 'Martin Cole',
    roles: ['independent_person'],
    councilMemberOrOfficer: false,
    external: true,
  },
  {
    id: 'ruth',
    name: 'Ruth Evans',
    roles: ['panel_member'],
    councilMemberOrOfficer: false,
    external: true,
  },
];
const context = { today, staff };
let ids = 0;
const defaults = (changes: Partial<EventFormValues> = {}): EventFormValues => ({
  ...eventFormDefaults({ today, issues: ['Communication'], newId: () => `id-${String(++ids)}` }),
  ...changes,
});

/** The messages of a failed check, by field name. */
function problems(result: ReturnType<typeof checkEvent>): Record<string, string> {
  if (result.ok) return {};
  return Object.fromEntries(result.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('eventFormDefaults', () => {
  it('starts at today with the complaint’s issues waiting for an outcome', () => {
    const values = eventFormDefaults({
      today,
      issues: ['Communication', 'Placement move'],
      personId: 'tom',
      escalationTo: 3,
      newId: () => 'x',
    });
    expect(values.on).toBe(today);
    expect(values.outcomes).toEqual([
      { issue: 'Communication', outcome: '' },
      { issue: 'Placement move', outcome: '' },
    ]);
    expect(values.respondedBy.id).toBe('tom');
    expect(values.to).toBe('3');
    expect(values.members.map((m) => m.externalId)).toEqual(['panel-x', 'panel-x', 'panel-x']);
  });

  it('offers the other procedure for a change of procedure', () => {
    expect(
      eventFormDefaults({ today, issues: [], otherProcedure: 'corporate', newId: () => 'x' }).to,
    ).toBe('corporate');
    expect(eventFormDefaults({ today, issues: [], newId: () => 'x' }).outcomes).toEqual([
      { issue: '', outcome: '' },
    ]);
  });
});

describe('checkEvent', () => {
  it('turns an acknowledgement into the domain event', () => {
    expect(checkEvent('acknowledged', defaults({ on: ' 2026-11-20 ' }), context)).toEqual({
      ok: true,
      value: { event: { type: 'acknowledged', on: '2026-11-20' }, remedies: null },
    });
  });

  it('uses the domain’s messages for a date that is not real, and refuses a future one', () => {
    expect(problems(checkEvent('acknowledged', defaults({ on: '2026-02-30' }), context))).toEqual({
      on: MESSAGES.dateFormat,
    });
    expect(problems(checkEvent('acknowledged', defaults({ on: '2026-11-24' }), context))).toEqual({
      on: REFUSAL_MESSAGES.event_after_today,
    });
  });

  it('names each missing part of an extension at its field, all at once', () => {
    expect(
      problems(checkEvent('extension_agreed', defaults({ workingDays: 'ten' }), context)),
    ).toEqual({
      'agreedBy.id': MESSAGES.idRequired,
      reason: MESSAGES.reasonRequired,
      workingDays: MESSAGES.extensionWholeDays,
    });
    expect(
      problems(checkEvent('extension_agreed', defaults({ workingDays: '' }), context)).workingDays,
    ).toBe(MESSAGES.extensionWholeDays);
    expect(
      problems(checkEvent('extension_agreed', defaults({ workingDays: '41' }), context))
        .workingDays,
    ).toBe(MESSAGES.extensionRange);
  });

  it('records who agreed an extension by name as well as id', () => {
    const result = checkEvent(
      'extension_agreed',
      defaults({
        workingDays: '10',
        agreedBy: { id: 'priya' },
        reason: 'An advocate is being arranged',
      }),
      context,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        event: {
          type: 'extension_agreed',
          on: today,
          reason: 'An advocate is being arranged',
          agreedBy: { id: 'priya', name: 'Priya Shah' },
          workingDays: 10,
        },
        remedies: null,
      },
    });
  });

  it('carries the reason for delay when one is chosen, for the annual report', () => {
    const result = checkEvent(
      'extension_agreed',
      defaults({
        workingDays: '10',
        agreedBy: { id: 'priya' },
        reason: 'Two staff are off sick',
        delayReason: 'staff_absence',
      }),
      context,
    );
    expect(result.ok && result.value.event).toMatchObject({ delayReason: 'staff_absence' });
    expect(
      problems(checkEvent('responded', defaults({ delayReason: 'weather' }), context)).delayReason,
    ).toBe(MESSAGES.delayReason);
  });

  it('takes an outside person’s fee in pounds and records it in pence', () => {
    const appoint = (fee: string) =>
      checkEvent(
        'independent_person_appointed',
        defaults({
          person: {
            id: 'martin',
            isMemberOrOfficerOfCouncil: 'no',
            employedByCouncilInLastThreeYears: 'no',
          },
          fee,
        }),
        context,
      );
    const paid = appoint('£1,250.50');
    expect(paid.ok && paid.value.event).toMatchObject({ feePence: 125_050 });
    const unpaid = appoint('');
    expect(unpaid.ok).toBe(true);
    expect(unpaid.ok ? (unpaid.value.event as { feePence?: number }).feePence : 0).toBeUndefined();
    expect(problems(appoint('a lot')).fee).toBe(MESSAGES.feeWholePence);
    expect(problems(appoint('2000000')).fee).toBe(MESSAGES.feeTooLarge);
  });

  it('checks a response: who, and an outcome for each issue', () => {
    const missing = problems(checkEvent('responded', defaults(), context));
    expect(missing).toEqual({
      'outcomes.0.outcome': MESSAGES.outcomeRequired,
      'respondedBy.id': MESSAGES.idRequired,
    });
    const result = checkEvent(
      'responded',
      defaults({
        respondedBy: { id: 'tom' },
        outcomes: [{ issue: 'Communication', outcome: 'partly_upheld' }],
        remedies: {
          apology: true,
          explanation: false,
          changeToPractice: false,
          financial: true,
          amount: '£250',
          details: '',
        },
      }),
      context,
    );
    expect(result.ok && result.value.event).toEqual({
      type: 'responded',
      on: today,
      outcomes: [{ issue: 'Communication', outcome: 'partly_upheld' }],
      respondedBy: { id: 'tom', name: 'Tom Reilly' },
    });
    expect(result.ok && result.value.remedies?.financial).toBe(true);
  });

  it('asks for the amount of a financial remedy', () => {
    const values = defaults({
      respondedBy: { id: 'tom' },
      outcomes: [{ issue: 'Communication', outcome: 'upheld' }],
      remedies: { ...defaults().remedies, financial: true, amount: 'lots' },
    });
    expect(problems(checkEvent('responded', values, context))).toEqual({
      'remedies.amount': remedyMessages.amount,
    });
  });

  it('reads whether an Independent Person is a member or officer of the council', () => {
    const values = defaults({
      person: {
        id: 'martin',
        isMemberOrOfficerOfCouncil: 'no',
        employedByCouncilInLastThreeYears: '',
      },
    });
    const result = checkEvent('independent_person_appointed', values, context);
    expect(result.ok && result.value.event).toEqual({
      type: 'independent_person_appointed',
      on: today,
      person: { id: 'martin', name: 'Martin Cole', isMemberOrOfficerOfCouncil: false },
    });
    expect(
      problems(
        checkEvent(
          'independent_person_appointed',
          defaults({
            person: {
              id: 'martin',
              isMemberOrOfficerOfCouncil: '',
              employedByCouncilInLastThreeYears: '',
            },
          }),
          context,
        ),
      ),
    ).toEqual({ 'person.isMemberOrOfficerOfCouncil': MESSAGES.independenceRequired });
  });

  it('builds a panel of people on Heard and people who are not, with the chair among them', () => {
    const base = defaults();
    const [first, second, third] = base.members;
    if (!first || !second || !third) throw new Error('three members expected');
    const values = defaults({
      members: [
        { ...first, id: 'ruth', isMemberOrOfficerOfCouncil: 'no' },
        { ...second, id: notOnHeard, name: 'Imran Aziz', isMemberOrOfficerOfCouncil: 'no' },
        { ...third, id: notOnHeard, name: 'Clare Dunn', isMemberOrOfficerOfCouncil: 'no' },
      ],
      chairIndex: '1',
    });
    const result = checkEvent('panel_held', values, context);
    expect(result.ok && result.value.event).toEqual({
      type: 'panel_held',
      on: today,
      members: [
        { id: 'ruth', name: 'Ruth Evans', isMemberOrOfficerOfCouncil: false },
        { id: second.externalId, name: 'Imran Aziz', isMemberOrOfficerOfCouncil: false },
        { id: third.externalId, name: 'Clare Dunn', isMemberOrOfficerOfCouncil: false },
      ],
      chairId: second.externalId,
    });
  });

  it('asks for the name of someone not on Heard, and who chaired', () => {
    const base = defaults();
    const members = base.members.map((m) => ({
      ...m,
      id: notOnHeard,
      isMemberOrOfficerOfCouncil: 'no' as const,
    }));
    const found = problems(checkEvent('panel_held', defaults({ members }), context));
    expect(found).toEqual({
      'members.0.name': MESSAGES.nameRequired,
      'members.1.name': MESSAGES.nameRequired,
      'members.2.name': MESSAGES.nameRequired,
      chairIndex: MESSAGES.panelChair,
    });
    const named = members.map((m, i) => ({ ...m, name: `Person ${String(i)}` }));
    expect(problems(checkEvent('panel_held', defaults({ members: named }), context))).toEqual({
      chairIndex: MESSAGES.panelChair,
    });
  });

  it('keeps an optional reason out of the event when it is empty', () => {
    const result = checkEvent('closed', defaults({ reason: '   ' }), context);
    expect(result.ok && result.value.event).toEqual({ type: 'closed', on: today });
  });

  it('sends an escalation where the case can go', () => {
    const result = checkEvent('escalation_requested', defaults({ to: 'ombudsman' }), context);
    expect(result.ok && result.value.event).toEqual({
      type: 'escalation_requested',
      on: today,
      to: 'ombudsman',
    });
    expect(problems(checkEvent('escalation_requested', defaults({ to: '' }), context))).toEqual({
      to: MESSAGES.escalationTarget,
    });
  });
});

describe('refusalField and eventErrorTarget', () => {
  it('puts a refusal at the field it is about', () => {
    expect(refusalField('responded', 'stage2_handler_was_stage1_responder')).toBe('respondedBy.id');
    expect(
      refusalField('investigating_officer_appointed', 'stage2_handler_was_stage1_responder'),
    ).toBe('person.id');
    expect(refusalField('acknowledged', 'event_before_previous_event')).toBe('on');
    expect(refusalField('panel_held', 'panel_member_was_stage2_independent_person')).toBe(
      'members.root',
    );
    expect(refusalField('acknowledged', 'already_acknowledged')).toBeNull();
  });

  it('links a list’s own problem to its first field', () => {
    expect(eventErrorTarget('members.root')).toBe('members.0.id');
    expect(eventErrorTarget('outcomes')).toBe('outcomes.0.issue');
    expect(eventErrorTarget('root.refusal')).toBeUndefined();
    expect(eventErrorTarget('on')).toBe('on');
  });
});

describe('remedies', () => {
  it('reads amounts of money as staff type them', () => {
    expect(parsePounds('250')).toBe(25_000);
    expect(parsePounds('£1,250.5')).toBe(125_050);
    expect(parsePounds(' £ 99.99 ')).toBe(9_999);
    expect(parsePounds('12.345')).toBeNull();
    expect(parsePounds('-5')).toBeNull();
    expect(formatPounds(125_050)).toBe('£1,250.50');
  });

  it('keeps the remedies as one line each in a note', () => {
    const remedies = {
      apology: true,
      explanation: false,
      changeToPractice: true,
      financial: true,
      amount: '250',
      details: 'Training for the team by March.',
    };
    expect(hasRemedies(remedies)).toBe(true);
    expect(remediesNote(remedies, 1, '2026-11-20')).toBe(
      [
        'Remedies offered with the stage 1 response of 20 November 2026:',
        'Remedy: apology',
        'Remedy: change to practice',
        'Remedy: financial, £250.00',
        'Details: Training for the team by March.',
      ].join('\n'),
    );
    expect(
      hasRemedies({
        ...remedies,
        apology: false,
        changeToPractice: false,
        financial: false,
        details: '',
      }),
    ).toBe(false);
  });
});
