import { describe, expect, it } from 'vitest';
import { seesAllCases } from '../src/lib/roles';

describe('seesAllCases', () => {
  it('is true for the complaints team and those who read every case', () => {
    expect(seesAllCases(['complaints_officer'])).toBe(true);
    expect(seesAllCases(['investigating_officer', 'auditor'])).toBe(true);
  });

  it('is false for people who see only the cases assigned to them', () => {
    expect(seesAllCases(['investigating_officer'])).toBe(false);
    expect(seesAllCases(['independent_person', 'panel_member'])).toBe(false);
    expect(seesAllCases([])).toBe(false);
  });
});

describe('what a role is offered', () => {
  it('lets the complaints team log complaints', async () => {
    const { logsComplaints, listsStaff, readsWorkload, staffRoleLabel } =
      await import('../src/lib/roles');
    expect(logsComplaints(['complaints_officer'])).toBe(true);
    expect(logsComplaints(['responding_manager'])).toBe(false);
    expect(listsStaff(['senior_responder'])).toBe(true);
    expect(listsStaff(['auditor'])).toBe(false);
    expect(readsWorkload(['auditor'])).toBe(true);
    expect(readsWorkload(['panel_member'])).toBe(false);
    expect(staffRoleLabel('panel_member')).toBe('Review panel member');
    expect(staffRoleLabel('new_role')).toBe('new role');
  });
});
