import { describe, expect, it } from 'vitest';
import {
  amountInPoundsSchema,
  commentStepRefusal,
  complimentApprovalSchema,
  englandAndWalesCalendar,
  enquiryCreateSchema,
  formatPence,
  ombudsmanStepSchema,
  recordTimescalesFor,
  recordTiming,
  redactNames,
  reminderDedupeKey,
  reminderKindFor,
  responseDueOn,
  teamListSchema,
  weekStartingOn,
} from '../../src/index.js';

const calendar = englandAndWalesCalendar();

describe('record timescales (Dudley 2022-23 section 12; Unnamed borough 2016-17 section 7)', () => {
  it('defaults to 10 working days and takes a council’s own setting', () => {
    expect(recordTimescalesFor({}).commentResponse.workingDays).toBe(10);
    const own = recordTimescalesFor({ recordTimescales: { memberEnquiryResponseWorkingDays: 15 } });
    expect(own.memberEnquiryResponse.workingDays).toBe(15);
    expect(own.memberEnquiryResponse.citation).toBe('This council’s own timescale');
    expect(own.enquiryResponse.workingDays).toBe(10);
  });

  it('falls back to the default when the setting is not valid', () => {
    expect(
      recordTimescalesFor({ recordTimescales: { commentResponseWorkingDays: -3 } }).commentResponse
        .workingDays,
    ).toBe(10);
  });

  it('counts working days from receipt, skipping bank holidays', () => {
    // Received Friday 18 December 2026: 25 December, 28 December (the Boxing Day substitute) and
    // 1 January are bank holidays, so the 10th working day is Wednesday 6 January 2027.
    expect(responseDueOn('2026-12-18', recordTimescalesFor({}).commentResponse, calendar)).toBe(
      '2027-01-06',
    );
  });

  it('says whether a response is pending, met or missed', () => {
    expect(recordTiming('2026-11-20', null, '2026-11-18', calendar)).toMatchObject({
      status: 'pending',
      workingDaysLeft: 2,
    });
    expect(recordTiming('2026-11-20', '2026-11-20', '2026-11-30', calendar)).toMatchObject({
      status: 'met',
    });
    expect(recordTiming('2026-11-20', '2026-11-24', '2026-11-30', calendar)).toMatchObject({
      status: 'missed',
      workingDaysLate: 2,
    });
    expect(recordTiming('2026-11-20', null, '2026-11-23', calendar)).toMatchObject({
      status: 'missed',
      workingDaysLate: 1,
    });
  });

  it('finds the Monday of a week', () => {
    expect(weekStartingOn('2026-11-23')).toBe('2026-11-23');
    expect(weekStartingOn('2026-11-29')).toBe('2026-11-23');
    expect(weekStartingOn('2026-11-22')).toBe('2026-11-16');
  });
});

describe('reminders (Wandsworth 2021-22 §11.2; Dudley 2022-23 section 3)', () => {
  const base = { calendar, dueOn: '2026-11-20' };
  it('reminds from two working days before until the day, then once it is missed', () => {
    expect(reminderKindFor({ ...base, doneOn: null, today: '2026-11-17' })).toBeNull();
    expect(reminderKindFor({ ...base, doneOn: null, today: '2026-11-18' })).toBe('due_soon');
    expect(reminderKindFor({ ...base, doneOn: null, today: '2026-11-20' })).toBe('due_soon');
    expect(reminderKindFor({ ...base, doneOn: null, today: '2026-11-21' })).toBe('missed');
    expect(reminderKindFor({ ...base, doneOn: '2026-11-19', today: '2026-11-21' })).toBeNull();
  });

  it('keys each reminder by record, deadline, due date, kind and person', () => {
    expect(
      reminderDedupeKey({
        recordType: 'comment',
        recordId: 'c1',
        deadlineId: 'response',
        dueOn: '2026-11-20',
        kind: 'missed',
        recipientId: 's1',
      }),
    ).toBe('reminder:comment:c1:response:2026-11-20:missed:s1');
  });
});

describe('redaction for publication (Dudley 2022-23 section 5)', () => {
  it('replaces marked names and their possessives with XX, whole words only', () => {
    expect(
      redactNames('Jo has made a huge difference to Sam’s life. Joanne thanks Jo.', 'Jo, Sam'),
    ).toBe('XX has made a huge difference to XX life. Joanne thanks XX.');
    expect(redactNames('Mrs Jo Smith and jo', ['Jo Smith', 'Jo'])).toBe('Mrs XX and XX');
  });

  it('refuses words to publish that still hold a marked name, at the field', () => {
    const result = complimentApprovalSchema.safeParse({
      markedNames: 'Amira',
      redactedWords: 'Thank you Amira',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['redactedWords']);
    expect(
      complimentApprovalSchema.safeParse({ markedNames: 'Amira', redactedWords: 'Thank you XX' })
        .success,
    ).toBe(true);
  });
});

describe('record input schemas', () => {
  it('reads teams from a list or from lines, once each', () => {
    expect(teamListSchema.parse('Fostering\nCare leavers, fostering')).toEqual([
      'Fostering',
      'Care leavers',
    ]);
    expect(teamListSchema.safeParse(' \n').success).toBe(false);
  });

  it('needs the member’s name and role for a member enquiry', () => {
    const result = enquiryCreateSchema.safeParse({
      kind: 'member_enquiry',
      receivedOn: '2026-11-02',
      receivedVia: 'email',
      summary: 'Asking about a constituent’s placement',
    });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(['fromName', 'memberRole']);
  });

  it('reads amounts in pounds as pence', () => {
    expect(amountInPoundsSchema.parse('£1,000.5')).toBe(100_050);
    expect(amountInPoundsSchema.parse('250')).toBe(25_000);
    expect(amountInPoundsSchema.safeParse('12.345').success).toBe(false);
    expect(formatPence(275_000)).toBe('£2,750.00');
  });

  it('needs an amount for a payment and a reason for a closed case', () => {
    const payment = ombudsmanStepSchema.safeParse({
      type: 'remedy_added',
      kind: 'payment_distress',
      dueOn: '2026-12-01',
    });
    expect(payment.error?.issues[0]?.path).toEqual(['amount']);
    const closed = ombudsmanStepSchema.safeParse({
      type: 'decision',
      decision: 'closed_after_initial_enquiries',
      decidedOn: '2026-11-02',
      publication: 'statement',
    });
    expect(closed.error?.issues[0]?.path).toEqual(['closedReason']);
  });

  it('refuses comment steps out of order or out of date', () => {
    const comment = {
      receivedOn: '2026-11-10',
      acknowledgedOn: '2026-11-11',
      forwardedOn: null,
      answeredOn: null,
    };
    expect(
      commentStepRefusal(comment, { type: 'acknowledged', on: '2026-11-12' }, '2026-11-20'),
    ).toBe('already_acknowledged');
    expect(commentStepRefusal(comment, { type: 'forwarded', on: '2026-11-09' }, '2026-11-20')).toBe(
      'date_before_received',
    );
    expect(commentStepRefusal(comment, { type: 'answered', on: '2026-11-21' }, '2026-11-20')).toBe(
      'date_after_today',
    );
    expect(
      commentStepRefusal(comment, { type: 'answered', on: '2026-11-19' }, '2026-11-20'),
    ).toBeNull();
  });
});
