import { sql } from 'kysely';
import { z } from 'zod';
import { type CustomerNote, listNotes } from '../../crm/notes.ts';
import { SEGMENT_IDS, type SegmentId, type SegmentSummary, listSegments, segmentMembers, segmentsOf } from '../../crm/segments.ts';
import { type CustomerTags, customersTagged, listTags } from '../../crm/tags.ts';
import { customerTimeline, type TimelineEntry } from '../../crm/timeline.ts';
import type { Db } from '../../store/db.ts';
import type { CustomerRow } from '../../store/schema.ts';

// What the desk's customer pages show: the list (everyone deskhand knows: a synced profile or a
// thread) and one customer's CRM record. Segment rules live in src/crm/segments.ts.

/** Message states with nothing left for staff to do: a thread with only these is not open. */
const DONE_STATES = ['sent', 'logged', 'ignored'] as const;

export const CustomerFilter = z.object({
  q: z.string().trim().max(200).catch('').default(''),
  segment: z.enum(SEGMENT_IDS).or(z.literal('')).catch('').default(''),
  tag: z.string().trim().max(40).catch('').default(''),
  limit: z.coerce.number().int().min(1).max(500).catch(200).default(200),
});
export type CustomerFilter = z.infer<typeof CustomerFilter>;

export interface CustomerListItem {
  email: string;
  name: string | null;
  /** Whether there is a profile row (synced from the shop or recorded after a reply). */
  synced: boolean;
  ordersCount: number;
  totalSpent: string;
  currency: string | null;
  lastOrderAt: string | null;
  segments: SegmentId[];
  tags: string[];
  threads: number;
  openThreads: number;
  lastContactAt: string | null;
}

export const normEmail = (e: string) => e.trim().toLowerCase();

/** Each segment's member addresses (one query per segment, not per customer). */
async function segmentMap(db: Db, now: Date): Promise<Map<string, SegmentId[]>> {
  const out = new Map<string, SegmentId[]>();
  for (const id of SEGMENT_IDS) for (const m of await segmentMembers(db, id, { now })) out.set(m.email, [...(out.get(m.email) ?? []), id]);
  return out;
}

/** Threads per customer address: total, open (a message still needing work) and the last contact. */
async function threadStats(db: Db) {
  const rows = await db
    .selectFrom('threads')
    .select((eb) => [
      'threads.customer_email as email',
      eb.fn.countAll<number>().as('threads'),
      eb.fn.max('threads.last_message_at').as('last_contact'),
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.exists(eb.selectFrom('messages').select('messages.id').whereRef('messages.thread_id', '=', 'threads.id').where('messages.state', 'not in', DONE_STATES)))
            .then(1)
            .else(0)
            .end(),
        )
        .as('open'),
    ])
    .groupBy('threads.customer_email')
    .execute();
  return new Map(rows.map((r) => [r.email, { threads: Number(r.threads), open: Number(r.open ?? 0), lastContact: r.last_contact as string | null }]));
}

/** The customers list with its filters; most recent activity first. */
export async function listCustomers(db: Db, filter: CustomerFilter, now: Date): Promise<CustomerListItem[]> {
  const [customers, stats, segments, tagRows, senderNames] = await Promise.all([
    db.selectFrom('customers').selectAll().execute(),
    threadStats(db),
    segmentMap(db, now),
    db.selectFrom('customer_tags').select(['customer_email', 'tag']).orderBy('tag').execute(),
    // Names for people without a synced profile, from their emails.
    db.selectFrom('messages').select((eb) => ['from_address', eb.fn.max('from_name').as('name')]).where('from_address', 'is not', null).groupBy('from_address').execute(),
  ]);
  const tags = new Map<string, string[]>();
  for (const t of tagRows) tags.set(t.customer_email, [...(tags.get(t.customer_email) ?? []), t.tag]);
  const names = new Map(senderNames.map((n) => [n.from_address!, n.name as string | null]));

  const items = new Map<string, CustomerListItem>();
  const blank = (email: string): CustomerListItem => ({
    email,
    name: names.get(email) ?? null,
    synced: false,
    ordersCount: 0,
    totalSpent: '0',
    currency: null,
    lastOrderAt: null,
    segments: segments.get(email) ?? [],
    tags: tags.get(email) ?? [],
    threads: stats.get(email)?.threads ?? 0,
    openThreads: stats.get(email)?.open ?? 0,
    lastContactAt: stats.get(email)?.lastContact ?? null,
  });
  for (const c of customers) items.set(c.email, { ...blank(c.email), name: c.name ?? names.get(c.email) ?? null, synced: true, ordersCount: c.orders_count, totalSpent: c.total_spent, currency: c.currency, lastOrderAt: c.last_order_at });
  for (const email of stats.keys()) if (!items.has(email)) items.set(email, blank(email));

  let list = [...items.values()];
  if (filter.segment) list = list.filter((c) => c.segments.includes(filter.segment as SegmentId));
  if (filter.tag) {
    const tagged = new Set(await customersTagged(db, filter.tag));
    list = list.filter((c) => tagged.has(c.email));
  }
  if (filter.q) {
    const q = filter.q.toLowerCase();
    list = list.filter((c) => c.email.includes(q) || (c.name ?? '').toLowerCase().includes(q));
  }
  const recent = (c: CustomerListItem) => [c.lastContactAt ?? '', c.lastOrderAt ?? ''].sort().at(-1)!;
  list.sort((a, b) => recent(b).localeCompare(recent(a)) || a.email.localeCompare(b.email));
  return list.slice(0, filter.limit);
}

