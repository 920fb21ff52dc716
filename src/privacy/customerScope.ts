import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

/** Every row id that belongs to one customer: their threads, their messages, and the drafts/replies on them. */
export interface CustomerScope {
  email: string;
  threadIds: string[];
  messageIds: string[];
  draftIds: string[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function customerScope(db: Kysely<Database>, rawEmail: string): Promise<CustomerScope> {
  const email = normalizeEmail(rawEmail);
  const threads = await db.selectFrom('threads').select('id').where('customer_email', '=', email).execute();
  const threadIds = threads.map((t) => t.id);
  const messages = await db
    .selectFrom('messages')
    .select('id')
    .where((eb) => (threadIds.length ? eb.or([eb('from_address', '=', email), eb('thread_id', 'in', threadIds)]) : eb('from_address', '=', email)))
    .execute();
  const messageIds = messages.map((m) => m.id);
  const drafts = messageIds.length || threadIds.length
    ? await db
        .selectFrom('drafts')
        .select('id')
        .where((eb) => eb.or([...(messageIds.length ? [eb('message_id', 'in', messageIds)] : []), ...(threadIds.length ? [eb('thread_id', 'in', threadIds)] : [])]))
        .execute()
    : [];
  return { email, threadIds, messageIds, draftIds: drafts.map((d) => d.id) };
}
