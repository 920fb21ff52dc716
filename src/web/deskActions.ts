import { z } from 'zod';
import { INTENTS } from '../domain/intents.ts';
import { advance } from '../pipeline/advance.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { approveDraft, composeReply, ReviewError } from '../pipeline/reviewActions.ts';
import { STEP_FOR_STATE } from '../pipeline/steps.ts';
import { appendEvent } from '../store/events.ts';
import type { MailboxRow, MessageState } from '../store/schema.ts';

// What the desk's buttons do beyond src/pipeline/reviewActions.ts: getting an approved reply
// sent, and the owner's mailbox settings. Shared by the HTML forms and the JSON API.

/** Asks the pipeline to move a message on now (after "approve & send"). */
export type Kick = (messageId: string) => Promise<void>;

/** The inline kick: runs the message's steps in this process until it leaves the working states. */
export function inlineKick(deps: PipelineDeps): Kick {
  return async (messageId) => {
    for (let i = 0; i < 10; i++) {
      const r = await advance(deps, messageId);
      if (r.error || !r.step || !STEP_FOR_STATE[r.state]) return;
    }
  };
}

export interface SendOutcome {
  messageId: string;
  threadId: string;
  state: MessageState;
  reason: string | null;
}

async function outcome(deps: PipelineDeps, messageId: string): Promise<SendOutcome> {
  const m = await deps.db.selectFrom('messages').select(['id', 'thread_id', 'state', 'reason']).where('id', '=', messageId).executeTakeFirstOrThrow();
  return { messageId: m.id, threadId: m.thread_id ?? '', state: m.state as MessageState, reason: m.reason };
}

async function runKick(deps: PipelineDeps, kick: Kick, messageId: string): Promise<void> {
  try {
    await kick(messageId);
  } catch (err) {
    // The approval stands; the runner retries the send. Staff see the state on the thread.
    deps.log.warn({ messageId, err: (err as Error).message }, 'kick after approval failed');
  }
}

/** Approve (with an optional last edit) and get the reply sent. */
export async function approveAndSend(deps: PipelineDeps, kick: Kick, draftId: string, userId: string, body?: string): Promise<SendOutcome> {
  await approveDraft(deps, draftId, userId, body);
  const d = await deps.db.selectFrom('drafts').select('message_id').where('id', '=', draftId).executeTakeFirstOrThrow();
  await runKick(deps, kick, d.message_id);
  return outcome(deps, d.message_id);
}

/** Staff write a reply to a message that has no draft, approve it and get it sent. */
export async function composeAndSend(deps: PipelineDeps, kick: Kick, messageId: string, userId: string, subject: string, body: string): Promise<SendOutcome> {
  if (body.trim() === '') throw new ReviewError('the reply is empty: write it before sending', 400);
  await composeReply(deps, messageId, userId, subject, body);
  await runKick(deps, kick, messageId);
  return outcome(deps, messageId);
}

export const MailboxSettings = z.object({
  mode: z.enum(['off', 'draft', 'auto']),
  autoIntents: z.array(z.enum(INTENTS)).default([]),
  autoConfidence: z.coerce.number().min(0).max(1),
});
export type MailboxSettings = z.infer<typeof MailboxSettings>;

/** Saves an owner's review mode, auto-send allow-list and threshold on the mailbox row. */
export async function updateMailbox(deps: PipelineDeps, mailboxId: string, userId: string, input: unknown): Promise<MailboxRow> {
  const s = MailboxSettings.parse(input);
  const t = deps.now().toISOString();
  const intents = [...new Set(s.autoIntents)];
  return deps.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('mailboxes').set({ mode: s.mode, auto_intents: JSON.stringify(intents), auto_confidence: s.autoConfidence, updated_at: t }).where('id', '=', mailboxId).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new ReviewError('no such mailbox', 404);
    await appendEvent(trx, { type: 'mailbox_settings', actor: userId, at: t, data: { mailboxId, mode: s.mode, autoIntents: intents, autoConfidence: s.autoConfidence } });
    return trx.selectFrom('mailboxes').selectAll().where('id', '=', mailboxId).executeTakeFirstOrThrow();
  });
}
