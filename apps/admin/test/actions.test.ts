import { describe, expect, it } from 'vitest';
import { actionTypes, actionWords, isActionType, offeredActions } from '../src/lib/actions';

describe('offeredActions', () => {
  it('offers only what the API allows, with the next action first', () => {
    const offered = offeredActions(
      ['acknowledged', 'extension_agreed', 'put_on_hold', 'responded', 'withdrawn', 'closed'],
      'acknowledge',
    );
    expect(offered).toEqual({
      primary: 'acknowledged',
      progress: ['responded'],
      other: ['extension_agreed', 'put_on_hold', 'withdrawn', 'closed'],
    });
  });

  it('has no main button when the next action is not allowed for this member of staff', () => {
    expect(offeredActions(['withdrawn'], 'respond_stage1')).toEqual({
      primary: null,
      progress: [],
      other: ['withdrawn'],
    });
  });

  it('never offers the receipt, which logging the complaint records', () => {
    expect(offeredActions(['received', 'acknowledged'], null).progress).toEqual(['acknowledged']);
  });

  it('offers nothing when nothing is allowed', () => {
    expect(offeredActions([], 'respond_stage2')).toEqual({
      primary: null,
      progress: [],
      other: [],
    });
  });
});

describe('actionWords', () => {
  it('has words for every step', () => {
    for (const type of actionTypes) {
      const words = actionWords(type, { stage: 1, escalationTo: 2 });
      expect(words.link).not.toBe('');
      expect(words.title).not.toBe('');
      expect(words.dateLabel).toMatch(/^Date/);
    }
  });

  it('names the stage where it matters', () => {
    expect(actionWords('responded', { stage: 2, escalationTo: null }).link).toBe(
      'Record the stage 2 response',
    );
    expect(actionWords('acknowledged', { stage: 1, escalationTo: null }).link).toBe('Acknowledge');
    expect(actionWords('acknowledged', { stage: 2, escalationTo: null }).link).toBe(
      'Acknowledge stage 2',
    );
  });

  it('names where an escalation goes', () => {
    expect(actionWords('escalation_requested', { stage: 1, escalationTo: 2 }).link).toBe(
      'Record a request for stage 2',
    );
    expect(actionWords('escalation_requested', { stage: 2, escalationTo: 3 }).link).toBe(
      'Record a request for a review panel',
    );
    expect(actionWords('escalation_requested', { stage: 3, escalationTo: 'ombudsman' }).link).toBe(
      'Record that they went to the Ombudsman',
    );
  });
});

describe('isActionType', () => {
  it('accepts the steps staff record and nothing else', () => {
    expect(isActionType('panel_held')).toBe(true);
    expect(isActionType('received')).toBe(false);
    expect(isActionType('delete_everything')).toBe(false);
    expect(isActionType(undefined)).toBe(false);
  });
});
