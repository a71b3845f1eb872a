import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAuthority,
  createStaff,
  getContextFigures,
  saveContextFigures,
  type DatabaseHandle,
} from '../src/index.js';
import { openTestDatabase, testEngines } from '../src/testing.js';

describe.each(testEngines())('report context figures on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('saves, replaces and reads the figures for one authority and year', async () => {
    const { db } = handle;
    const authority = await createAuthority(db, { code: 'CTX', name: 'Context Council' });
    const other = await createAuthority(db, { code: 'OTH', name: 'Other Council' });
    const staff = await createStaff(db, {
      email: 'figures@example.org',
      name: 'Figures Person',
      passwordHash: 'x',
      memberships: [{ authorityId: authority.id, role: 'complaints_manager' }],
    });

    expect(await getContextFigures(db, authority.id, 2025)).toBeNull();

    const saved = await saveContextFigures(db, {
      authorityId: authority.id,
      year: 2025,
      figures: { contacts: 14_000, referrals: 3_100, assessments: null, section47Enquiries: 900 },
      staffId: staff.id,
    });
    expect(saved.figures).toEqual({
      contacts: 14_000,
      referrals: 3_100,
      assessments: null,
      section47Enquiries: 900,
    });
    expect(saved.updatedBy).toBe(staff.id);

    const replaced = await saveContextFigures(db, {
      authorityId: authority.id,
      year: 2025,
      figures: { contacts: 14_500, referrals: null, assessments: 2_800, section47Enquiries: 900 },
      staffId: null,
    });
    expect(replaced.updatedBy).toBeNull();

    const read = await getContextFigures(db, authority.id, 2025);
    expect(read?.figures).toEqual({
      contacts: 14_500,
      referrals: null,
      assessments: 2_800,
      section47Enquiries: 900,
    });
    expect(await getContextFigures(db, authority.id, 2024)).toBeNull();
    expect(await getContextFigures(db, other.id, 2025)).toBeNull();
  });
});
