import { describe, expect, it } from 'vitest';
import {
  adviseProcedure,
  adviseProcedureInputSchema,
  COMPLAINANT_KINDS,
  COMPLAINT_SUBJECTS,
  type ComplainantKind,
  type ComplaintSubject,
} from '../src/index.js';

describe('which procedure (SI 2006/1738 regs 3-5; Wandsworth 2021-22 §4.6, 4.7, footnote 13)', () => {
  const cases: [ComplaintSubject, ComplainantKind, 'statutory' | 'corporate', boolean][] = [
    // Part 3 functions, by people entitled to complain: statutory.
    ['looked_after_child', 'young_person', 'statutory', false],
    ['care_leaver', 'young_person', 'statutory', false],
    ['child_in_need', 'parent_or_parental_responsibility', 'statutory', false],
    ['looked_after_child', 'foster_carer', 'statutory', false],
    ['special_guardianship_support', 'special_guardian', 'statutory', false],
    ['adoption_support', 'parent_or_parental_responsibility', 'statutory', false],
    ['looked_after_child', 'advocate_with_consent', 'statutory', false],
    // Others with sufficient interest: at the council's discretion (Wandsworth 2021-22 §4.6).
    ['child_in_need', 'other_adult_about_child', 'statutory', true],
    // Usually exempt (Wandsworth 2021-22 §4.7): corporate.
    ['child_protection', 'parent_or_parental_responsibility', 'corporate', false],
    ['early_help', 'parent_or_parental_responsibility', 'corporate', false],
    ['foster_carer_assessment', 'foster_carer', 'corporate', false],
    ['adopter_assessment', 'other_adult_about_child', 'corporate', false],
    ['court_report', 'parent_or_parental_responsibility', 'corporate', false],
    // Adults about their own treatment (Wandsworth 2021-22 footnote 13): corporate.
    ['staff_conduct_toward_adult', 'parent_or_parental_responsibility', 'corporate', false],
    ['child_in_need', 'adult_about_own_treatment', 'corporate', false],
    // Unclear: statutory, to be checked.
    ['other', 'young_person', 'statutory', true],
  ];

  for (const [subject, complainant, procedure, needsDecision] of cases) {
    it(`${subject} from ${complainant}: ${procedure}${needsDecision ? ' (council decides)' : ''}`, () => {
      const advice = adviseProcedure({ subject, complainant });
      expect(advice).toMatchObject({ procedure, needsDecision });
      expect(advice.reason.length).toBeGreaterThan(30);
      expect(advice.citation).toMatch(
        /reg|Wandsworth|Dudley|Kingston|Unnamed borough|Isle of Wight|LGSCO/,
      );
    });
  }

  it('offers a young person an advocate (Wandsworth 2021-22 §3.2)', () => {
    expect(
      adviseProcedure({ subject: 'care_leaver', complainant: 'young_person' }).offerAdvocate,
    ).toBe(true);
    expect(
      adviseProcedure({ subject: 'care_leaver', complainant: 'foster_carer' }).offerAdvocate,
    ).toBe(false);
  });

  it('gives advice for every subject and complainant', () => {
    for (const subject of COMPLAINT_SUBJECTS) {
      for (const complainant of COMPLAINANT_KINDS) {
        expect(
          adviseProcedure(adviseProcedureInputSchema.parse({ subject, complainant })).reason,
        ).not.toBe('');
      }
    }
    expect(
      adviseProcedureInputSchema
        .safeParse({ subject: 'x', complainant: 'y' })
        .error?.issues.map((i) => i.message),
    ).toEqual(['Choose what the complaint is about', 'Choose who is making the complaint']);
  });
});
