/**
 * Imported first by main.tsx. zod compiles fast validators with `new Function` when it may; the
 * admin app's Content-Security-Policy forbids that (no 'unsafe-eval'), so zod is told not to try,
 * rather than probing and leaving a CSP violation in the console on every page load.
 */
import { z } from 'zod';

z.config({ jitless: true });
