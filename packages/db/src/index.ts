export {
  openDatabase,
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
