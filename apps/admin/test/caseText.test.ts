import { describe, expect, it } from 'vitest';
import { auditActionText, escalationText, timeLimitText } from '../src/lib/caseText';

const today = '2026-11-23';

describe('escalationText', () => {
  it('says until when the complainant may ask for the next stage', () => {
    expect(
      escalationText(
        {
          to: 2,
          basis: 'response',
          advisedBy: '2026-12-04',
          lateIfRequestedNow: false,
          citation: '',
        },
        today,
      ),
    ).toBe('The complainant may ask for stage 2 until Friday 4 December.');
  });

  it('says a request is still accepted once the advised period has passed', () => {
    expect(
      escalationText(
        {
          to: 3,
          basis: 'response',
          advisedBy: '2026-11-02',
          lateIfRequestedNow: true,
          citation: '',
        },
        today,
      ),
    ).toBe(
      'The advised period for asking for a review panel (stage 3) ended on Monday 2 November. A request now is still accepted, and flagged as late.',
    );
  });

  it('names the year only when it is not this year', () => {
    expect(
      escalationText(
        {
          to: 2,
          basis: 'response',
          advisedBy: '2027-01-05',
          lateIfRequestedNow: false,
          citation: '',
        },
        today,
      ),
    ).toBe('The complainant may ask for stage 2 until Tuesday 5 January 2027.');
  });

  it('explains the right to escalate a late stage 1 and the Ombudsman', () => {
    expect(
      escalationText(
        {
          to: 2,
          basis: 'late_stage1_response',
          advisedBy: null,
          lateIfRequestedNow: false,
          citation: '',
        },
        today,
      ),
    ).toBe('The stage 1 response is late, so the complainant may ask for stage 2 now.');
    expect(
      escalationText(
        {
          to: 'ombudsman',
          basis: 'response',
          advisedBy: null,
          lateIfRequestedNow: false,
          citation: '',
        },
        today,
      ),
    ).toMatch(/Ombudsman/);
    expect(escalationText(null, today)).toBeNull();
  });
});

describe('timeLimitText', () => {
  const base = { matterOccurredOn: null, expiresOn: null, waivedOn: null, waiverReason: null };

  it('explains each outcome of the 12-month check', () => {
    expect(timeLimitText({ ...base, status: 'unknown' }, today)).toMatch(/cannot be checked/);
    expect(
      timeLimitText(
        { ...base, status: 'within', matterOccurredOn: '2026-03-14', expiresOn: '2027-03-14' },
        today,
      ),
    ).toBe(
      'Made in time: the matter happened on Saturday 14 March, and complaints about it could be made until Sunday 14 March 2027.',
    );
    expect(
      timeLimitText(
        { ...base, status: 'outside', matterOccurredOn: '2025-01-10', expiresOn: '2026-01-10' },
        today,
      ),
    ).toMatch(
      /^Made more than 12 months after the matter, which happened on Friday 10 January 2025/,
    );
    expect(
      timeLimitText(
        { ...base, status: 'waived', waivedOn: '2026-11-20', waiverReason: 'Good reason' },
        today,
      ),
    ).toBe('The 12-month time limit was waived on Friday 20 November: Good reason.');
  });
});

describe('auditActionText', () => {
  it('puts the audit log’s actions into words', () => {
    expect(auditActionText('complaint.viewed')).toBe('Viewed the complaint');
    expect(auditActionText('complaint.event.panel_held')).toBe('Recorded a step: panel held');
    expect(auditActionText('something.new')).toBe('something new');
  });
});
