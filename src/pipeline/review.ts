import type { PipelineDeps } from './deps.ts';
import { ResolvedFacts } from '../domain/facts.ts';
import { autoSendBlock } from './autoSendSafety.ts';
import { commitTransition } from './commitTransition.ts';
import { getMessage, type StoredMessage } from '../store/messages.ts';

export interface AutoSendPolicy {
  mode: string;
  autoIntents: string[];
  autoConfidence: number;
  /** AUTO_SEND_UNCHECKED_SENDERS: also auto-send when no trusted server checked the sender. */
  allowUncheckedSenders?: boolean;
}

/**
 * Whether a draft may be sent without a person: only in mode `auto`, for an intent on the owner's
 * allow-list, with the sender's identity verified, the sender authenticated by a trusted mail
 * server (or the owner's opt-in for unchecked senders, never for unconfirmed ones), confidence at
 * or above the threshold, and no proposed write action. Returns the reason it must wait for review, or null.
 */
export function reviewNeeded(
  policy: AutoSendPolicy,
  m: {
    intent: string;
    confidence: number;
    identity: ResolvedFacts['identity'];
    hasProposedAction: boolean;
    emptyBody: boolean;
    /** The sender check's state (src/domain/senderIdentity.ts); null (never checked) counts as not_checked. */
    senderCheck?: string | null;
  },
): string | null {
  if (policy.mode !== 'auto') return `mode ${policy.mode}`;
  if (!policy.autoIntents.includes(m.intent)) return `intent ${m.intent} not on the auto-send list`;
  if (m.identity !== 'verified') return `sender identity ${m.identity}`;
  const check = m.senderCheck ?? 'not_checked';
  if (check === 'not_confirmed') return 'sender identity not confirmed';
  if (check !== 'authenticated' && !policy.allowUncheckedSenders) return 'sender not checked (no trusted Authentication-Results) and AUTO_SEND_UNCHECKED_SENDERS is off';
  if (m.confidence < policy.autoConfidence) return `confidence ${m.confidence.toFixed(2)} below ${policy.autoConfidence}`;
  if (m.hasProposedAction) return 'a proposed action needs approval';
  if (m.emptyBody) return 'empty draft';
  return null;
}

/** drafted → approved (auto-send) | awaiting_review. */
export async function reviewStep(deps: PipelineDeps, id: string, known?: StoredMessage): Promise<StoredMessage | null> {
  const row = known ?? (await getMessage(deps.db, id));
  if (!row || row.state !== 'drafted') return null;
  const mailbox = await deps.db.selectFrom('mailboxes').selectAll().where('id', '=', row.mailbox_id).executeTakeFirstOrThrow();
  const draft = await deps.db.selectFrom('drafts').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
  const facts = ResolvedFacts.parse(JSON.parse(row.facts ?? 'null'));
  const policyWhy = reviewNeeded(
    {
      mode: mailbox.mode,
      autoIntents: JSON.parse(mailbox.auto_intents) as string[],
      autoConfidence: mailbox.auto_confidence,
      allowUncheckedSenders: deps.config.AUTO_SEND_UNCHECKED_SENDERS,
    },
    {
      intent: draft.intent,
      confidence: row.confidence ?? 0,
      identity: facts.identity,
      hasProposedAction: !!draft.proposed_action,
      emptyBody: draft.body.trim() === '',
      senderCheck: row.sender_check,
    },
  );
  // Only a reply about to go out by itself needs the safety net's look-ups.
  const why = policyWhy ?? (await autoSendBlock(deps.db, row));
  const now = deps.now();
  const t = now.toISOString();
  if (why) {
    return commitTransition(deps, row, 'awaiting_review', { reason: `review: ${why}` }, now);
  }
  return commitTransition(deps, row, 'approved', { reviewed_at: t, reason: 'auto-approved' }, now, {
    actor: 'auto',
    alsoWrite: async (trx) => {
      await trx.updateTable('drafts').set({ status: 'approved', approved_by: 'auto', approved_at: t, updated_at: t }).where('id', '=', draft.id).execute();
    },
  });
}
