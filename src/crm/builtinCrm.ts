import { randomUUID } from 'node:crypto';
import type { Customer } from '../domain/shop.ts';
import type { Db } from '../store/db.ts';
import { appendEvent } from '../store/events.ts';
import type { Crm, CrmEmail } from './port.ts';

/**
 * The CRM record kept in deskhand's own database: the `customers` row (profile synced from the
 * shop) and the thread's emails on the customer's timeline in the event log.
 */
export class BuiltinCrm implements Crm {
  readonly kind = 'builtin' as const;
  constructor(private readonly db: Db, private readonly now: () => Date = () => new Date()) {}

  async upsertCustomer(email: string, name: string | null, profile: Customer | null): Promise<void> {
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
      : {};
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
      })
      .onConflict((oc) => oc.column('email').doUpdateSet({ ...(fullName ? { name: fullName } : {}), ...synced, updated_at: t }))
      .execute();
  }

  /** Idempotent: an email already on the timeline for this message and direction is not added twice. */
  async logEmail(e: CrmEmail): Promise<void> {
    const type = e.direction === 'inbound' ? 'crm_email_in' : 'crm_email_out';
    const seen = await this.db.selectFrom('events').select('id').where('message_id', '=', e.deskhandMessageId).where('type', '=', type).executeTakeFirst();
    if (seen) return;
    await appendEvent(this.db, {
      type,
      messageId: e.deskhandMessageId,
      threadId: e.threadId,
      customerEmail: e.customerEmail.toLowerCase(),
      at: e.at,
      data: { subject: e.subject, text: e.text.slice(0, 4000) },
    });
  }
}
