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
