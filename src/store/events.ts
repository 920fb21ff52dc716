import type { Kysely, Transaction } from 'kysely';
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

/** Appends one entry to the append-only event log (the audit trail and the CRM timeline). */
export async function appendEvent(db: Kysely<Database> | Transaction<Database>, e: NewEvent): Promise<void> {
  await db
    .insertInto('events')
    .values({
      at: e.at,
      type: e.type,
      message_id: e.messageId ?? null,
      thread_id: e.threadId ?? null,
      customer_email: e.customerEmail ?? null,
      actor: e.actor ?? 'system',
      data: JSON.stringify(e.data ?? {}),
    })
    .execute();
}
