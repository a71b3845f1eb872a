/**
 * The portal's configuration, read from the environment once, here, and validated. Nothing else in
 * the portal reads `process.env`.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORTAL_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where the API listens; the portal calls it server to server, never from the browser. */
  API_URL: z.url().default('http://127.0.0.1:3002'),
  /**
   * The key material for the portal's encrypted cookies: at least 32 characters. Required in
   * production; elsewhere each process makes up its own, so cookies do not survive a restart.
   */
  PORTAL_SECRET: z.string().min(32, 'PORTAL_SECRET must be at least 32 characters').optional(),
  /**
   * Sent to the API with every call to prove the portal is calling: the API's PORTAL_API_SECRET.
   * At least 32 characters; required in production. Elsewhere both programs share a development
   * value, so a developer's portal and API work together without setting it.
   */
  PORTAL_API_SECRET: z
    .string()
    .min(32, 'PORTAL_API_SECRET must be at least 32 characters')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How many proxies in front of the portal to trust for the client's address. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
});

export type PortalEnv = Omit<z.infer<typeof envSchema>, 'PORTAL_SECRET' | 'PORTAL_API_SECRET'> & {
  PORTAL_SECRET: string;
  PORTAL_API_SECRET: string;
};

/** The same development value as the API's; production sets its own in both. */
const DEVELOPMENT_PORTAL_API_SECRET = 'heard-development-portal-api-secret-not-for-production';

export function loadEnv(source: NodeJS.ProcessEnv = process.env): PortalEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`The portal's environment is not valid:\n${problems}`);
  }
  const { PORTAL_SECRET, PORTAL_API_SECRET, ...rest } = parsed.data;
  for (const [name, value] of Object.entries({ PORTAL_SECRET, PORTAL_API_SECRET })) {
    if (value === undefined && rest.NODE_ENV === 'production') {
      throw new Error(
        `The portal's environment is not valid:\n  ${name}: required in production (at least 32 characters)`,
      );
    }
  }
  return {
    ...rest,
    PORTAL_SECRET: PORTAL_SECRET ?? randomBytes(32).toString('base64url'),
    PORTAL_API_SECRET: PORTAL_API_SECRET ?? DEVELOPMENT_PORTAL_API_SECRET,
  };
}