/** Segment tabs with their sizes, and every staff tag in use (for the filter). */
export async function customerFilterOptions(db: Db, now: Date): Promise<{ segments: SegmentSummary[]; tags: string[] }> {
  const [segments, tags] = await Promise.all([listSegments(db, { now }), db.selectFrom('customer_tags').select('tag').distinct().orderBy('tag').execute()]);
  return { segments, tags: tags.map((t) => t.tag) };
}

export interface CustomerThread {
  id: string;
  subject: string;
  lastMessageAt: string;
  open: boolean;
}

export interface CustomerRecord {
  email: string;
  /** From the sender's emails when there is no synced profile. */
  name: string | null;
  customer: CustomerRow | null;
  segments: SegmentId[];
  tags: CustomerTags;
  notes: CustomerNote[];
  threads: CustomerThread[];
  timeline: TimelineEntry[];
  /** The thread of each timeline entry (entries with only a message id included). */
  threadOf: Record<string, string>;
  /** Staff names by user id, for "by …" on the timeline and notes. */
  users: Record<string, string>;
}

/** Whether deskhand knows this address at all (a profile, a thread, a note or a tag). */
export async function customerExists(db: Db, email: string): Promise<boolean> {
  const key = normEmail(email);
  const hit = await db
    .selectFrom('threads')
    .select(sql<number>`1`.as('x'))
    .where('customer_email', '=', key)
    .union(db.selectFrom('customers').select(sql<number>`1`.as('x')).where('email', '=', key))
    .union(db.selectFrom('customer_notes').select(sql<number>`1`.as('x')).where('customer_email', '=', key))
    .union(db.selectFrom('customer_tags').select(sql<number>`1`.as('x')).where('customer_email', '=', key))
    .executeTakeFirst();
  return hit !== undefined;
}

/** One customer's CRM record, or null when deskhand has never heard of them. */
export async function loadCustomerRecord(db: Db, rawEmail: string, now: Date, opts: { limit?: number; before?: string } = {}): Promise<CustomerRecord | null> {
  const email = normEmail(rawEmail);
  if (!(await customerExists(db, email))) return null;
  const [customer, segments, tags, notes, threadRows, timeline, users, sender] = await Promise.all([
    db.selectFrom('customers').selectAll().where('email', '=', email).executeTakeFirst(),
    segmentsOf(db, email, { now }),
    listTags(db, email),
    listNotes(db, email),
    db
      .selectFrom('threads')
      .select((eb) => [
        'threads.id',
        'threads.subject',
        'threads.last_message_at',
        eb.exists(eb.selectFrom('messages').select('messages.id').whereRef('messages.thread_id', '=', 'threads.id').where('messages.state', 'not in', DONE_STATES)).as('open'),
      ])
      .where('threads.customer_email', '=', email)
      .orderBy('threads.last_message_at', 'desc')
      .execute(),
    customerTimeline(db, email, { limit: opts.limit ?? 200, ...(opts.before ? { before: opts.before } : {}) }),
    db.selectFrom('users').select(['id', 'name']).execute(),
    db.selectFrom('messages').select('from_name').where('from_address', '=', email).where('from_name', 'is not', null).orderBy('received_at', 'desc').limit(1).executeTakeFirst(),
  ]);
  const messageIds = [...new Set(timeline.filter((e) => e.messageId && !e.threadId).map((e) => e.messageId!))];
  const threadOf: Record<string, string> = {};
  if (messageIds.length) {
    const rows = await db.selectFrom('messages').select(['id', 'thread_id']).where('id', 'in', messageIds).execute();
    for (const r of rows) if (r.thread_id) threadOf[r.id] = r.thread_id;
  }
  return {
    email,
    name: customer?.name ?? sender?.from_name ?? null,
    customer: customer ?? null,
    segments,
    tags,
    notes,
    threads: threadRows.map((t) => ({ id: t.id, subject: t.subject, lastMessageAt: t.last_message_at, open: Boolean(Number(t.open)) })),
    timeline,
    threadOf,
    users: Object.fromEntries(users.map((u) => [u.id, u.name])),
  };
}

/** The thread an entry belongs to (for its link), if any. */
export function threadOfEntry(r: Pick<CustomerRecord, 'threadOf'>, e: TimelineEntry): string | null {
  return e.threadId ?? (e.messageId ? (r.threadOf[e.messageId] ?? null) : null);
}

/** Segment badges and staff tags for the thread page's sidebar. */
export async function customerBadges(db: Db, rawEmail: string, now: Date): Promise<{ segments: SegmentId[]; staffTags: string[] }> {
  const email = normEmail(rawEmail);
  const [segments, tags] = await Promise.all([segmentsOf(db, email, { now }), listTags(db, email)]);
  return { segments, staffTags: tags.staff };
}
