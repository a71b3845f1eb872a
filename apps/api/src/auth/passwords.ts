import { hash, verify } from '@node-rs/argon2';

/**
 * Staff passwords are hashed with argon2id (the library's default algorithm) at the OWASP
 * recommended minimum cost: 19 MiB of memory, 2 iterations, 1 lane.
 */
const cost = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, cost);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when an email is unknown, so the answer takes as long as for a known one. */
export const decoyHash = hashPassword('not a real password');
