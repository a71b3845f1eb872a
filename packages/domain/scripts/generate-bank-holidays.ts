/** Rewrites src/calendar/england-and-wales-holidays.ts from date-holidays (see holiday-table.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildHolidayTable, renderHolidayModule } from './holiday-table.js';

const target = fileURLToPath(
  new URL('../src/calendar/england-and-wales-holidays.ts', import.meta.url),
);
const table = buildHolidayTable();
writeFileSync(target, renderHolidayModule(table));
process.stdout.write(`Wrote ${String(table.length)} holidays to ${target}\n`);
