import type { Kysely } from 'kysely';
import { appendEvent } from '../store/events.ts';
import type { Database } from '../store/schema.ts';

/** Tables holding the shop's customer data, children before parents (foreign keys). */
const SHOP_DATA_TABLES = ['draft_edits', 'outbox', 'drafts', 'messages', 'threads', 'customers', 'customer_notes', 'customer_tags', 'privacy_exports', 'events'] as const;

/**
 * Erases all of the shop's data (Shopify shop/redact, sent 48 h after the store uninstalls):
 * every message, thread, draft, reply, CRM record and event. Mailbox settings and staff accounts
 * stay. Leaves one audit event with the counts. Returns the erased messages' ids.
 */
export async function eraseShopData(db: Kysely<Database>, now: Date, reason = 'shop erasure'): Promise<{ counts: Record<string, number>; messageIds: string[] }> {
  if (!db.isTransaction) return db.transaction().execute((trx) => eraseShopData(trx, now, reason));
  const messageIds = (await db.selectFrom('messages').select('id').execute()).map((r) => r.id);
  const counts: Record<string, number> = {};
  for (const table of SHOP_DATA_TABLES) {
    const r = await db.deleteFrom(table).executeTakeFirst();
    counts[table] = Number(r.numDeletedRows);
  }
  await appendEvent(db, { type: 'privacy_erased', at: now.toISOString(), data: { scope: 'shop', reason, counts } });
  return { counts, messageIds };
}
