import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendEvent } from '../store/events.ts';
import type { Database } from '../store/schema.ts';
import { customerScope, normalizeEmail } from './customerScope.ts';

/** Everything deskhand holds about one customer, as plain JSON (raw messages base64-encoded). */
export interface CustomerExport {
  email: string;
  exportedAt: string;
  customer: Record<string, unknown> | null;
  notes: Record<string, unknown>[];
  tags: Record<string, unknown>[];
  threads: Record<string, unknown>[];
  messages: Record<string, unknown>[];
  drafts: Record<string, unknown>[];
  draftEdits: Record<string, unknown>[];
  outbox: Record<string, unknown>[];
  events: Record<string, unknown>[];
}

export async function exportCustomerData(db: Kysely<Database>, rawEmail: string, now: Date): Promise<CustomerExport> {
  const s = await customerScope(db, rawEmail);
  const email = normalizeEmail(rawEmail);
  const { threadIds: t, messageIds: m, draftIds: d } = s;
  const messages = m.length ? await db.selectFrom('messages').selectAll().where('id', 'in', m).orderBy('received_at').execute() : [];
  return {
    email,
    exportedAt: now.toISOString(),
    customer: (await db.selectFrom('customers').selectAll().where('email', '=', email).executeTakeFirst()) ?? null,
    notes: await db.selectFrom('customer_notes').selectAll().where('customer_email', '=', email).orderBy('created_at').execute(),
    tags: await db.selectFrom('customer_tags').selectAll().where('customer_email', '=', email).orderBy('tag').execute(),
    threads: t.length ? await db.selectFrom('threads').selectAll().where('id', 'in', t).execute() : [],
    messages: messages.map(({ raw, ...rest }) => ({ ...rest, raw: raw ? Buffer.from(raw).toString('base64') : null })),
    drafts: d.length ? await db.selectFrom('drafts').selectAll().where('id', 'in', d).execute() : [],
    draftEdits: d.length ? await db.selectFrom('draft_edits').selectAll().where('draft_id', 'in', d).orderBy('created_at').execute() : [],
    outbox: m.length ? await db.selectFrom('outbox').selectAll().where('message_id', 'in', m).execute() : [],
    events: await db
      .selectFrom('events')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('customer_email', '=', email),
          ...(t.length ? [eb('thread_id', 'in', t)] : []),
          ...(m.length ? [eb('message_id', 'in', m)] : []),
        ]),
      )
      .orderBy('id')
      .execute(),
  };
}

/**
 * Answers a data request (Shopify customers/data_request): stores the export for the store owner
 * to hand over, and logs that it was made. Returns the export's id.
 */
export async function storeCustomerExport(
  db: Kysely<Database>,
  rawEmail: string,
  now: Date,
  request: { shopDomain?: string | null; requestId?: string | null } = {},
): Promise<string> {
  const data = await exportCustomerData(db, rawEmail, now);
  const id = randomUUID();
  await db
    .insertInto('privacy_exports')
    .values({ id, customer_email: data.email, shop_domain: request.shopDomain ?? null, request_id: request.requestId ?? null, data: JSON.stringify(data), created_at: now.toISOString() })
    .execute();
  await appendEvent(db, {
    type: 'privacy_export',
    customerEmail: data.email,
    at: now.toISOString(),
    data: { exportId: id, requestId: request.requestId ?? null, counts: { messages: data.messages.length, threads: data.threads.length, events: data.events.length } },
  });
  return id;
}
