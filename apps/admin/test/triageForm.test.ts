import { intakeMessages, REFUSAL_MESSAGES } from '@heard/domain';
import { describe, expect, it } from 'vitest';
import {
  candidateTriage,
  checkTriage,
  triageFormDefaults,
  triageRefusalField,
} from '../src/lib/triageForm';

const today = '2026-11-23';
const untriaged = {
  procedure: 'statutory' as const,
  triageReason: null,
  assignedStaffId: null,
  serviceArea: null,
  team: null,
  advocacyOffered: false,
  advocacyAccepted: null,
};

describe('triageFormDefaults', () => {
  it('starts from the advice and acknowledges today, when that is allowed', () => {
    expect(
      triageFormDefaults(untriaged, { today, canAcknowledge: true, adviceReason: 'As advised.' }),
    ).toEqual({
      procedure: 'statutory',
      procedureReason: 'As advised.',
      acknowledgedOn: today,
      assignedStaffId: '',
      serviceArea: '',
      team: '',
      advocacyOffered: false,
      advocacyAccepted: '',
    });
  });

  it('keeps what an earlier triage decided', () => {
    const values = triageFormDefaults(
      { ...untriaged, triageReason: 'Early help', advocacyOffered: true, advocacyAccepted: false },
      { today, canAcknowledge: false, adviceReason: 'As advised.' },
    );
    expect(values).toMatchObject({
      procedureReason: 'Early help',
      acknowledgedOn: '',
      advocacyAccepted: 'no',
    });
  });
});

describe('checkTriage', () => {
  const values = triageFormDefaults(untriaged, {
    today,
    canAcknowledge: true,
    adviceReason: 'As advised.',
  });

  it('gives the API’s triage', () => {
    expect(checkTriage({ ...values, team: 'Leaving care' }, today)).toEqual({
      ok: true,
      value: {
        procedure: 'statutory',
        procedureReason: 'As advised.',
        acknowledgedOn: today,
        team: 'Leaving care',
        advocacyOffered: false,
      },
    });
  });

  it('asks for the reason, and refuses an acknowledgement in the future', () => {
    const result = checkTriage(
      { ...values, procedureReason: ' ', acknowledgedOn: '2026-11-30' },
      today,
    );
    expect(result.ok ? [] : result.issues).toEqual([
      { path: ['procedureReason'], message: intakeMessages.procedureReason },
      { path: ['acknowledgedOn'], message: REFUSAL_MESSAGES.event_after_today },
    ]);
  });

  it('records whether an advocate was accepted only once one was offered', () => {
    expect(
      candidateTriage({ ...values, advocacyAccepted: 'yes' }).advocacyAccepted,
    ).toBeUndefined();
    expect(
      candidateTriage({ ...values, advocacyOffered: true, advocacyAccepted: 'yes' })
        .advocacyAccepted,
    ).toBe(true);
    expect(
      candidateTriage({ ...values, advocacyOffered: true, advocacyAccepted: '' }).advocacyAccepted,
    ).toBeUndefined();
  });
});

describe('triageRefusalField', () => {
  it('puts a refusal at the field it is about', () => {
    expect(triageRefusalField('already_acknowledged')).toBe('acknowledgedOn');
    expect(triageRefusalField('procedure_change_after_response')).toBe('procedure');
    expect(triageRefusalField('assignee_not_in_authority')).toBe('assignedStaffId');
    expect(triageRefusalField('case_closed')).toBeNull();
  });
});
