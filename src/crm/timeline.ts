import type { Db } from '../store/db.ts';

/** One entry on a customer's timeline: an event from the log (email in/out, draft, edit, approval, delivery, order update …) or a staff note. */
export interface TimelineEntry {
  kind: 'event' | 'note';
  id: string;
  at: string;
  type: string;
  threadId: string | null;
  messageId: string | null;
  actor: string;
  data: Record<string, unknown>;
}

/**
 * Everything that happened with one customer, newest first: every event on their threads or
 * naming them, and staff notes. Paged with `before` (an ISO time) and `limit`.
 */
export async function customerTimeline(db: Db, rawEmail: string, opts: { limit?: number; before?: string } = {}): Promise<TimelineEntry[]> {
  const email = rawEmail.trim().toLowerCase();
  const limit = Math.min(opts.limit ?? 200, 1000);
  const threadIds = (await db.selectFrom('threads').select('id').where('customer_email', '=', email).execute()).map((t) => t.id);

  let events = db
    .selectFrom('events')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('customer_email', '=', email),
        ...(threadIds.length ? [eb('thread_id', 'in', threadIds)] : []),
        // State changes (approved by, escalated by …) carry only the message id.
        ...(threadIds.length ? [eb('message_id', 'in', eb.selectFrom('messages').select('messages.id').where('messages.thread_id', 'in', threadIds))] : []),
      ]),
    );
  if (opts.before) events = events.where('at', '<', opts.before);
  const eventRows = await events.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();

  let notes = db.selectFrom('customer_notes').selectAll().where('customer_email', '=', email);
  if (opts.before) notes = notes.where('created_at', '<', opts.before);
  const noteRows = await notes.orderBy('created_at', 'desc').limit(limit).execute();

  const entries: TimelineEntry[] = [
    ...eventRows.map((e) => ({
      kind: 'event' as const,
      id: String(e.id),
      at: e.at,
      type: e.type,
      threadId: e.thread_id,
      messageId: e.message_id,
      actor: e.actor,
      data: JSON.parse(e.data) as Record<string, unknown>,
    })),
    ...noteRows.map((n) => ({ kind: 'note' as const, id: n.id, at: n.created_at, type: 'note', threadId: null, messageId: null, actor: n.author, data: { body: n.body } })),
  ];
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}
