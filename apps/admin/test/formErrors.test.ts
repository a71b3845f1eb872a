import { REFUSAL_MESSAGES } from '@heard/domain';
import { describe, expect, it } from 'vitest';
import {
  collectErrors,
  fieldId,
  messageAt,
  orderErrors,
  submitProblemOf,
} from '../src/lib/formErrors';

/** react-hook-form's nested errors, as `toNestErrors` builds them. */
const errors = {
  reason: { type: 'custom', message: 'Enter a reason', ref: {} },
  outcomes: [
    undefined,
    { outcome: { type: 'custom', message: 'Choose upheld, partly upheld or not upheld' } },
  ],
  members: { root: { type: 'custom', message: 'Each panel member must be a different person' } },
  on: { type: 'custom', message: 'The date is in the future.' },
  root: { refusal: { type: 'refusal', message: 'The case is on hold. Resume it first.' } },
};

describe('collectErrors and orderErrors', () => {
  it('finds every message with the name of its field', () => {
    expect(collectErrors(errors)).toEqual([
      { name: 'reason', message: 'Enter a reason' },
      { name: 'outcomes.1.outcome', message: 'Choose upheld, partly upheld or not upheld' },
      { name: 'members.root', message: 'Each panel member must be a different person' },
      { name: 'on', message: 'The date is in the future.' },
      { name: 'root.refusal', message: 'The case is on hold. Resume it first.' },
    ]);
  });

  it('orders them as the fields come, the form’s own problem first', () => {
    const ordered = orderErrors(collectErrors(errors), ['on', 'outcomes', 'members', 'reason']);
    expect(ordered.map((e) => e.name)).toEqual([
      'root.refusal',
      'on',
      'outcomes.1.outcome',
      'members.root',
      'reason',
    ]);
  });

  it('finds nothing in no errors', () => {
    expect(collectErrors({})).toEqual([]);
    expect(collectErrors(undefined)).toEqual([]);
  });
});

describe('messageAt and fieldId', () => {
  it('reads the message at a nested name', () => {
    expect(messageAt(errors, 'outcomes.1.outcome')).toBe(
      'Choose upheld, partly upheld or not upheld',
    );
    expect(messageAt(errors, 'outcomes.0.outcome')).toBeUndefined();
    expect(messageAt(errors, 'members')).toBeUndefined();
  });

  it('makes ids from names', () => {
    expect(fieldId('children.0.age')).toBe('children-0-age');
  });
});

describe('submitProblemOf', () => {
  it('puts a refusal into the domain’s words', () => {
    expect(
      submitProblemOf({
        data: { code: 'CONFLICT', reason: 'stage2_handler_was_stage1_responder' },
      }),
    ).toEqual({
      kind: 'refusal',
      reason: 'stage2_handler_was_stage1_responder',
      message: REFUSAL_MESSAGES.stage2_handler_was_stage1_responder,
    });
  });

  it('passes on the API’s messages for fields', () => {
    expect(
      submitProblemOf({
        message: 'Invalid input',
        data: { code: 'BAD_REQUEST', fieldErrors: { whatHappened: ['Tell us what happened'] } },
      }),
    ).toEqual({
      kind: 'fields',
      fieldErrors: { whatHappened: ['Tell us what happened'] },
      message: 'Invalid input',
    });
  });

  it('explains anything else', () => {
    expect(submitProblemOf({ data: { code: 'FORBIDDEN' } }).kind).toBe('other');
    expect(submitProblemOf(new TypeError('Failed to fetch'))).toEqual({
      kind: 'other',
      message: 'Sorry, there is a problem with the service. Try again later.',
    });
    expect(
      submitProblemOf({
        message: 'Choose someone who works for this council.',
        data: { code: 'BAD_REQUEST', reason: 'assignee_not_in_authority' },
      }),
    ).toEqual({ kind: 'other', message: 'Choose someone who works for this council.' });
  });
});

describe('summaryMessage', () => {
  it('says which of a repeating group a problem is in', async () => {
    const { summaryMessage } = await import('../src/lib/formErrors');
    const groups = { members: 'Panel member', children: 'Child' };
    expect(summaryMessage('members.1.id', 'Choose a person', groups)).toBe(
      'Panel member 2: Choose a person',
    );
    expect(summaryMessage('children.0.age', 'Enter an age from 0 to 25', groups)).toBe(
      'Child 1: Enter an age from 0 to 25',
    );
    expect(summaryMessage('on', 'Enter a date', groups)).toBe('Enter a date');
    expect(summaryMessage('outcomes.0.issue', 'Describe the issue', groups)).toBe(
      'Describe the issue',
    );
  });
});
