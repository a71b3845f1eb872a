/**
 * Every text field of every input schema refuses control characters with the same plain message,
 * and only text areas accept line breaks. The table lists each exported schema that takes text,
 * a valid input for it, and every text field in it; a field added to a schema without the check
 * belongs in this table.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CONTROL_CHARACTER_MESSAGE,
  advocateReferralSchema,
  amountInPoundsSchema,
  caseEventSchema,
  childSchema,
  commentCreateSchema,
  commentStepSchema,
  complaintSubmissionSchema,
  complimentApprovalSchema,
  complimentCreateSchema,
  complimentTeamsSchema,
  corporatePolicySchema,
  emailDraftCodeSchema,
  enquiryAnswerSchema,
  enquiryCreateSchema,
  independentPersonSchema,
  intakeSchema,
  isMultiLineText,
  isSingleLineText,
  issueOutcomeSchema,
  learningActionCreateSchema,
  learningStatusChangeSchema,
  ombudsmanCaseCreateSchema,
  ombudsmanStepSchema,
  panelMemberSchema,
  personRefSchema,
  portalComplimentSchema,
  reasonSchema,
  returnCodeSchema,
  signInLinkRequestSchema,
  trackingLookupSchema,
  triageSchema,
} from '../src/index.js';

type Lines = 'single' | 'multi';
type Path = readonly (string | number)[];

interface Boundary {
  schema: z.ZodType;
  /** An input the schema accepts. */
  valid: unknown;
  /** Each text field, by its path in the input, and whether it is one line or a text area. */
  fields: readonly (readonly [Path, Lines])[];
}

const on = '2026-03-02';
const person = { id: 'staff-1', name: 'Sam Patel' };
const policyStage = {
  acknowledgeWithin: 3,
  respondWithin: 10,
  respondClockStartsAt: 'receipt',
  maxExtension: 10,
};

