import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Customer, Order } from '../domain/shop.ts';
import type { Db } from '../store/db.ts';
import { appendEvent } from '../store/events.ts';
import type { Crm, CrmEmail } from './port.ts';

/**
 * The CRM record kept in deskhand's own database: the `customers` row (profile synced from the
 * shop) and the thread's emails on the customer's timeline in the event log.
 */
export class BuiltinCrm implements Crm {
  readonly kind = 'builtin' as const;
  private readonly db: Db;
  private readonly now: () => Date;

  constructor(db: Db, now: () => Date = () => new Date()) {
    this.db = db;
    this.now = now;
  }

  async upsertCustomer(email: string, name: string | null, profile: Customer | null): Promise<void> {
    await this.saveProfile(email, name, profile, []);
  }

  /**
   * The customer's row in one statement: name, the shop's profile, and the first and last order
   * dates from `orders` (their most recent ones; an earlier first date already stored is kept, as
   * the window may not reach back to the first order). Without a shop profile (guest checkouts)
   * the orders seen are the count.
   */
  async saveProfile(email: string, name: string | null, profile: Customer | null, orders: readonly Order[]): Promise<void> {
    const t = this.now().toISOString();
    const key = email.trim().toLowerCase();
    const fullName = profile ? [profile.firstName, profile.lastName].filter(Boolean).join(' ') || name : name;
    const synced = profile
      ? {
          shopify_id: profile.id,
          orders_count: profile.numberOfOrders,
          total_spent: profile.amountSpent.amount,
          currency: profile.amountSpent.currencyCode,
          tags: JSON.stringify(profile.tags),
          synced_at: t,
        }
      : orders.length
        ? { orders_count: orders.length, synced_at: t }
        : {};
    const dates = orders.map((o) => o.processedAt ?? o.createdAt).sort();
    const span = dates.length ? { first_order_at: dates[0]!, last_order_at: dates.at(-1)! } : {};
    await this.db
      .insertInto('customers')
      .values({
        id: randomUUID(),
        email: key,
        name: fullName,
        shopify_id: null,
        orders_count: 0,
        total_spent: '0',
        currency: null,
        tags: '[]',
        notes: null,
        first_order_at: null,
        last_order_at: null,
        synced_at: null,
        created_at: t,
        updated_at: t,
        ...synced,
        ...span,
      })
      .onConflict((oc) =>
        oc.column('email').doUpdateSet({
          ...(fullName ? { name: fullName } : {}),
          ...synced,
          ...(dates.length
            ? {
                first_order_at: sql<string>`case when customers.first_order_at is not null and customers.first_order_at < excluded.first_order_at then customers.first_order_at else excluded.first_order_at end`,
                last_order_at: dates.at(-1)!,
              }
            : {}),
          updated_at: t,
        }),
      )
      .execute();
  }

  /** Idempotent: an email already on the timeline for this message and direction is not added twice. */
  async logEmail(e: CrmEmail): Promise<void> {
    const seen = await this.db.selectFrom('events').select('id').where('message_id', '=', e.deskhandMessageId).where('type', '=', emailEventType(e)).executeTakeFirst();
    if (!seen) await this.appendEmail(e);
  }

  /** Adds the email to the timeline without looking first: for a caller that knows it is not there (the record step's transaction). */
  async appendEmail(e: CrmEmail): Promise<void> {
    await appendEvent(this.db, {
      type: emailEventType(e),
      messageId: e.deskhandMessageId,
      threadId: e.threadId,
      customerEmail: e.customerEmail.toLowerCase(),
      at: e.at,
      data: { subject: e.subject, text: e.text.slice(0, 4000) },
    });
  }
}

const emailEventType = (e: CrmEmail) => (e.direction === 'inbound' ? 'crm_email_in' : 'crm_email_out');
