import { createHash, randomUUID } from 'node:crypto';
import type { ParsedEmail } from '../domain/email.ts';
import type { RawMessage } from '../mail/port.ts';
import { MalformedEmailError, parseEmail } from '../mail/parse.ts';
import type { Db } from '../store/db.ts';
import { appendEvent } from '../store/events.ts';
import type { NewMessage } from '../store/schema.ts';

export type IngestOutcome = { status: 'stored'; id: string; state: 'received' | 'failed' } | { status: 'duplicate'; id: string };

/**
 * Stores one raw message as a `received` row (or `failed` with the reason when it cannot be
 * parsed: nothing is lost, the raw bytes are kept). Dedupes on Message-ID per mailbox, and
 * joins the thread of the message it replies to.
 */
export async function ingestRaw(db: Db, mailboxId: string, msg: RawMessage, now: Date): Promise<IngestOutcome> {
  let parsed: ParsedEmail | null = null;
  let failure: string | null = null;
  try {
    parsed = await parseEmail(msg.raw);
  } catch (err) {
    failure = err instanceof MalformedEmailError ? `malformed email: ${err.reason}` : `parse error: ${(err as Error).message}`;
  }
  // Only the headers of an oversized message were fetched: kept (sender, subject) but never processed.
  if (msg.tooLarge) failure = tooLargeReason(msg.tooLarge);
  const state = parsed && !failure ? 'received' : 'failed';
  const rfcId = parsed?.messageId ?? `<${createHash('sha256').update(msg.raw).digest('hex')}@deskhand.invalid>`;
  const t = now.toISOString();

  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('messages')
      .select('id')
      .where('mailbox_id', '=', mailboxId)
      .where('rfc_message_id', '=', rfcId)
      .executeTakeFirst();
    if (existing) return { status: 'duplicate', id: existing.id } as const;

    const id = randomUUID();
    let threadId: string | null = null;
    if (parsed) {
      threadId = await findThread(trx, mailboxId, parsed);
      if (!threadId) {
        threadId = randomUUID();
        await trx
          .insertInto('threads')
          .values({
            id: threadId,
            mailbox_id: mailboxId,
            subject: parsed.subject,
            customer_email: parsed.from.address.toLowerCase(),
            root_rfc_message_id: rfcId,
            status: 'open',
            assigned_to: null,
            flagged: null,
            created_at: t,
            last_message_at: t,
          })
          .execute();
      } else {
        await trx.updateTable('threads').set({ last_message_at: t, status: 'open' }).where('id', '=', threadId).execute();
      }
    }
    const row: NewMessage = {
      id,
      mailbox_id: mailboxId,
      rfc_message_id: rfcId,
      thread_id: threadId,
      state,
      reason: failure,
      attempts: 0,
      source: msg.source,
      source_uid: msg.uid,
      raw: msg.raw,
      raw_size: msg.tooLarge?.size ?? msg.raw.length,
      from_address: parsed?.from.address.toLowerCase() ?? null,
      from_name: parsed?.from.name || null,
      to_address: parsed ? parsed.to.map((a) => a.address.toLowerCase()).join(', ') : null,
      reply_to: parsed?.replyTo?.address ?? null,
      subject: parsed?.subject ?? null,
      sent_date: parsed?.date ?? null,
      in_reply_to: parsed?.inReplyTo ?? null,
      references: JSON.stringify(parsed?.references ?? []),
      headers: JSON.stringify(parsed?.headers ?? {}),
      text: parsed?.text ?? null,
      new_text: parsed?.newText ?? null,
      quoted_text: parsed?.quotedText ?? null,
      html_only: parsed?.htmlOnly ? 1 : 0,
      content_type: parsed?.contentType ?? null,
      signature: parsed?.signature ?? null,
      hidden_text: parsed?.hiddenText || null,
      attachments: JSON.stringify(parsed?.attachments ?? []),
      intent: null,
      action: null,
      language: null,
      confidence: null,
      order_numbers: '[]',
      classification: null,
      facts: null,
      identity_verified: 0,
      identity_headers: parsed?.identityHeaders ? JSON.stringify(parsed.identityHeaders) : null,
      sender_check: null,
      sender_check_reason: null,
      tokens_prompt: 0,
      tokens_completion: 0,
      next_attempt_at: null,
      received_at: t,
      triaged_at: null,
      resolved_at: null,
      drafted_at: null,
      reviewed_at: null,
      sent_at: null,
      logged_at: null,
      updated_at: t,
    };
    await trx.insertInto('messages').values(row).execute();
    await appendEvent(trx, {
      type: state,
      messageId: id,
      threadId,
      customerEmail: row.from_address,
      at: t,
      data: { source: msg.source, uid: msg.uid, size: msg.tooLarge?.size ?? msg.raw.length, reason: failure },
    });
    return { status: 'stored', id, state } as const;
  });
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function tooLargeReason(t: { size: number; limit: number }): string {
  return `too large: ${megabytes(t.size)}, over the ${megabytes(t.limit)} limit (MAX_MAIL_BYTES); not downloaded, read it in the mailbox`;
}

/**
 * The thread this message belongs to: that of an earlier message or reply of ours it references,
 * but only when the sender takes part in that thread. Message-IDs are not secret (they travel in
 * every reply), so anyone else citing them starts a conversation of their own instead of reading
 * another customer's thread and its facts.
 */
async function findThread(db: Db, mailboxId: string, email: ParsedEmail): Promise<string | null> {
  const refs = [...new Set([email.inReplyTo, ...email.references].filter((r): r is string => !!r))];
  if (refs.length === 0) return null;
  const inbound = await db
    .selectFrom('messages')
    .select('thread_id')
    .where('mailbox_id', '=', mailboxId)
    .where('rfc_message_id', 'in', refs)
    .where('thread_id', 'is not', null)
    .executeTakeFirst();
  const threadId = inbound?.thread_id ?? (await db.selectFrom('outbox').select('thread_id').where('rfc_message_id', 'in', refs).executeTakeFirst())?.thread_id;
  if (!threadId) return null;
  return (await isParticipant(db, threadId, email.from.address)) ? threadId : null;
}

/** Whether `address` is the thread's customer, wrote a message in it, or got a reply in it. */
async function isParticipant(db: Db, threadId: string, address: string): Promise<boolean> {
  const sender = address.trim().toLowerCase();
  if (!sender) return false;
  const hit = await db
    .selectFrom('threads')
    .select('id')
    .where('id', '=', threadId)
    .where((eb) =>
      eb.or([
        eb('customer_email', '=', sender),
        eb.exists(eb.selectFrom('messages').select('id').where('thread_id', '=', threadId).where('from_address', '=', sender)),
        eb.exists(eb.selectFrom('outbox').select('id').where('thread_id', '=', threadId).where('to_address', '=', sender)),
      ]),
    )
    .executeTakeFirst();
  return hit !== undefined;
}
