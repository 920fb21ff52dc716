import { ActionCheck } from '../../domain/actionCheck.ts';
import { ClassifierResult } from '../../domain/classification.ts';
import { ResolvedFacts } from '../../domain/facts.ts';
import { ActionResult, type Customer, type Order, ProposedAction } from '../../domain/shop.ts';
import { replyDestination } from '../../domain/senderIdentity.ts';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import type { DraftRow, EventRow, MessageRow, OutboxRow, ThreadRow } from '../../store/schema.ts';

export interface DraftView {
  id: string;
  subject: string;
  body: string;
  originalBody: string;
  status: string;
  edited: boolean;
  approvedBy: string | null;
  approvedAt: string | null;
  intent: string;
  language: string;
  factsUsed: string[];
  proposedAction: ProposedAction | null;
  actionStatus: string | null;
  actionResult: ActionResult | null;
  /** The action cross-checked against the email and the order; null for drafts from before the check. */
  actionCheck: ActionCheck | null;
  edits: { body: string; editedBy: string; at: string }[];
}

/** Why the agent did what it did with one message: shown beside the draft. */
export interface WhyView {
  intent: string | null;
  action: string | null;
  confidence: number | null;
  source: string | null;
  fallbackReason: string | null;
  reasons: string[];
  escalation: string | null;
  droppedOrderNumbers: string[];
  orderNumbers: string[];
  /** Order numbers in the email past the lookup cap (MAX_ORDER_LOOKUPS): never looked up. */
  notLookedUpOrderNames: string[];
  identity: string | null;
  lookups: string[];
  stateReason: string | null;
}

/** Where the reply to one message goes, shown next to the Send button. */
export interface DestinationView {
  /** Exactly the address the send step writes to (replyDestination). */
  address: string;
  /** The email of the orders this reply is about: those the draft used, else the thread customer's (whose orders the desk shows). */
  orderEmail: string;
  /** 'authenticated' | 'not_confirmed' | 'not_checked', or null before triage. */
  senderCheck: string | null;
  senderCheckReason: string | null;
  /** Shown in red: the reply would go somewhere other than the order's email, or the sender is not confirmed. */
  warnings: string[];
}

export interface MessageView {
  id: string;
  state: string;
  from: string | null;
  fromName: string | null;
  subject: string | null;
  newText: string;
  quotedText: string;
  signature: string;
  receivedAt: string;
  sentDate: string | null;
  attachments: { filename?: string; contentType?: string; size?: number }[];
  draft: DraftView | null;
  why: WhyView;
  destination: DestinationView;
  /** Whether staff can still act on it (approve, reject, escalate). */
  actionable: boolean;
}

export interface ThreadView {
  thread: ThreadRow;
  /** Inbound messages and our sent replies, in time order. */
  items: ({ kind: 'inbound'; at: string; message: MessageView } | { kind: 'reply'; at: string; reply: OutboxRow })[];
  customer: {
    email: string;
    profile: Customer | null;
    orders: Order[];
    shopError: string | null;
    otherThreads: { id: string; subject: string; status: string; lastMessageAt: string }[];
    events: EventRow[];
  };
  users: { id: string; name: string }[];
}

const ACTIONABLE = new Set(['awaiting_review', 'escalated', 'failed', 'needs_attention']);

function parseJson<T>(text: string | null, parse: (v: unknown) => T): T | null {
  if (!text) return null;
  try {
    return parse(JSON.parse(text));
  } catch {
    return null;
  }
}

function toWhy(m: MessageRow): WhyView {
  const cr = parseJson(m.classification, (v) => ClassifierResult.parse(v));
  const facts = parseJson(m.facts, (v) => ResolvedFacts.parse(v));
  return {
    intent: m.intent,
    action: m.action,
    confidence: m.confidence,
    source: cr?.source ?? null,
    fallbackReason: cr?.fallbackReason ?? null,
    reasons: cr?.classification.reasons ?? [],
    escalation: cr?.classification.escalation ?? null,
    droppedOrderNumbers: cr?.droppedOrderNumbers ?? [],
    orderNumbers: JSON.parse(m.order_numbers) as string[],
    notLookedUpOrderNames: facts?.notLookedUpOrderNames ?? [],
    identity: facts?.identity ?? null,
    lookups: facts?.lookups ?? [],
    stateReason: m.guard_code && m.reason ? `${m.reason} (loop guard: ${m.guard_code})` : m.reason,
  };
}

const lower = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

function toDestination(m: MessageRow, threadCustomer: string): DestinationView {
  const address = replyDestination(m.from_address);
  const orders = parseJson(m.facts, (v) => ResolvedFacts.parse(v))?.orders ?? [];
  const owners = orders.length ? orders.flatMap((o) => [lower(o.email), lower(o.customerEmail)]).filter(Boolean) : [lower(threadCustomer)];
  const orderEmail = owners[0] ?? '';
  const warnings: string[] = [];
  if (m.sender_check === 'not_confirmed') warnings.push(`Identity not confirmed: ${m.sender_check_reason ?? 'unknown reason'}. Share no order details.`);
  if (!address) warnings.push('The message has no sender address to reply to.');
  else if (!owners.includes(address)) warnings.push(`${address} is not the order's email (${orderEmail}).`);
  return { address, orderEmail, senderCheck: m.sender_check, senderCheckReason: m.sender_check_reason, warnings };
}

