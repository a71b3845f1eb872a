/**
 * The API's configuration, read from the environment once, here, and validated. Nothing else in
 * the API reads `process.env`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3002),
  /**
   * The interface the API listens on. Only the portal server and the admin app's proxy call it,
   * so by default it is reachable from this machine alone; set `0.0.0.0` (or an address) when
   * they run elsewhere, behind a firewall that admits only them.
   */
  API_HOST: z.string().min(1).default('127.0.0.1'),
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
  /**
   * Run the reminder worker in the API process: reminders of deadlines and the managers' weekly
   * tracker, written to the outbox, and delivery of everything in the outbox (portal sign-in
   * links, saved-answer codes, advocacy referrals) (docs/decisions/0008). On PostgreSQL it is
   * scheduled by pg-boss; on the embedded engine by a timer in this process. On unless
   * `NODE_ENV` is `test`, where the tests turn it on themselves.
   */
  REMINDERS_ENABLED: flag.optional(),
  /** How often, in minutes, to look for deadlines to remind people of. */
  REMINDERS_SCAN_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  /** Remind this many working days before a deadline. */
  REMINDER_LEAD_WORKING_DAYS: z.coerce.number().int().min(0).max(20).default(2),
  /** How mail leaves: `console` prints it, `file` appends it to MAIL_FILE_PATH, `smtp` sends it. */
  MAIL_TRANSPORT: z.enum(['console', 'file', 'smtp']).default('console'),
  /** The SMTP server, e.g. `smtps://user:password@smtp.example.org:465`; needed for `smtp`. */
  SMTP_URL: z.url().optional(),
  MAIL_FILE_PATH: z.string().default(path.join(repoRoot, '.data/mail/outbox.jsonl')),
  MAIL_FROM: z.string().default('Heard <no-reply@heard.invalid>'),
  /** Links in mail point here: the admin app as staff reach it. */
  ADMIN_BASE_URL: z.url().default('http://localhost:3001'),
  /**
   * The portal server proves it is the caller of `portal.*` by sending this in
   * `x-heard-portal-secret`; any other caller is refused. At least 32 characters; required in
   * production, where the portal's PORTAL_API_SECRET must be the same value. Elsewhere both
   * default to the same development value, so a developer's programs work together.
   */
  PORTAL_API_SECRET: z
    .string()
    .min(32, 'PORTAL_API_SECRET must be at least 32 characters')
    .optional(),
  /** Sign-in links in mail point here: the public portal as people reach it (docs/decisions/0011). */
  PORTAL_BASE_URL: z.url().default('http://localhost:3000'),
  /** Portal sessions end after this long without a request (20 minutes, WCAG 2.2.1 warns before). */
  PORTAL_SESSION_IDLE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1200),
  /** Portal sessions end this long after sign-in, however active. */
  PORTAL_SESSION_ABSOLUTE_MINUTES: z.coerce.number().int().min(1).max(1440).default(120),
  /**
   * How long a worker holds a message it is delivering. One that dies holding it leaves it to
   * the next worker after this long; it must be longer than the slowest delivery.
   */
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** How often, in seconds, to look for mail due a first attempt or a retry. */
  OUTBOX_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** The least time between two messages, for mail relays that limit how fast they accept mail. */
  MAIL_MIN_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(0),
});

export type Env = Omit<z.infer<typeof envSchema>, 'PORTAL_API_SECRET'> & {
  SEED_DEMO_DATA: boolean;
  REMINDERS_ENABLED: boolean;
  PORTAL_API_SECRET: string;
};

/** The shared secret of a developer's machine and the tests; production must set its own. */
export const DEVELOPMENT_PORTAL_API_SECRET =
  'heard-development-portal-api-secret-not-for-production';

/** Settings that only make sense together. */
const envChecks = envSchema.superRefine((env, ctx) => {
  if (env.NODE_ENV === 'production' && env.PORTAL_API_SECRET === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['PORTAL_API_SECRET'],
      message: 'PORTAL_API_SECRET is required in production (at least 32 characters)',
    });
  }
  if (env.MAIL_TRANSPORT === 'smtp' && env.SMTP_URL === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['SMTP_URL'],
      message: 'SMTP_URL is needed when MAIL_TRANSPORT is smtp',
    });
  }
});

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // A variable set to nothing counts as not set, as shells and CI files often write it that way.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envChecks.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`The API's environment is not valid:\n${problems}`);
  }
  return {
    ...parsed.data,
    SEED_DEMO_DATA: parsed.data.SEED_DEMO_DATA ?? parsed.data.NODE_ENV !== 'production',
    REMINDERS_ENABLED: parsed.data.REMINDERS_ENABLED ?? parsed.data.NODE_ENV !== 'test',
    PORTAL_API_SECRET: parsed.data.PORTAL_API_SECRET ?? DEVELOPMENT_PORTAL_API_SECRET,
  };
}
