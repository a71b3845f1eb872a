import { describe, expect, it } from 'vitest';
import {
  complainantTypeLabel,
  deadlineTimingText,
  humanise,
  plural,
  procedureLabel,
  receivedViaLabel,
  stageLabel,
} from '../src/lib/labels';

describe('complainantTypeLabel', () => {
  it('names each kind of complainant in words', () => {
    expect(complainantTypeLabel('young_person')).toBe('Young person');
    expect(complainantTypeLabel('parent_carer')).toBe('Parent or carer');
    expect(complainantTypeLabel('advocate')).toBe('Advocate');
    expect(complainantTypeLabel('other')).toBe('Someone else');
  });

  it('makes a code it does not know readable rather than showing it raw', () => {
    expect(complainantTypeLabel('foster_carer')).toBe('Foster carer');
  });
});

describe('procedureLabel and stageLabel', () => {
  it('names the procedure, or says it is not decided yet', () => {
    expect(procedureLabel('statutory')).toBe('Statutory');
    expect(procedureLabel('corporate')).toBe('Corporate');
    expect(procedureLabel(null)).toBe('Not decided');
  });

  it('names the stage', () => {
    expect(stageLabel(2)).toBe('Stage 2');
  });
});

describe('receivedViaLabel', () => {
  it('names how a complaint arrived', () => {
    expect(receivedViaLabel('online')).toBe('Online');
    expect(receivedViaLabel('form')).toBe('Form');
    expect(receivedViaLabel('in_person')).toBe('In person');
    expect(receivedViaLabel('telephone')).toBe('Telephone');
    expect(receivedViaLabel('member-enquiry')).toBe('Member enquiry');
  });
});

describe('humanise and plural', () => {
  it('turns codes into words', () => {
    expect(humanise('member_enquiry')).toBe('Member enquiry');
    expect(humanise('')).toBe('');
  });

  it('counts in words', () => {
    expect(plural(1, 'working day')).toBe('1 working day');
    expect(plural(0, 'working day')).toBe('0 working days');
    expect(plural(3, 'working day')).toBe('3 working days');
  });
});

describe('deadlineTimingText', () => {
  const pending = {
    status: 'pending',
    advisory: false,
    completedOn: null,
    workingDaysLeft: 7,
    workingDaysLate: null,
  } as const;

  it('counts the working days left on a pending deadline', () => {
    expect(deadlineTimingText({ ...pending, workingDaysLeft: 1 })).toEqual({
      text: '1 working day left',
      overdue: false,
    });
    expect(deadlineTimingText(pending).text).toBe('7 working days left');
  });

  it('says a deadline is due today on its last day', () => {
    expect(deadlineTimingText({ ...pending, workingDaysLeft: 0 }).text).toBe('Due today');
  });

  it('flags the council’s own outstanding work as overdue, with how late it is', () => {
    const overdue = {
      ...pending,
      status: 'missed',
      workingDaysLeft: null,
      workingDaysLate: 3,
    } as const;
    expect(deadlineTimingText(overdue)).toEqual({
      text: 'Overdue by 3 working days',
      overdue: true,
    });
    expect(deadlineTimingText({ ...overdue, workingDaysLate: 1 }).text).toBe(
      'Overdue by 1 working day',
    );
  });

  it('does not flag the complainant’s advised period as the team’s overdue work', () => {
    const passed = {
      ...pending,
      status: 'missed',
      advisory: true,
      workingDaysLeft: null,
      workingDaysLate: 4,
    } as const;
    expect(deadlineTimingText(passed)).toEqual({
      text: 'Period passed 4 working days ago',
      overdue: false,
    });
    expect(deadlineTimingText({ ...passed, completedOn: '2026-11-30' }).text).toBe(
      'Asked 4 working days late on 30 Nov 2026 (accepted)',
    );
  });

  it('reports deadlines met and missed in the past', () => {
    expect(deadlineTimingText({ ...pending, status: 'met', completedOn: '2026-11-04' })).toEqual({
      text: 'Met on 4 Nov 2026',
      overdue: false,
    });
    expect(
      deadlineTimingText({
        ...pending,
        status: 'missed',
        completedOn: '2026-11-20',
        workingDaysLate: 2,
      }),
    ).toEqual({ text: 'Missed: done on 20 Nov 2026, 2 working days late', overdue: false });
  });

  it('explains paused and stopped clocks', () => {
    expect(deadlineTimingText({ ...pending, status: 'paused', workingDaysLeft: 5 }).text).toBe(
      'On hold with 5 working days left',
    );
    expect(deadlineTimingText({ ...pending, status: 'stopped', workingDaysLeft: null }).text).toBe(
      'Stopped: the complaint was withdrawn or closed',
    );
  });
});

describe('labelFrom and fileSizeText', () => {
  it('names codes from a table, and makes unknown ones readable', async () => {
    const { labelFrom, subjectLabels, fileSizeText } = await import('../src/lib/labels');
    expect(labelFrom(subjectLabels, 'early_help')).toBe('Early help');
    expect(labelFrom(subjectLabels, 'new_subject')).toBe('New subject');
    expect(labelFrom(subjectLabels, null)).toBe('');
    expect(fileSizeText(840)).toBe('840 bytes');
    expect(fileSizeText(12 * 1024)).toBe('12 KB');
    expect(fileSizeText(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });
});
