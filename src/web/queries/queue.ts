import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../store/db.ts';
import type { MessageState } from '../../store/schema.ts';

/** Hours after which an unanswered message is past the service-level target (highlighted). */
export const SLA_HOURS = 4;

export const QUEUE_TABS = {
  review: { label: 'Awaiting review', states: ['awaiting_review'] },
  escalated: { label: 'Escalated', states: ['escalated'] },
  failed: { label: 'Failed', states: ['failed', 'needs_attention'] },
  sent: { label: 'Sent', states: ['approved', 'sent', 'logged'] },
  ignored: { label: 'Ignored', states: ['ignored'] },
} as const satisfies Record<string, { label: string; states: readonly MessageState[] }>;
export type QueueTab = keyof typeof QUEUE_TABS;

export const AGES = { '': 'Any age', lt1h: 'Under 1 h', lt4h: 'Under 4 h', gt4h: 'Over 4 h (past SLA)', gt24h: 'Over 24 h' } as const;

/** The queue's filters, from query parameters (unknown values fall back to "any"). */
export const QueueFilter = z.object({
  tab: z.enum(Object.keys(QUEUE_TABS) as [QueueTab, ...QueueTab[]]).catch('review').default('review'),
  intent: z.string().max(40).catch('').default(''),
  language: z.string().max(8).catch('').default(''),
  mailbox: z.string().max(100).catch('').default(''),
  age: z.enum(Object.keys(AGES) as [keyof typeof AGES, ...(keyof typeof AGES)[]]).catch('').default(''),
  q: z.string().trim().max(200).catch('').default(''),
  limit: z.coerce.number().int().min(1).max(500).catch(100).default(100),
});
export type QueueFilter = z.infer<typeof QueueFilter>;

export interface QueueItem {
  messageId: string;
  threadId: string | null;
  draftId: string | null;
  mailboxId: string;
  state: string;
  reason: string | null;
  /** The loop-guard rule that stopped the message (LoopGuardCode), if it was the loop guard. */
  guardCode: string | null;
  from: string | null;
  fromName: string | null;
  subject: string | null;
  snippet: string;
  intent: string | null;
  language: string | null;
  confidence: number | null;
  receivedAt: string;
  sentAt: string | null;
  /** Minutes since the message arrived (until it was answered, for sent ones). */
  ageMinutes: number;
  pastSla: boolean;
  proposedAction: string | null;
  assignedTo: string | null;
}

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
const likePattern = (q: string) => `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listQueue(db: Db, filter: QueueFilter, now: Date): Promise<QueueItem[]> {
  const tab = QUEUE_TABS[filter.tab];
  let query = db
    .selectFrom('messages as m')
    .leftJoin('drafts as d', 'd.message_id', 'm.id')
    .leftJoin('threads as t', 't.id', 'm.thread_id')
    .select([
      'm.id', 'm.thread_id', 'm.mailbox_id', 'm.state', 'm.reason', 'm.guard_code', 'm.from_address', 'm.from_name', 'm.subject', 'm.new_text', 'm.intent',
      'm.language', 'm.confidence', 'm.received_at', 'm.sent_at', 'd.id as draft_id', 'd.proposed_action', 'd.action_status', 't.assigned_to',
    ])
    .where('m.state', 'in', [...tab.states]);
  if (filter.intent) query = query.where('m.intent', '=', filter.intent);
  if (filter.language) query = query.where('m.language', '=', filter.language);
  if (filter.mailbox) query = query.where('m.mailbox_id', '=', filter.mailbox);
  if (filter.age) {
    const hours = { lt1h: 1, lt4h: SLA_HOURS, gt4h: SLA_HOURS, gt24h: 24 }[filter.age];
    const cutoff = new Date(now.getTime() - hours * 3_600_000).toISOString();
    query = filter.age.startsWith('lt') ? query.where('m.received_at', '>=', cutoff) : query.where('m.received_at', '<', cutoff);
  }
  if (filter.q) {
    const p = likePattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(coalesce(m.subject, ''))`, 'like', sql`${p} escape '\\'`),
        eb(sql`lower(coalesce(m.from_address, ''))`, 'like', sql`${p} escape '\\'`),
        eb(sql`lower(coalesce(m.from_name, ''))`, 'like', sql`${p} escape '\\'`),
        eb(sql`lower(coalesce(m.text, ''))`, 'like', sql`${p} escape '\\'`),
      ]),
    );
  }
  // Work queues oldest first (the SLA clock); history newest first.
  const oldestFirst = filter.tab === 'review' || filter.tab === 'escalated' || filter.tab === 'failed';
  const rows = await query.orderBy('m.received_at', oldestFirst ? 'asc' : 'desc').orderBy('m.id').limit(filter.limit).execute();

  return rows.map((r) => {
    const end = r.sent_at ? new Date(r.sent_at) : now;
    const ageMinutes = Math.max(0, Math.floor((end.getTime() - new Date(r.received_at).getTime()) / 60_000));
    const open = oldestFirst;
    return {
      messageId: r.id,
      threadId: r.thread_id,
      draftId: r.draft_id,
      mailboxId: r.mailbox_id,
      state: r.state,
      reason: r.reason,
      guardCode: r.guard_code,
      from: r.from_address,
      fromName: r.from_name,
      subject: r.subject,
      snippet: (r.new_text ?? '').replace(/\s+/g, ' ').trim().slice(0, 140),
      intent: r.intent,
      language: r.language,
      confidence: r.confidence,
      receivedAt: r.received_at,
      sentAt: r.sent_at,
      ageMinutes,
      pastSla: (open || !!r.sent_at) && ageMinutes > SLA_HOURS * 60,
      proposedAction: r.proposed_action && r.action_status === 'proposed' ? (JSON.parse(r.proposed_action) as { kind: string }).kind : null,
      assignedTo: r.assigned_to,
    };
  });
}

/** How many messages wait in each tab (for the tab badges). */
export async function queueCounts(db: Db): Promise<Record<QueueTab, number>> {
  const rows = await db.selectFrom('messages').select(['state', sql<number>`count(*)`.as('n')]).groupBy('state').execute();
  const byState = new Map(rows.map((r) => [r.state, Number(r.n)]));
  const out = {} as Record<QueueTab, number>;
  for (const [tab, def] of Object.entries(QUEUE_TABS) as [QueueTab, (typeof QUEUE_TABS)[QueueTab]][]) {
    out[tab] = def.states.reduce((n, s) => n + (byState.get(s) ?? 0), 0);
  }
  return out;
}

/** Values present in the data, for the filter drop-downs. */
export async function filterOptions(db: Db): Promise<{ intents: string[]; languages: string[]; mailboxes: { id: string; name: string }[] }> {
  const [intents, languages, mailboxes] = await Promise.all([
    db.selectFrom('messages').select('intent').distinct().where('intent', 'is not', null).orderBy('intent').execute(),
    db.selectFrom('messages').select('language').distinct().where('language', 'is not', null).orderBy('language').execute(),
    db.selectFrom('mailboxes').select(['id', 'name']).orderBy('name').execute(),
  ]);
  return { intents: intents.map((r) => r.intent!), languages: languages.map((r) => r.language!), mailboxes };
}
