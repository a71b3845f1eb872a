import { seedDemoDataIfEmpty as seed, type Database, type SeedResult } from '@heard/db';
import { hashPassword } from './auth/passwords.js';
import { isoDateInLondon } from '@heard/domain';

/** Demo councils, staff and complaints on a database that has none. */
export function seedDemoDataIfEmpty(db: Database, now = new Date()): Promise<SeedResult | null> {
  return seed(db, { today: isoDateInLondon(now), hashPassword });
}