/** Every exported input schema with a text field. `[]` is the value itself. */
const boundaries: Record<string, Boundary> = {
  complaintSubmissionSchema: {
    schema: complaintSubmissionSchema,
    valid: {
      complainantType: 'young_person',
      whatHappened: 'My social worker did not visit.',
      desiredOutcome: 'A visit every month.',
      contactName: 'Alex',
      contactEmail: 'alex@example.com',
      contactPhone: '07700 900 982',
    },
    fields: [
      [['whatHappened'], 'multi'],
      [['desiredOutcome'], 'multi'],
      [['contactName'], 'single'],
      [['contactEmail'], 'single'],
      [['contactPhone'], 'single'],
    ],
  },
  trackingLookupSchema: {
    schema: trackingLookupSchema,
    valid: { reference: 'WBC-26-00042', trackingCode: 'abc123' },
    fields: [
      [['reference'], 'single'],
      [['trackingCode'], 'single'],
    ],
  },
  intakeSchema: {
    schema: intakeSchema,
    valid: {
      receivedOn: on,
      receivedVia: 'letter',
      complainantType: 'parent_carer',
      complainantRelationship: 'parent_or_parental_responsibility',
      complainantName: 'Jo Smith',
      contactEmail: 'jo@example.com',
      contactPhone: '01234 567890',
      onBehalfOf: 'Kim',
      consentRecorded: true,
      children: [{ age: 12, gender: 'Girl', ethnicity: 'White British' }],
      subject: 'child_in_need',
      serviceArea: 'Children in need',
      team: 'North team',
      principalIssue: 'Missed visits',
      otherIssues: ['Late letters'],
      whatHappened: 'Nobody came.',
      desiredOutcome: 'An apology.',
      procedure: 'statutory',
      procedureReason: 'A child in need complains about their care.',
    },
    fields: [
      [['complainantName'], 'single'],
      [['contactEmail'], 'single'],
      [['contactPhone'], 'single'],
      [['onBehalfOf'], 'single'],
      [['children', 0, 'gender'], 'single'],
      [['children', 0, 'ethnicity'], 'single'],
      [['serviceArea'], 'single'],
      [['team'], 'single'],
      [['principalIssue'], 'multi'],
      [['otherIssues', 0], 'multi'],
      [['whatHappened'], 'multi'],
      [['desiredOutcome'], 'multi'],
      [['procedureReason'], 'multi'],
    ],
  },
  childSchema: {
    schema: childSchema,
    valid: { gender: 'Boy', ethnicity: 'Mixed' },
    fields: [
      [['gender'], 'single'],
      [['ethnicity'], 'single'],
    ],
  },
  triageSchema: {
    schema: triageSchema,
    valid: {
      procedure: 'corporate',
      procedureReason: 'About a school place.',
      serviceArea: 'Education',
      team: 'Admissions',
      advocacyOffered: false,
    },
    fields: [
      [['procedureReason'], 'multi'],
      [['serviceArea'], 'single'],
      [['team'], 'single'],
    ],
  },
  personRefSchema: {
    schema: personRefSchema,
    valid: person,
    fields: [
      [['id'], 'single'],
      [['name'], 'single'],
    ],
  },
  independentPersonSchema: {
    schema: independentPersonSchema,
    valid: { ...person, isMemberOrOfficerOfCouncil: false },
    fields: [[['name'], 'single']],
  },
  panelMemberSchema: {
    schema: panelMemberSchema,
    valid: { ...person, isMemberOrOfficerOfCouncil: false },
    fields: [[['name'], 'single']],
  },
  issueOutcomeSchema: {
    schema: issueOutcomeSchema,
    valid: { issue: 'Missed visits', outcome: 'upheld' },
    fields: [[['issue'], 'multi']],
  },
  reasonSchema: { schema: reasonSchema, valid: 'Waiting for records.', fields: [[[], 'multi']] },
  'caseEventSchema (extension_agreed)': {
    schema: caseEventSchema,
    valid: {
      type: 'extension_agreed',
      on,
      reason: 'Waiting for records.',
      agreedBy: person,
      workingDays: 10,
    },
    fields: [
      [['reason'], 'multi'],
      [['agreedBy', 'name'], 'single'],
      [['agreedBy', 'id'], 'single'],
    ],
  },
  'caseEventSchema (responded)': {
    schema: caseEventSchema,
    valid: {
      type: 'responded',
      on,
      outcomes: [{ issue: 'Missed visits', outcome: 'upheld' }],
      respondedBy: person,
    },
    fields: [
      [['outcomes', 0, 'issue'], 'multi'],
      [['respondedBy', 'name'], 'single'],
    ],
  },
  'caseEventSchema (panel_held)': {
    schema: caseEventSchema,
    valid: {
      type: 'panel_held',
      on,
      members: [1, 2, 3].map((n) => ({
        id: `p${String(n)}`,
        name: `Member ${String(n)}`,
        isMemberOrOfficerOfCouncil: false,
      })),
      chairId: 'p1',
    },
    fields: [
      [['members', 1, 'name'], 'single'],
      [['chairId'], 'single'],
    ],
  },
  'caseEventSchema (withdrawn)': {
    schema: caseEventSchema,
    valid: { type: 'withdrawn', on, reason: 'Resolved informally.' },
    fields: [[['reason'], 'multi']],
  },
  corporatePolicySchema: {
    schema: corporatePolicySchema,
    valid: {
      id: 'policy-1',
      name: 'Corporate complaints policy',
      source: 'Complaints policy 2024, section 3',
      stage1: policyStage,
      stage2: policyStage,
      escalationRequestWithin: 20,
    },
    fields: [
      [['id'], 'single'],
      [['name'], 'single'],
      [['source'], 'multi'],
    ],
  },
  returnCodeSchema: { schema: returnCodeSchema, valid: 'ABCD-EFGH-JKMN', fields: [[[], 'single']] },
  emailDraftCodeSchema: {
    schema: emailDraftCodeSchema,
    valid: { lookupId: 'a'.repeat(64), returnCode: 'ABCD-EFGH-JKMN', email: 'a@example.com' },
    fields: [[['email'], 'single']],
  },
  signInLinkRequestSchema: {
    schema: signInLinkRequestSchema,
    valid: { email: 'alex@example.com' },
    fields: [[['email'], 'single']],
  },
  advocateReferralSchema: {
    schema: advocateReferralSchema,
    valid: {
      whatHappened: 'No visits since May.',
      desiredOutcome: 'Regular visits.',
      onBehalfOf: 'Kim',
      consentGiven: true,
    },
    fields: [
      [['whatHappened'], 'multi'],
      [['desiredOutcome'], 'multi'],
      [['onBehalfOf'], 'single'],
    ],
  },
  complimentCreateSchema: {
    schema: complimentCreateSchema,
    valid: {
      receivedOn: on,
      fromType: 'young_person',
      teams: ['North team'],
      words: 'Thank you for listening.',
    },
    fields: [
      [['teams', 0], 'single'],
      [['words'], 'multi'],
    ],
  },
  complimentTeamsSchema: {
    schema: complimentTeamsSchema,
    valid: { teams: ['North team', 'South team'] },
    fields: [[['teams', 1], 'single']],
  },
  portalComplimentSchema: {
    schema: portalComplimentSchema,
    valid: { fromType: 'parent_carer', words: 'Very kind.', teamHint: 'Fostering' },
    fields: [
      [['words'], 'multi'],
      [['teamHint'], 'single'],
    ],
  },
  complimentApprovalSchema: {
    schema: complimentApprovalSchema,
    valid: { markedNames: 'Jo', redactedWords: 'XX was very kind.' },
    fields: [
      [['markedNames'], 'multi'],
      [['redactedWords'], 'multi'],
    ],
  },
  commentCreateSchema: {
    schema: commentCreateSchema,
    valid: {
      receivedOn: on,
      receivedVia: 'email',
      fromType: 'other',
      fromName: 'A neighbour',
      summary: 'The office was closed.',
      team: 'Reception',
    },
    fields: [
      [['fromName'], 'single'],
      [['summary'], 'multi'],
      [['team'], 'single'],
    ],
  },
  'commentStepSchema (forwarded)': {
    schema: commentStepSchema,
    valid: { type: 'forwarded', on, forwardedTo: 'Pat Jones' },
    fields: [[['forwardedTo'], 'single']],
  },
  'commentStepSchema (answered)': {
    schema: commentStepSchema,
    valid: { type: 'answered', on, answerSummary: 'We will open on Saturdays.' },
    fields: [[['answerSummary'], 'multi']],
  },
  enquiryCreateSchema: {
    schema: enquiryCreateSchema,
    valid: {
      kind: 'member_enquiry',
      receivedOn: on,
      receivedVia: 'email',
      fromName: 'Cllr Green',
      memberRole: 'councillor',
      onBehalfOf: 'A resident',
      summary: 'Asks about a placement.',
      team: 'Placements',
    },
    fields: [
      [['fromName'], 'single'],
      [['onBehalfOf'], 'single'],
      [['summary'], 'multi'],
      [['team'], 'single'],
    ],
  },
  enquiryAnswerSchema: {
    schema: enquiryAnswerSchema,
    valid: { answeredOn: on, answerSummary: 'Explained the placement.' },
    fields: [[['answerSummary'], 'multi']],
  },
  ombudsmanCaseCreateSchema: {
    schema: ombudsmanCaseCreateSchema,
    valid: {
      lgscoReference: '25 001 234',
      complaintReference: 'WBC-26-00042',
      receivedOn: on,
      area: 'social_care',
      summary: 'Delay in a stage 2 investigation.',
    },
    fields: [
      [['lgscoReference'], 'single'],
      [['complaintReference'], 'single'],
      [['summary'], 'multi'],
    ],
  },
  amountInPoundsSchema: { schema: amountInPoundsSchema, valid: '£250', fields: [[[], 'single']] },
  'ombudsmanStepSchema (enquiry_received)': {
    schema: ombudsmanStepSchema,
    valid: { type: 'enquiry_received', receivedOn: on, dueOn: on, summary: 'Asks for records.' },
    fields: [[['summary'], 'multi']],
  },
  'ombudsmanStepSchema (remedy_added)': {
    schema: ombudsmanStepSchema,
    valid: { type: 'remedy_added', kind: 'other', description: 'Train staff.', dueOn: on },
    fields: [[['description'], 'multi']],
  },
  'ombudsmanStepSchema (remedy_complied)': {
    schema: ombudsmanStepSchema,
    valid: {
      type: 'remedy_complied',
      remedyId: '5d0f1a0e-3b8e-4c55-9a55-2d7c1d2b9f10',
      compliedOn: on,
      evidence: 'Training records.',
    },
    fields: [[['evidence'], 'multi']],
  },
  learningActionCreateSchema: {
    schema: learningActionCreateSchema,
    valid: {
      complaintReference: 'WBC-26-00042',
      issue: 'Visits were missed.',
      lesson: 'Cover rotas fail in August.',
      action: 'Plan summer cover.',
      owningTeam: 'North team',
      dueOn: on,
    },
    fields: [
      [['complaintReference'], 'single'],
      [['issue'], 'multi'],
      [['lesson'], 'multi'],
      [['action'], 'multi'],
      [['owningTeam'], 'single'],
    ],
  },
  learningStatusChangeSchema: {
    schema: learningStatusChangeSchema,
    valid: { status: 'cancelled', on, reason: 'Superseded.' },
    fields: [[['reason'], 'multi']],
  },
};

