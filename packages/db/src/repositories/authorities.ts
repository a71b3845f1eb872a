import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { authorities, type AuthoritySettings } from '../schema.js';

export type Authority = typeof authorities.$inferSelect;

export async function findAuthorityByCode(
  db: Executor,
  code: string,
): Promise<Authority | undefined> {
  const [row] = await db.select().from(authorities).where(eq(authorities.code, code)).limit(1);
  return row;
}

export async function findAuthorityById(db: Executor, id: string): Promise<Authority | undefined> {
  const [row] = await db.select().from(authorities).where(eq(authorities.id, id)).limit(1);
  return row;
}

export function listAuthorities(db: Executor): Promise<Authority[]> {
  return db.select().from(authorities).orderBy(asc(authorities.name));
}

export async function createAuthority(
  db: Executor,
  input: { code: string; name: string; settings?: AuthoritySettings },
): Promise<Authority> {
  const [row] = await db
    .insert(authorities)
    .values({ code: input.code, name: input.name, settings: input.settings ?? {} })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
