import { randomUUID } from 'node:crypto';
import type { PipelineDeps } from './deps.ts';
import { type ActionCheck, checkProposedAction, customerWords } from '../domain/actionCheck.ts';
import { type ActionResult, type Order, ProposedAction } from '../domain/shop.ts';
import { appendEvent } from '../store/events.ts';
import { getMessage, transition } from '../store/messages.ts';
import type { DraftRow, MessageState } from '../store/schema.ts';

// What staff do in the review desk. Every change is one transaction with an event naming who
// did it and when. Nothing here sends mail or writes to Shopify on its own, except
// approveProposedAction, which is the person's approval of that one write.

export class ReviewError extends Error {
  readonly status: 400 | 404 | 409;

  constructor(message: string, status: 400 | 404 | 409 = 409) {
    super(message);
    this.status = status;
    this.name = 'ReviewError';
  }
}

async function loadDraft(deps: PipelineDeps, draftId: string): Promise<DraftRow> {
  const d = await deps.db.selectFrom('drafts').selectAll().where('id', '=', draftId).executeTakeFirst();
  if (!d) throw new ReviewError('no such draft', 404);
  return d;
}

/** Saves a staff edit of the draft's text (the original stays for the record). */
export async function editDraft(deps: PipelineDeps, draftId: string, userId: string, body: string): Promise<void> {
  const d = await loadDraft(deps, draftId);
  if (d.status === 'sent') throw new ReviewError('this reply was already sent');
  if (body === d.body) return;
  const t = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('draft_edits').values({ id: randomUUID(), draft_id: draftId, body, edited_by: userId, created_at: t }).execute();
    await trx.updateTable('drafts').set({ body, edited: 1, updated_at: t }).where('id', '=', draftId).execute();
    await appendEvent(trx, { type: 'draft_edited', messageId: d.message_id, threadId: d.thread_id, actor: userId, at: t, data: { draftId, chars: body.length } });
  });
}

/** Approves the draft for sending (after an optional last edit). The runner then sends it. */
export async function approveDraft(deps: PipelineDeps, draftId: string, userId: string, body?: string): Promise<void> {
  if (body !== undefined) await editDraft(deps, draftId, userId, body);
  const d = await loadDraft(deps, draftId);
  if (d.body.trim() === '') throw new ReviewError('the reply is empty: write it before approving', 400);
  const msg = await getMessage(deps.db, d.message_id);
  if (!msg) throw new ReviewError('no such message', 404);
  const from = msg.state as MessageState;
  if (!['awaiting_review', 'escalated', 'failed', 'drafted'].includes(from)) throw new ReviewError(`cannot approve a message in state ${from}`);
  const now = deps.now();
  const t = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const moved = await transition(trx, d.message_id, from, 'approved', { reviewed_at: t, reason: `approved by ${userId}`, attempts: 0 }, now, userId);
    if (!moved) throw new ReviewError('someone else changed this message first; reload');
    await trx.updateTable('drafts').set({ status: 'approved', approved_by: userId, approved_at: t, updated_at: t }).where('id', '=', draftId).execute();
  });
}

/** Staff answer a message that has no draft (escalated, failed): creates the draft and approves it. */
export async function composeReply(deps: PipelineDeps, messageId: string, userId: string, subject: string, body: string): Promise<string> {
  const msg = await getMessage(deps.db, messageId);
  if (!msg?.thread_id) throw new ReviewError('no such message', 404);
  const existing = await deps.db.selectFrom('drafts').select('id').where('message_id', '=', messageId).executeTakeFirst();
  if (existing) {
    await approveDraft(deps, existing.id, userId, body);
    return existing.id;
  }
  const t = deps.now().toISOString();
  const id = randomUUID();
  await deps.db
    .insertInto('drafts')
    .values({ id, message_id: messageId, thread_id: msg.thread_id, intent: msg.intent ?? 'other', language: msg.language ?? 'en', subject, body, original_body: '', proposed_action: null, action_status: null, action_result: null, facts_used: '[]', status: 'pending', edited: 1, approved_by: null, approved_at: null, created_at: t, updated_at: t })
    .execute();
  await approveDraft(deps, id, userId);
  return id;
}

/** Closes the message without a reply. */
export async function rejectDraft(deps: PipelineDeps, draftId: string, userId: string, note = ''): Promise<void> {
  const d = await loadDraft(deps, draftId);
  const msg = await getMessage(deps.db, d.message_id);
  if (!msg) throw new ReviewError('no such message', 404);
  if (!['awaiting_review', 'escalated', 'failed'].includes(msg.state)) throw new ReviewError(`cannot reject a message in state ${msg.state}`);
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const moved = await transition(trx, d.message_id, msg.state as MessageState, 'ignored', { reason: `rejected by ${userId}${note ? `: ${note}` : ''}` }, now, userId);
    if (!moved) throw new ReviewError('someone else changed this message first; reload');
    await trx.updateTable('drafts').set({ status: 'rejected', updated_at: now.toISOString() }).where('id', '=', draftId).execute();
  });
}

