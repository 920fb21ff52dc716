// Short named locks in the database (SQLite and PostgreSQL alike): one holder at a time does a job
// such as renewing a Shopify token. An expired lease is free again, so a crashed holder blocks
// nobody for longer than its lease.
import type { Db } from './db.ts';

/** Takes the lease when it is free or expired; true when `holder` now holds it. */
export async function tryAcquireLease(db: Db, name: string, holder: string, ttlMs: number, now: Date): Promise<boolean> {
  const expires_at = new Date(now.getTime() + ttlMs).toISOString();
  await db
    .insertInto('leases')
    .values({ name, holder, expires_at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ holder, expires_at }).where('leases.expires_at', '<', now.toISOString()))
    .execute();
  const row = await db.selectFrom('leases').select('holder').where('name', '=', name).executeTakeFirst();
  return row?.holder === holder;
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
}
