import { randomUUID } from 'node:crypto';
import type { PipelineDeps } from './deps.ts';
import { checkProposedAction, customerWords } from '../domain/actionCheck.ts';
import { ClassifierResult } from '../domain/classification.ts';
import { mentionsRefund, renderDraft } from '../domain/drafting.ts';
import { ResolvedFacts } from '../domain/facts.ts';
import { appendEvent } from '../store/events.ts';
import { commitTransition } from './commitTransition.ts';
import { getMessage, type StoredMessage } from '../store/messages.ts';

/**
 * resolved → drafted: the reply template for the intent and language, filled only with the
 * resolved facts. In mailbox mode `off` the agent writes nothing: staff get an empty draft.
 */
export async function draftStep(deps: PipelineDeps, id: string, known?: StoredMessage): Promise<StoredMessage | null> {
  const row = known ?? (await getMessage(deps.db, id));
  if (!row || row.state !== 'resolved' || !row.thread_id) return null;
  const { classification } = ClassifierResult.parse(JSON.parse(row.classification ?? 'null'));
  const facts = ResolvedFacts.parse(JSON.parse(row.facts ?? 'null'));
  const mailbox = await deps.db.selectFrom('mailboxes').select('mode').where('id', '=', row.mailbox_id).executeTakeFirstOrThrow();
  const now = deps.now();

  // The From display name only: renderDraft prefers the shop's first name itself, and only when
  // the identity rule allows using the shop's customer record at all.
  const customerName = row.from_name ? row.from_name.split(/\s+/)[0]! : null;
  const content = renderDraft({
    classification,
    facts,
    subject: row.subject ?? '',
    customerName,
    storeName: deps.config.STORE_NAME,
    signature: deps.config.SUPPORT_FROM_NAME,
    now,
    refundRequested: mentionsRefund(row.new_text ?? ''),
  });
  const body = mailbox.mode === 'off' ? '' : content.body;
  // The proposed action against the customer's own words and the order the resolve step found
  // (only the sender's orders are in the facts); a mismatch blocks one-click approval in the desk.
  const actionCheck = content.proposedAction
    ? checkProposedAction({
        action: content.proposedAction,
        order: facts.orders.find((o) => o.id === content.proposedAction!.orderId) ?? null,
        verifiedAddress: facts.identity === 'verified' ? row.from_address : null,
        customerText: customerWords(row),
      })
    : null;
  const t = now.toISOString();
  const draftId = randomUUID();

  return commitTransition(deps, row, 'drafted', { drafted_at: t, reason: null }, now, {
    alsoWrite: async (trx) => {
      await trx
        .insertInto('drafts')
        .values({
          id: draftId,
          message_id: id,
          thread_id: row.thread_id!,
          intent: classification.intent,
          language: content.language,
          subject: content.subject,
          body,
          original_body: body,
          proposed_action: content.proposedAction ? JSON.stringify(content.proposedAction) : null,
          action_status: content.proposedAction ? 'proposed' : null,
          action_result: null,
          action_check: actionCheck ? JSON.stringify(actionCheck) : null,
          facts_used: JSON.stringify(content.factsUsed),
          status: 'pending',
          edited: 0,
          approved_by: null,
          approved_at: null,
          created_at: t,
          updated_at: t,
        })
        .onConflict((oc) => oc.column('message_id').doNothing())
        .execute();
      await appendEvent(trx, {
        type: 'drafted',
        messageId: id,
        threadId: row.thread_id,
        customerEmail: row.from_address,
        at: t,
        data: {
          draftId,
          intent: classification.intent,
          language: content.language,
          proposedAction: content.proposedAction?.kind ?? null,
          ...(actionCheck && !actionCheck.ok ? { actionCheckProblems: actionCheck.problems } : {}),
        },
      });
    },
  });
}
