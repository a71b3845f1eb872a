/** Moving through a journey: which page comes next, from the answers carried in the form. */
import { LIMITS, RECORD_LIMITS } from '@heard/domain';
import { describe, expect, it } from 'vitest';
import { commentJourney } from '../src/journeys/comment.js';
import { complaintJourney } from '../src/journeys/complaint.js';
import type { ComplaintValues } from '../src/journeys/complaint.js';
import { complimentJourney } from '../src/journeys/compliment.js';
import {
  applicableSteps,
  askedValues,
  emptyValues,
  firstIncomplete,
  nextOutcome,
  readNav,
} from '../src/journeys/journey.js';
import type { Nav, Outcome } from '../src/journeys/journey.js';
import { portalLimits } from '../src/journeys/limits.js';
import { journeyMessages } from '../src/journeys/shared.js';

const empty = emptyValues(complaintJourney);
const youngPerson: ComplaintValues = {
  ...empty,
  complainantType: 'young_person',
  whatHappened: 'Nobody came to my review.',
  advocate: 'no',
};
const helper: ComplaintValues = {
  ...youngPerson,
  complainantType: 'advocate',
  onBehalfOf: 'Sam',
  consent: 'yes',
};

const go = (
  values: ComplaintValues,
  current: string,
  nav: Nav = { kind: 'continue' },
  returnTo?: 'check',
) => nextOutcome(complaintJourney, values, current, nav, returnTo);
const shown = (outcome: Outcome<string>) =>
  outcome.show === 'step'
    ? `${outcome.step.id}${outcome.returnTo ? ' (to check)' : ''}`
    : outcome.show;

describe('the complaint journey', () => {
  it('asks a young person five pages, and someone helping one more', () => {
    expect(applicableSteps(complaintJourney, youngPerson).map((s) => s.id)).toEqual([
      'who',
      'what-happened',
      'outcome',
      'advocate',
      'contact',
    ]);
    expect(applicableSteps(complaintJourney, helper).map((s) => s.id)).toEqual([
      'who',
      'young-person',
      'what-happened',
      'outcome',
      'advocate',
      'contact',
    ]);
  });

  it('goes forward page by page to the check page', () => {
    expect(shown(go(youngPerson, 'who'))).toBe('what-happened');
    expect(shown(go(helper, 'who'))).toBe('young-person');
    expect(shown(go(helper, 'young-person'))).toBe('what-happened');
    expect(shown(go(youngPerson, 'outcome'))).toBe('advocate');
    expect(shown(go(youngPerson, 'contact'))).toBe('check');
  });

  it('stays on a page with its problems until they are put right', () => {
    const outcome = go({ ...helper, consent: '', onBehalfOf: ' ' }, 'young-person');
    expect(outcome).toMatchObject({
      show: 'step',
      step: { id: 'young-person' },
      errors: { consent: journeyMessages.consent, onBehalfOf: journeyMessages.onBehalfOf },
    });
    expect(go(empty, 'who')).toMatchObject({
      errors: { complainantType: 'Choose who is making the complaint' },
    });
    // "Someone else" is for the team to record; the portal asks three ways.
    expect(go({ ...empty, complainantType: 'other' }, 'who')).toMatchObject({
      step: { id: 'who' },
    });
  });

  it('goes back a page, and from the first page to the start', () => {
    expect(shown(go(helper, 'what-happened', { kind: 'back' }))).toBe('young-person');
    expect(shown(go(youngPerson, 'what-happened', { kind: 'back' }))).toBe('who');
    expect(shown(go(youngPerson, 'who', { kind: 'back' }))).toBe('start');
    expect(shown(go(youngPerson, 'check', { kind: 'back' }))).toBe('contact');
    // Back does not check the page being left.
    expect(shown(go({ ...youngPerson, whatHappened: '' }, 'what-happened', { kind: 'back' }))).toBe(
      'who',
    );
  });

  it('changes one answer from the check page and goes back there', () => {
    expect(shown(go(youngPerson, 'check', { kind: 'change', step: 'outcome' }))).toBe(
      'outcome (to check)',
    );
    expect(shown(go(youngPerson, 'outcome', { kind: 'continue' }, 'check'))).toBe('check');
    expect(shown(go(youngPerson, 'outcome', { kind: 'back' }, 'check'))).toBe('check');
    // Becoming a helper adds a page, which is asked before going back.
    const nowHelper = { ...youngPerson, complainantType: 'advocate' };
    expect(shown(go(nowHelper, 'who', { kind: 'continue' }, 'check'))).toBe(
      'young-person (to check)',
    );
    expect(shown(go(helper, 'young-person', { kind: 'continue' }, 'check'))).toBe('check');
    // A page that is not asked cannot be changed.
    expect(shown(go(youngPerson, 'check', { kind: 'change', step: 'young-person' }))).toBe('check');
  });

  it('sends only when every page asked is answered', () => {
    expect(shown(go(youngPerson, 'check', { kind: 'send' }))).toBe('send');
    expect(go({ ...youngPerson, advocate: '' }, 'check', { kind: 'send' })).toMatchObject({
      show: 'step',
      step: { id: 'advocate' },
      errors: { advocate: journeyMessages.advocate },
    });
    expect(
      firstIncomplete(complaintJourney, { ...youngPerson, complainantType: 'advocate' })?.id,
    ).toBe('young-person');
  });

  it('starts again at the first page when the page named is unknown or not asked', () => {
    expect(shown(go(youngPerson, 'nonsense'))).toBe('who');
    expect(shown(go(youngPerson, 'young-person'))).toBe('who');
  });

  it('sends the answers of the pages asked, not those left behind', () => {
    const leftBehind = { ...youngPerson, onBehalfOf: 'Sam', consent: 'yes' };
    expect(askedValues(complaintJourney, leftBehind)).not.toHaveProperty('onBehalfOf');
    expect(askedValues(complaintJourney, helper)).toMatchObject({ onBehalfOf: 'Sam' });
  });
});