/** Hands the message to a person: it leaves the review queue for the escalated one. */
export async function escalateMessage(deps: PipelineDeps, messageId: string, userId: string, note = ''): Promise<void> {
  const msg = await getMessage(deps.db, messageId);
  if (!msg) throw new ReviewError('no such message', 404);
  if (!['awaiting_review', 'failed', 'needs_attention'].includes(msg.state)) throw new ReviewError(`cannot escalate a message in state ${msg.state}`);
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    const moved = await transition(trx, messageId, msg.state as MessageState, 'escalated', { reason: `escalated by ${userId}${note ? `: ${note}` : ''}` }, now, userId);
    if (!moved) throw new ReviewError('someone else changed this message first; reload');
  });
}

export async function assignThread(deps: PipelineDeps, threadId: string, userId: string, assignee: string | null): Promise<void> {
  const t = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const r = await trx.updateTable('threads').set({ assigned_to: assignee }).where('id', '=', threadId).executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) throw new ReviewError('no such thread', 404);
    await appendEvent(trx, { type: 'assigned', threadId, actor: userId, at: t, data: { assignee } });
  });
}

/**
 * The proposed action checked again at approval time, against the order as the store has it now
 * and the message's verified sender and words. A store that cannot be reached is a problem too.
 */
async function recheckAction(deps: PipelineDeps, d: DraftRow, action: ProposedAction): Promise<ActionCheck> {
  const msg = await getMessage(deps.db, d.message_id);
  if (!msg) throw new ReviewError('no such message', 404);
  let order: Order | null;
  try {
    order = await deps.shop.orderByName(action.orderName);
  } catch (err) {
    return { ok: false, problems: [`The order could not be checked in the store: ${(err as Error).message}`] };
  }
  return checkProposedAction({
    action,
    order,
    verifiedAddress: msg.identity_verified === 1 ? msg.from_address : null,
    customerText: customerWords(msg),
  });
}

export interface ApproveActionOptions {
  /** The reviewer checked the mismatches shown beside the action and runs it anyway. */
  override?: boolean;
}

/**
 * A person approves the draft's proposed write action (cancel, refund, address change): only now
 * is it executed on the shop. Shopify's userErrors are kept on the draft and shown to staff.
 * An action that does not fit the customer's message or the order (src/domain/actionCheck.ts) is
 * refused unless the reviewer overrides explicitly; the override is in the event log.
 */
export async function approveProposedAction(deps: PipelineDeps, draftId: string, userId: string, opts: ApproveActionOptions = {}): Promise<ActionResult> {
  const d = await loadDraft(deps, draftId);
  if (!d.proposed_action) throw new ReviewError('this draft proposes no action', 400);
  if (d.action_status !== 'proposed' && d.action_status !== 'failed') throw new ReviewError(`the action is already ${d.action_status}`);
  const action = ProposedAction.parse(JSON.parse(d.proposed_action));
  const check = await recheckAction(deps, d, action);
  const t = deps.now().toISOString();
  if (!check.ok && !opts.override) {
    await deps.db.updateTable('drafts').set({ action_check: JSON.stringify(check), updated_at: t }).where('id', '=', draftId).execute();
    throw new ReviewError(
      `Not approved: the proposed action does not match the customer's email or the order. ${check.problems.join(' ')} Check it yourself; to run it anyway, approve again with the override.`,
      409,
    );
  }
  // Claim it first, so two clicks cannot run the mutation twice.
  const claim = await deps.db
    .updateTable('drafts')
    .set({ action_status: 'approved', action_check: JSON.stringify(check), updated_at: t })
    .where('id', '=', draftId)
    .where('action_status', '=', d.action_status)
    .executeTakeFirst();
  if (Number(claim.numUpdatedRows) !== 1) throw new ReviewError('someone else approved this action first');
  await appendEvent(deps.db, {
    type: 'action_approved',
    messageId: d.message_id,
    threadId: d.thread_id,
    actor: userId,
    at: t,
    data: { action, ...(check.ok ? {} : { overridden: check.problems }) },
  });

  let result: ActionResult;
  try {
    result = await deps.shop.execute(action);
  } catch (err) {
    result = { ok: false, userErrors: [], detail: (err as Error).message };
  }
  const done = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('drafts').set({ action_status: result.ok ? 'done' : 'failed', action_result: JSON.stringify(result), updated_at: done }).where('id', '=', draftId).execute();
    await appendEvent(trx, { type: result.ok ? 'action_executed' : 'action_failed', messageId: d.message_id, threadId: d.thread_id, actor: userId, at: done, data: { action: action.kind, orderName: action.orderName, result } });
  });
  return result;
}

export async function refuseProposedAction(deps: PipelineDeps, draftId: string, userId: string): Promise<void> {
  const d = await loadDraft(deps, draftId);
  if (d.action_status !== 'proposed') throw new ReviewError(`the action is ${d.action_status ?? 'absent'}`);
  const t = deps.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('drafts').set({ action_status: 'refused', updated_at: t }).where('id', '=', draftId).execute();
    await appendEvent(trx, { type: 'action_refused', messageId: d.message_id, threadId: d.thread_id, actor: userId, at: t, data: {} });
  });
}
