import { intakeMessages, MESSAGES, REFUSAL_MESSAGES, submissionMessages } from '@heard/domain';
import { describe, expect, it } from 'vitest';
import {
  adviceFor,
  checkIntake,
  complainantTypeFor,
  intakeErrorTarget,
  intakeFormDefaults,
  intakeFormMessages,
  needsConsent,
  type IntakeFormValues,
} from '../src/lib/intakeForm';

const today = '2026-11-23';

function filled(changes: Partial<IntakeFormValues> = {}): IntakeFormValues {
  const advice = adviceFor('looked_after_child', 'young_person');
  return {
    ...intakeFormDefaults(today),
    receivedOn: '2026-11-20',
    receivedVia: 'letter',
    complainantRelationship: 'young_person',
    subject: 'looked_after_child',
    whatHappened: 'I was moved without being asked.',
    procedure: 'statutory',
    procedureReason: advice?.reason ?? '',
    ...changes,
  };
}

function problems(result: ReturnType<typeof checkIntake>): Record<string, string> {
  if (result.ok) return {};
  return Object.fromEntries(result.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('complainantTypeFor', () => {
  it('counts each kind of complainant as the reports do', () => {
    expect(complainantTypeFor('young_person')).toBe('young_person');
    expect(complainantTypeFor('foster_carer')).toBe('parent_carer');
    expect(complainantTypeFor('special_guardian')).toBe('parent_carer');
    expect(complainantTypeFor('advocate_with_consent')).toBe('advocate');
    expect(complainantTypeFor('adult_about_own_treatment')).toBe('other');
    expect(complainantTypeFor('')).toBeUndefined();
  });
});

describe('adviceFor', () => {
  it('asks the domain once both answers are known', () => {
    expect(adviceFor('early_help', 'parent_or_parental_responsibility')?.procedure).toBe(
      'corporate',
    );
    expect(adviceFor('care_leaver', 'young_person')).toMatchObject({
      procedure: 'statutory',
      offerAdvocate: true,
    });
    expect(adviceFor('', 'young_person')).toBeNull();
    expect(adviceFor('care_leaver', null)).toBeNull();
  });
});

describe('needsConsent', () => {
  it('asks for consent when someone complains for a young person', () => {
    expect(needsConsent({ complainantRelationship: 'advocate_with_consent', onBehalfOf: '' })).toBe(
      true,
    );
    expect(needsConsent({ complainantRelationship: 'foster_carer', onBehalfOf: 'Jo' })).toBe(true);
    expect(needsConsent({ complainantRelationship: 'young_person', onBehalfOf: 'Jo' })).toBe(false);
    expect(needsConsent({ complainantRelationship: 'foster_carer', onBehalfOf: ' ' })).toBe(false);
  });
});

describe('checkIntake', () => {
  it('gives the API’s intake, with the broad kind of complainant and no empty children', () => {
    const result = checkIntake(
      filled({
        children: [
          {
            age: '14',
            gender: 'Female',
            ethnicity: '',
            disability: 'no',
            categoryOfSupport: 'child_looked_after',
          },
          { age: '', gender: '', ethnicity: '', disability: '', categoryOfSupport: '' },
        ],
        otherIssues: [{ text: 'Placement move' }],
      }),
      today,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      receivedOn: '2026-11-20',
      receivedVia: 'letter',
      complainantType: 'young_person',
      complainantRelationship: 'young_person',
      children: [
        { age: 14, gender: 'Female', disability: 'no', categoryOfSupport: 'child_looked_after' },
      ],
      otherIssues: ['Placement move'],
      procedure: 'statutory',
    });
    expect(result.value.children).toHaveLength(1);
    expect(result.value.complainantName).toBeUndefined();
  });

  it('names every problem at its field, with the domain’s words', () => {
    const found = problems(checkIntake(intakeFormDefaults(today), today));
    expect(found).toEqual({
      receivedVia: MESSAGES.channelRequired,
      complainantRelationship: MESSAGES.complainantRequired,
      subject: MESSAGES.subjectRequired,
      whatHappened: submissionMessages.whatHappenedMissing,
      procedure: MESSAGES.procedureRequired,
      procedureReason: intakeMessages.procedureReason,
    });
  });

  it('points at the child whose age is wrong', () => {
    const values = filled({
      children: [
        { age: '12', gender: '', ethnicity: '', disability: '', categoryOfSupport: '' },
        { age: 'twelve', gender: '', ethnicity: '', disability: '', categoryOfSupport: '' },
      ],
    });
    expect(problems(checkIntake(values, today))).toEqual({ 'children.1.age': intakeMessages.age });
  });

  it('needs a reason of their own from staff who choose against the advice', () => {
    expect(problems(checkIntake(filled({ procedure: 'corporate' }), today))).toEqual({
      procedureReason: intakeFormMessages.overrideReason,
    });
    expect(
      checkIntake(
        filled({ procedure: 'corporate', procedureReason: 'About a court report.' }),
        today,
      ).ok,
    ).toBe(true);
  });

  it('needs consent recorded when an advocate complains', () => {
    expect(
      problems(checkIntake(filled({ complainantRelationship: 'advocate_with_consent' }), today)),
    ).toEqual({ consentRecorded: intakeMessages.onBehalfOfConsent });
  });

  it('refuses a complaint received in the future', () => {
    expect(problems(checkIntake(filled({ receivedOn: '2026-11-24' }), today))).toEqual({
      receivedOn: REFUSAL_MESSAGES.event_after_today,
    });
  });
});

describe('intakeErrorTarget', () => {
  it('links each problem to a field that exists', () => {
    expect(intakeErrorTarget('otherIssues.2')).toBe('otherIssues.2.text');
    expect(intakeErrorTarget('children')).toBe('children.0.age');
    expect(intakeErrorTarget('receivedOn')).toBe('receivedOn');
    expect(intakeErrorTarget('root.server')).toBeUndefined();
  });
});
