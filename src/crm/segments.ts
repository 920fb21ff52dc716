import { sql } from 'kysely';
import type { Db } from '../store/db.ts';

export const SEGMENT_IDS = ['vip', 'at_risk', 'new', 'repeat_contacts'] as const;
export type SegmentId = (typeof SEGMENT_IDS)[number];

export interface SegmentOptions {
  now: Date;
  /** VIP: total spent at least this (in the store's currency). */
  vipSpend?: number;
  /** At risk: last order longer ago than this. */
  atRiskDays?: number;
  /** New: first order within this many days. */
  newDays?: number;
  /** Repeat contacts: at least `repeatMessages` emails within `repeatDays`. */
  repeatMessages?: number;
  repeatDays?: number;
}

export interface SegmentMember {
  email: string;
  name: string | null;
  ordersCount: number;
  totalSpent: string;
  currency: string | null;
  lastOrderAt: string | null;
  /** Emails received in the repeat-contacts window (repeat_contacts only). */
  contacts?: number;
}

export interface SegmentSummary {
  id: SegmentId;
  label: string;
  description: string;
  count: number;
}

const DAY = 86_400_000;

function resolved(o: SegmentOptions) {
  return {
    vipSpend: o.vipSpend ?? 500,
    atRiskDays: o.atRiskDays ?? 90,
    newDays: o.newDays ?? 30,
    repeatMessages: o.repeatMessages ?? 3,
    repeatDays: o.repeatDays ?? 30,
    before: (days: number) => new Date(o.now.getTime() - days * DAY).toISOString(),
  };
}

function describe(id: SegmentId, o: SegmentOptions): { label: string; description: string } {
  const r = resolved(o);
  switch (id) {
    case 'vip':
      return { label: 'VIP', description: `spent ${r.vipSpend} or more` };
    case 'at_risk':
      return { label: 'At risk', description: `last order more than ${r.atRiskDays} days ago` };
    case 'new':
      return { label: 'New customers', description: `first order in the last ${r.newDays} days` };
    case 'repeat_contacts':
      return { label: 'Repeat contacts', description: `${r.repeatMessages}+ emails in the last ${r.repeatDays} days` };
  }
}

/** The members of one segment, computed by a query over the CRM tables (no stored membership). */
export async function segmentMembers(db: Db, id: SegmentId, o: SegmentOptions): Promise<SegmentMember[]> {
  const r = resolved(o);
  if (id === 'repeat_contacts') {
    const rows = await db
      .selectFrom('messages')
      .leftJoin('customers', 'customers.email', 'messages.from_address')
      .select((eb) => [
        'messages.from_address as email',
        'customers.name as name',
        'customers.orders_count as orders_count',
        'customers.total_spent as total_spent',
        'customers.currency as currency',
        'customers.last_order_at as last_order_at',
        eb.fn.countAll<number>().as('contacts'),
      ])
      .where('messages.from_address', 'is not', null)
      .where('messages.received_at', '>=', r.before(r.repeatDays))
      .where('messages.state', '!=', 'ignored')
      .groupBy(['messages.from_address', 'customers.name', 'customers.orders_count', 'customers.total_spent', 'customers.currency', 'customers.last_order_at'])
      .having((eb) => eb.fn.countAll(), '>=', r.repeatMessages)
      .orderBy('contacts', 'desc')
      .execute();
    return rows.map((x) => ({
      email: x.email!,
      name: x.name,
      ordersCount: Number(x.orders_count ?? 0),
      totalSpent: x.total_spent ?? '0',
      currency: x.currency,
      lastOrderAt: x.last_order_at,
      contacts: Number(x.contacts),
    }));
  }
  let q = db.selectFrom('customers').selectAll();
  if (id === 'vip') q = q.where(sql<number>`cast(total_spent as real)`, '>=', r.vipSpend).orderBy(sql`cast(total_spent as real)`, 'desc');
  if (id === 'at_risk') q = q.where('last_order_at', 'is not', null).where('last_order_at', '<', r.before(r.atRiskDays)).orderBy('last_order_at', 'asc');
  if (id === 'new') q = q.where('first_order_at', '>=', r.before(r.newDays)).orderBy('first_order_at', 'desc');
  const rows = await q.orderBy('email').execute();
  return rows.map((c) => ({ email: c.email, name: c.name, ordersCount: c.orders_count, totalSpent: c.total_spent, currency: c.currency, lastOrderAt: c.last_order_at }));
}

/** Every segment with its size, for the desk's sidebar. */
export async function listSegments(db: Db, o: SegmentOptions): Promise<SegmentSummary[]> {
  return Promise.all(SEGMENT_IDS.map(async (id) => ({ id, ...describe(id, o), count: (await segmentMembers(db, id, o)).length })));
}

/** Which segments one customer is in (badges on their profile). */
export async function segmentsOf(db: Db, email: string, o: SegmentOptions): Promise<SegmentId[]> {
  const key = email.trim().toLowerCase();
  const out: SegmentId[] = [];
  for (const id of SEGMENT_IDS) if ((await segmentMembers(db, id, o)).some((m) => m.email === key)) out.push(id);
  return out;
}