describe('the thank you and message journeys', () => {
  it('ask someone helping for the young person’s agreement', () => {
    for (const journey of [complimentJourney, commentJourney]) {
      const values = { ...emptyValues(journey), fromType: 'professional', words: 'Thanks' };
      expect(applicableSteps(journey, values).map((s) => s.id)).toContain('young-person');
      expect(firstIncomplete(journey, values)?.id).toBe('young-person');
      expect(firstIncomplete(journey, { ...values, consent: 'yes' })).toBeUndefined();
    }
  });

  it('need the words, and take the rest as optional', () => {
    const values = { ...emptyValues(complimentJourney), fromType: 'young_person' };
    expect(firstIncomplete(complimentJourney, values)?.id).toBe('words');
    expect(firstIncomplete(complimentJourney, { ...values, words: 'Thank you!' })).toBeUndefined();
  });
});

describe('buttons and limits', () => {
  it('reads which button was pressed, continuing by default', () => {
    expect(readNav('back')).toEqual({ kind: 'back' });
    expect(readNav('send')).toEqual({ kind: 'send' });
    expect(readNav('change:outcome')).toEqual({ kind: 'change', step: 'outcome' });
    expect(readNav('')).toEqual({ kind: 'continue' });
    expect(readNav('anything')).toEqual({ kind: 'continue' });
  });

  it('uses the API’s limits', () => {
    expect(portalLimits.name).toBe(LIMITS.nameMaxLength);
    expect(portalLimits.thankYou).toBe(RECORD_LIMITS.words);
    expect(portalLimits.team).toBe(RECORD_LIMITS.team);
    // Room is left for the reply details the API keeps with a message's words.
    expect(portalLimits.comment + 500).toBe(RECORD_LIMITS.summary);
  });
});
