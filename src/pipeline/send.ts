import { randomUUID } from 'node:crypto';
import type { PipelineDeps } from './deps.ts';
import { errorMessage, isTransient } from './errors.ts';
import { replyDestination } from '../domain/senderIdentity.ts';
import { appendEvent } from '../store/events.ts';
import { afterTransition, getMessage, type StoredMessage, transition } from '../store/messages.ts';
import type { OutboxRow } from '../store/schema.ts';

/**
 * approved → sent. Exactly one reply per inbound message: the outbox row (unique on the message)
 * is written as `sending` before the provider is called. If a run finds a row still `sending`, the
 * previous run crashed between "sending" and "sent": we cannot know whether the reply left, so the
 * message goes to `needs_attention` for a person and is never resent on its own.
 */
export async function sendStep(deps: PipelineDeps, id: string, known?: StoredMessage): Promise<StoredMessage | null> {
  const row = known ?? (await getMessage(deps.db, id));
  if (!row || row.state !== 'approved' || !row.thread_id) return null;
  const draft = await deps.db.selectFrom('drafts').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
  const now = deps.now();
  const t = now.toISOString();

  const domain = deps.config.SUPPORT_FROM_ADDRESS.split('@')[1] ?? 'deskhand.invalid';
  const references = [...(JSON.parse(row.references) as string[]), row.rfc_message_id].filter((r, i, a) => a.indexOf(r) === i);
  const fresh: OutboxRow = {
    id: randomUUID(),
    message_id: id,
    draft_id: draft.id,
    thread_id: row.thread_id,
    rfc_message_id: `<${randomUUID()}@${domain}>`,
    from_address: deps.config.SUPPORT_FROM_ADDRESS,
    // The From address, never Reply-To or Sender: a reply with order facts goes where the order's owner reads mail.
    to_address: replyDestination(row.from_address),
    subject: draft.subject,
    body: draft.body,
    in_reply_to: row.rfc_message_id,
    references: JSON.stringify(references),
    status: 'sending',
    provider: deps.sender.kind,
    provider_id: null,
    error: null,
    created_at: t,
    sent_at: null,
  };
  // The claim: the outbox row is unique on the message, so of two runs only one inserts it. The
  // usual case (first attempt) is this one statement; an existing row is looked at below.
  const inserted = await deps.db.insertInto('outbox').values(fresh).onConflict((oc) => oc.column('message_id').doNothing()).executeTakeFirst();
  const claim =
    Number(inserted.numInsertedOrUpdatedRows) === 1
      ? { outbox: fresh }
      : await deps.db.transaction().execute(async (trx): Promise<{ outbox: OutboxRow } | { stop: string }> => {
          const existing = await trx.selectFrom('outbox').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
          if (existing.status === 'sent') {
            await transition(trx, id, 'approved', 'sent', { sent_at: existing.sent_at ?? t, reason: null }, now);
            return { stop: 'already sent' };
          }
          if (existing.status === 'sending' || existing.status === 'needs_attention') {
            const reason = 'a send was interrupted between "sending" and "sent": check the provider before resending';
            await trx.updateTable('outbox').set({ status: 'needs_attention', error: reason }).where('id', '=', existing.id).execute();
            await transition(trx, id, 'approved', 'needs_attention', { reason }, now);
            return { stop: reason };
          }
          // 'failed': the provider answered with an error last time, so nothing left: safe to try again.
          await trx.updateTable('outbox').set({ status: 'sending', error: null, subject: draft.subject, body: draft.body }).where('id', '=', existing.id).execute();
          return { outbox: { ...existing, status: 'sending', subject: draft.subject, body: draft.body } };
        });
  if ('stop' in claim) return null;
  const ob = claim.outbox;

  try {
    const receipt = await deps.sender.send({
      deskhandMessageId: id,
      rfcMessageId: ob.rfc_message_id,
      from: { address: deps.config.SUPPORT_FROM_ADDRESS, name: deps.config.SUPPORT_FROM_NAME },
      replyTo: deps.config.SUPPORT_REPLY_TO ?? null,
      to: ob.to_address,
      subject: ob.subject,
      text: ob.body,
      inReplyTo: ob.in_reply_to,
      references: JSON.parse(ob.references) as string[],
      // No person approved it: it says so (RFC 3834), so other robots do not answer it.
      autoReply: draft.approved_by === 'auto',
    });
    const sentAt = deps.now().toISOString();
    const patch = { sent_at: sentAt, reason: null, thread_id: row.thread_id };
    // The provider took it: that is recorded on the outbox row even if the message was moved meanwhile.
    return await deps.db.transaction().execute(async (trx) => {
      await trx.updateTable('outbox').set({ status: 'sent', provider: receipt.provider, provider_id: receipt.providerId, sent_at: sentAt }).where('id', '=', ob.id).execute();
      await trx.updateTable('drafts').set({ status: 'sent', updated_at: sentAt }).where('id', '=', draft.id).execute();
      const moved = await transition(trx, id, 'approved', 'sent', patch, now);
      await appendEvent(trx, { type: 'sent', messageId: id, threadId: row.thread_id, customerEmail: ob.to_address, at: sentAt, data: { provider: receipt.provider, providerId: receipt.providerId, rfcMessageId: ob.rfc_message_id } });
      return moved ? afterTransition(row, 'sent', patch, now) : null;
    });
  } catch (err) {
    // An answer from the provider (an HTTP status) means it did not accept the mail: retryable.
    // No answer (timeout, connection reset) means we cannot know: a person must look.
    const answered = typeof (err as { status?: unknown }).status === 'number' || (err as { transient?: unknown }).transient === false;
    await deps.db
      .updateTable('outbox')
      .set({ status: answered ? 'failed' : 'needs_attention', error: errorMessage(err) })
      .where('id', '=', ob.id)
      .execute();
    if (!answered) {
      await deps.db.transaction().execute(async (trx) => {
        await transition(trx, id, 'approved', 'needs_attention', { reason: `send outcome unknown: ${errorMessage(err)}` }, now);
      });
      return null;
    }
    if (!isTransient(err)) (err as { transient?: boolean }).transient = false;
    throw err;
  }
}
