export {
  openDatabase,
  openDatabaseWhenReachable,
  pingDatabase,
  migrationsFolder,
  type Database,
  type DatabaseHandle,
  type Executor,
  type OpenDatabaseOptions,
  type Transaction,
} from './client.js';
export * as schema from './schema.js';
export type { AuthoritySettings, ComplainantType, StaffRole } from './schema.js';
export { complainantTypes, staffRoles } from './schema.js';
export * from './repositories/authorities.js';
export * from './repositories/audit.js';
export * from './repositories/complaints.js';
export * from './repositories/staff.js';
export * from './casework.js';
export {
  seedDemoData,
  seedDemoDataIfEmpty,
  demoPassword,
  demoStaff,
  demoAuthorities,
  demoAdvocates,
  type SeedResult,
} from './seed/demo.js';
export * from './repositories/assignments.js';
export * from './repositories/notes.js';
export * from './reports/index.js';
export * from './repositories/records/index.js';
export * from './outbox/index.js';
export * from './import/index.js';
export * from './repositories/portal/index.js';
export * from './repositories/report-context.js';
export * from './repositories/rate-limits.js';
