/**
 * The admin server's configuration, read from the environment once, here, and validated. Nothing
 * else in the server reads `process.env`. The app in the browser has no configuration of its own:
 * it only ever talks to the origin it was loaded from.
 */
import { z } from 'zod';

export const envSchema = z.object({
  /** In production the server also sends Strict-Transport-Security, as the portal does. */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** The port staff browsers reach; 0 picks a free port (tests do). */
  ADMIN_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /**
   * The interface to listen on. Unset, the server listens on every interface, as the portal does,
   * because staff browsers reach it over the network (usually through the council's proxy).
   */
  ADMIN_HOST: z.string().min(1).optional(),
  /** Where the API listens. `/trpc`, `/files` and `/health` are forwarded there. */
  API_URL: z.url().default('http://127.0.0.1:3002'),
  /**
   * How many proxies in front of this server to trust for the browser's address. The address so
   * found is what the API is given in X-Forwarded-For (the API trusts this server as one hop).
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type AdminEnv = z.infer<typeof envSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): AdminEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`The admin server's environment is not valid:\n${problems}`);
  }
  return parsed.data;
}