function toDraft(d: DraftRow, edits: { body: string; edited_by: string; created_at: string }[]): DraftView {
  return {
    id: d.id,
    subject: d.subject,
    body: d.body,
    originalBody: d.original_body,
    status: d.status,
    edited: d.edited === 1,
    approvedBy: d.approved_by,
    approvedAt: d.approved_at,
    intent: d.intent,
    language: d.language,
    factsUsed: JSON.parse(d.facts_used) as string[],
    proposedAction: parseJson(d.proposed_action, (v) => ProposedAction.parse(v)),
    actionStatus: d.action_status,
    actionResult: parseJson(d.action_result, (v) => ActionResult.parse(v)),
    actionCheck: parseJson(d.action_check, (v) => ActionCheck.parse(v)),
    edits: edits.map((e) => ({ body: e.body, editedBy: e.edited_by, at: e.created_at })),
  };
}

/**
 * Everything the thread page shows. Shop facts are looked up only for the thread's own customer
 * email (the identity rule holds in the desk too), and a shop outage never hides the thread.
 */
export async function loadThread(deps: PipelineDeps, threadId: string): Promise<ThreadView | null> {
  const { db } = deps;
  const thread = await db.selectFrom('threads').selectAll().where('id', '=', threadId).executeTakeFirst();
  if (!thread) return null;
  const [messages, drafts, replies, users] = await Promise.all([
    db.selectFrom('messages').selectAll().where('thread_id', '=', threadId).orderBy('received_at').orderBy('id').execute(),
    db.selectFrom('drafts').selectAll().where('thread_id', '=', threadId).execute(),
    db.selectFrom('outbox').selectAll().where('thread_id', '=', threadId).where('status', '=', 'sent').execute(),
    db.selectFrom('users').select(['id', 'name']).where('disabled', '=', 0).orderBy('name').execute(),
  ]);
  const draftIds = drafts.map((d) => d.id);
  const edits = draftIds.length
    ? await db.selectFrom('draft_edits').select(['draft_id', 'body', 'edited_by', 'created_at']).where('draft_id', 'in', draftIds).orderBy('created_at').execute()
    : [];

  const items: ThreadView['items'] = [];
  for (const m of messages) {
    const d = drafts.find((x) => x.message_id === m.id);
    items.push({
      kind: 'inbound',
      at: m.received_at,
      message: {
        id: m.id,
        state: m.state,
        from: m.from_address,
        fromName: m.from_name,
        subject: m.subject,
        newText: m.new_text ?? m.text ?? '',
        quotedText: m.quoted_text ?? '',
        signature: m.signature ?? '',
        receivedAt: m.received_at,
        sentDate: m.sent_date,
        attachments: JSON.parse(m.attachments) as MessageView['attachments'],
        draft: d ? toDraft(d, edits.filter((e) => e.draft_id === d.id)) : null,
        why: toWhy(m),
        destination: toDestination(m, thread.customer_email),
        actionable: ACTIONABLE.has(m.state),
      },
    });
  }
  for (const r of replies) items.push({ kind: 'reply', at: r.sent_at ?? r.created_at, reply: r });
  items.sort((a, b) => a.at.localeCompare(b.at));

  const email = thread.customer_email;
  let profile: Customer | null = null;
  let orders: Order[] = [];
  let shopError: string | null = null;
  try {
    [profile, orders] = await Promise.all([deps.shop.customerByEmail(email), deps.shop.recentOrdersByEmail(email, 5)]);
  } catch (err) {
    shopError = (err as Error).message;
    deps.log.warn({ threadId, err: shopError }, 'shop lookup for the desk failed');
  }
  const [otherThreads, events] = await Promise.all([
    db.selectFrom('threads').select(['id', 'subject', 'status', 'last_message_at']).where('customer_email', '=', email).where('id', '!=', threadId).orderBy('last_message_at', 'desc').limit(20).execute(),
    db
      .selectFrom('events')
      .selectAll()
      .where((eb) => eb.or([eb('thread_id', '=', threadId), eb('message_id', 'in', messages.length ? messages.map((m) => m.id) : ['']), eb('customer_email', '=', email)]))
      .orderBy('id', 'desc')
      .limit(60)
      .execute(),
  ]);
  return {
    thread,
    items,
    customer: {
      email,
      profile,
      orders,
      shopError,
      otherThreads: otherThreads.map((t) => ({ id: t.id, subject: t.subject, status: t.status, lastMessageAt: t.last_message_at })),
      events,
    },
    users,
  };
}
