import type { Kysely, Transaction } from 'kysely';
import { compiledOnce } from './compiledQuery.ts';
import type { Database } from './schema.ts';

export interface NewEvent {
  type: string;
  messageId?: string | null;
  threadId?: string | null;
  customerEmail?: string | null;
  actor?: string;
  data?: Record<string, unknown>;
  at: string;
}

// Several events per message: compiled once (see compiledQuery.ts).
const insertEvent = compiledOnce(7, (db, at: string, type: string, messageId: string | null, threadId: string | null, customerEmail: string | null, actor: string, data: string) =>
  db.insertInto('events').values({ at, type, message_id: messageId, thread_id: threadId, customer_email: customerEmail, actor, data }),
);

/** Appends one entry to the append-only event log (the audit trail and the CRM timeline). */
export async function appendEvent(db: Kysely<Database> | Transaction<Database>, e: NewEvent): Promise<void> {
  await insertEvent(db, e.at, e.type, e.messageId ?? null, e.threadId ?? null, e.customerEmail ?? null, e.actor ?? 'system', JSON.stringify(e.data ?? {}));
}