/** A copy of `input` with the value at `path` replaced. */
function withValue(input: unknown, path: Path, value: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(input)) {
    const copy = [...(input as unknown[])];
    copy[head as number] = withValue(copy[head as number], rest, value);
    return copy;
  }
  const record = input as Record<string | number, unknown>;
  return { ...record, [head]: withValue(record[head], rest, value) };
}

function messagesAt(schema: z.ZodType, input: unknown, path: Path): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => path.every((part, i) => issue.path[i] === part))
    .map((issue) => issue.message);
}

const cases = Object.entries(boundaries).flatMap(([name, boundary]) =>
  boundary.fields.map(([path, lines]) => ({
    label: `${name} ${path.length === 0 ? '(the value)' : path.join('.')}`,
    ...boundary,
    path,
    lines,
  })),
);

describe('control characters in text', () => {
  it('every valid input in the table is accepted, so each refusal below is about the text', () => {
    for (const [name, boundary] of Object.entries(boundaries)) {
      expect(boundary.schema.safeParse(boundary.valid).success, name).toBe(true);
    }
  });

  it.each(cases)(
    'text with a NUL character is refused with a clear message, at every boundary: $label',
    ({ schema, valid, path }) => {
      const input = withValue(valid, path, 'Some\u0000words');
      expect(messagesAt(schema, input, path)).toContain(CONTROL_CHARACTER_MESSAGE);
    },
  );

  it.each(cases)(
    'a line break is accepted in a text area and refused in a one-line box: $label ($lines)',
    ({ schema, valid, path, lines }) => {
      const input = withValue(valid, path, 'First line\nsecond line');
      const messages = messagesAt(schema, input, path);
      if (lines === 'multi') expect(messages).toEqual([]);
      else expect(messages).toContain(CONTROL_CHARACTER_MESSAGE);
    },
  );

  it('the check names every kind of control character, and allows ordinary text', () => {
    const refusedEverywhere = ['\u0000', '\u0001', '\u001b', '\u007f', '\u0080', '\u009f'];
    for (const c of refusedEverywhere) {
      expect(isSingleLineText(`a${c}b`), JSON.stringify(c)).toBe(false);
      expect(isMultiLineText(`a${c}b`), JSON.stringify(c)).toBe(false);
    }
    for (const c of ['\n', '\r', '\t']) {
      expect(isSingleLineText(`a${c}b`)).toBe(false);
      expect(isMultiLineText(`a${c}b`)).toBe(true);
    }
    // Half of a surrogate pair has no UTF-8 form; a whole pair (an emoji) is ordinary text.
    expect(isMultiLineText('a\ud83d')).toBe(false);
    expect(isMultiLineText('\ude00a')).toBe(false);
    expect(isSingleLineText('Zoë’s “care plan” 😀 — ok')).toBe(true);
  });

  it('a stray line break at either end of a one-line box is trimmed, not refused', () => {
    expect(
      trackingLookupSchema.parse({ reference: 'wbc-26-00042\n', trackingCode: ' x\t' }),
    ).toEqual({ reference: 'WBC-26-00042', trackingCode: 'x' });
  });
});
