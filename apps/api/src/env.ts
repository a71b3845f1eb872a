/**
 * The API's configuration, read from the environment once, here, and validated. Nothing else in
 * the API reads `process.env`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3002),
  /** A PostgreSQL server. When unset, the embedded engine (PGlite) keeps data in PGLITE_DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  PGLITE_DATA_DIR: z.string().default(path.join(repoRoot, '.data/pglite')),
  /** `memory` keeps the embedded database in memory (tests). */
  PGLITE_MODE: z.enum(['disk', 'memory']).default('disk'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Create demo councils, staff and complaints when the database has no authorities yet. */
  SEED_DEMO_DATA: flag.optional(),
  /** Set the Secure attribute on cookies. Browsers accept secure cookies on http://localhost. */
  COOKIE_SECURE: flag.default(true),
  /** Staff sessions end after this long without a request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  /** Staff sessions end this long after sign-in, however active. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
  /** Trust X-Forwarded-For from this many proxies in front (the portal server is one). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(1),
});

export type Env = z.infer<typeof envSchema> & { SEED_DEMO_DATA: boolean };

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`The API's environment is not valid:\n${problems}`);
  }
  return {
    ...parsed.data,
    SEED_DEMO_DATA: parsed.data.SEED_DEMO_DATA ?? parsed.data.NODE_ENV !== 'production',
  };
}
