import type { Kysely } from 'kysely';
import { appendEvent } from '../store/events.ts';
import type { Database } from '../store/schema.ts';
import { customerScope } from './customerScope.ts';

export interface ErasureCounts {
  messages: number;
  threads: number;
  drafts: number;
  draftEdits: number;
  outbox: number;
  events: number;
  customers: number;
  notes: number;
  tags: number;
  exports: number;
}

export interface ErasureReport {
  counts: ErasureCounts;
  /** The erased messages' ids, so the caller can remove files kept outside the database (.eml outbox). */
  messageIds: string[];
}

const n = (r: { numDeletedRows: bigint }[]) => r.reduce((sum, x) => sum + Number(x.numDeletedRows), 0);

/**
 * Erases one customer (Shopify customers/redact, or a request made to the store): their messages
 * (raw and text), drafts and edits, replies, threads, CRM record, notes, tags, exports and events.
 * Leaves one audit event saying what was erased, with counts only and no personal data.
 * Runs in one transaction (its own, unless `db` already is one).
 */
export async function eraseCustomerData(db: Kysely<Database>, email: string, now: Date, reason = 'customer erasure'): Promise<ErasureReport> {
  if (!db.isTransaction) return db.transaction().execute((trx) => eraseCustomerData(trx, email, now, reason));
  const s = await customerScope(db, email);
  const { threadIds: t, messageIds: m, draftIds: d } = s;
  const counts: ErasureCounts = { messages: 0, threads: 0, drafts: 0, draftEdits: 0, outbox: 0, events: 0, customers: 0, notes: 0, tags: 0, exports: 0 };

  counts.events = n(
    await db
      .deleteFrom('events')
      .where((eb) => eb.or([eb('customer_email', '=', s.email), ...(t.length ? [eb('thread_id', 'in', t)] : []), ...(m.length ? [eb('message_id', 'in', m)] : [])]))
      .execute(),
  );
  if (d.length) counts.draftEdits = n(await db.deleteFrom('draft_edits').where('draft_id', 'in', d).execute());
  if (m.length || t.length) {
    counts.outbox = n(
      await db
        .deleteFrom('outbox')
        .where((eb) => eb.or([...(m.length ? [eb('message_id', 'in', m)] : []), ...(t.length ? [eb('thread_id', 'in', t)] : [])]))
        .execute(),
    );
  }
  if (d.length) counts.drafts = n(await db.deleteFrom('drafts').where('id', 'in', d).execute());
  if (m.length) counts.messages = n(await db.deleteFrom('messages').where('id', 'in', m).execute());
  if (t.length) counts.threads = n(await db.deleteFrom('threads').where('id', 'in', t).execute());
  counts.customers = n(await db.deleteFrom('customers').where('email', '=', s.email).execute());
  counts.notes = n(await db.deleteFrom('customer_notes').where('customer_email', '=', s.email).execute());
  counts.tags = n(await db.deleteFrom('customer_tags').where('customer_email', '=', s.email).execute());
  counts.exports = n(await db.deleteFrom('privacy_exports').where('customer_email', '=', s.email).execute());

  await appendEvent(db, { type: 'privacy_erased', at: now.toISOString(), data: { scope: 'customer', reason, counts } });
  return { counts, messageIds: m };
}
