import type { Transaction } from 'kysely';
import type { ParsedEmail } from '../domain/email.ts';
import type { Db } from './db.ts';
import { appendEvent } from './events.ts';
import type { Database, MessageRow, MessageState, MessageUpdate } from './schema.ts';

export async function getMessage(db: Db | Transaction<Database>, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Rebuilds the parsed email from its stored columns, so later steps never re-parse MIME. */
export function toParsedEmail(row: MessageRow): ParsedEmail {
  return {
    messageId: row.rfc_message_id,
    inReplyTo: row.in_reply_to,
    references: JSON.parse(row.references) as string[],
    from: { address: row.from_address ?? '', name: row.from_name ?? '' },
    to: row.to_address ? row.to_address.split(', ').map((address) => ({ address, name: '' })) : [],
    replyTo: row.reply_to ? { address: row.reply_to, name: '' } : null,
    subject: row.subject ?? '',
    date: row.sent_date,
    headers: JSON.parse(row.headers) as Record<string, string>,
    contentType: row.content_type ?? 'text/plain',
    text: row.text ?? '',
    newText: row.new_text ?? '',
    quotedText: row.quoted_text ?? '',
    signature: row.signature ?? '',
    htmlOnly: row.html_only === 1,
    hiddenText: row.hidden_text ?? '',
    attachments: JSON.parse(row.attachments) as ParsedEmail['attachments'],
  };
}

/**
 * Moves a message from one state to the next inside a transaction, guarded on the current state:
 * returns false (and changes nothing) when another worker already moved it. This guard is what
 * makes every step idempotent.
 */
export async function transition(
  trx: Transaction<Database>,
  id: string,
  from: MessageState,
  to: MessageState,
  patch: MessageUpdate,
  at: Date,
  actor = 'system',
): Promise<boolean> {
  const res = await trx
    .updateTable('messages')
    .set({ ...patch, state: to, updated_at: at.toISOString(), next_attempt_at: null })
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return false;
  await appendEvent(trx, {
    type: 'state',
    messageId: id,
    threadId: (patch.thread_id as string | undefined) ?? null,
    actor,
    at: at.toISOString(),
    data: { from, to, reason: patch.reason ?? null },
  });
  return true;
}
