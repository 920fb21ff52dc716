import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendEvent } from '../../store/events.ts';
import type { Database } from '../../store/schema.ts';

// Fields we read from Shopify's REST-shaped webhook payloads (orders/updated, orders/fulfilled,
// fulfillments/create, fulfillments/update). Everything else is ignored, since Shopify adds fields
// with each API version; but a body of one kind must not pass as the other (the HMAC does not
// cover the topic header): an order has no order_id, and each names its own type in
// admin_graphql_api_id when present.
const OrderPayload = z.looseObject({
  id: z.union([z.number(), z.string()]),
  admin_graphql_api_id: z.string().startsWith('gid://shopify/Order/').optional(),
  order_id: z.never({ error: 'an order payload has no order_id (is this a fulfillment?)' }).optional(),
  name: z.string(),
  email: z.string().nullish(),
  contact_email: z.string().nullish(),
  customer: z.looseObject({ email: z.string().nullish() }).nullish(),
  financial_status: z.string().nullish(),
  fulfillment_status: z.string().nullish(),
  cancelled_at: z.string().nullish(),
});

const FulfillmentPayload = z.looseObject({
  id: z.union([z.number(), z.string()]),
  admin_graphql_api_id: z.string().startsWith('gid://shopify/Fulfillment/').optional(),
  order_id: z.union([z.number(), z.string()]),
  /** "#1001.1": the order's name plus the fulfillment's number. */
  name: z.string().nullish(),
  email: z.string().nullish(),
  status: z.string().nullish(),
  shipment_status: z.string().nullish(),
  tracking_company: z.string().nullish(),
  tracking_number: z.string().nullish(),
  tracking_url: z.string().nullish(),
});

export const ORDER_TOPICS = new Set(['orders/updated', 'orders/fulfilled', 'fulfillments/create', 'fulfillments/update']);

/**
 * Notes an order change on the customer's newest open thread, so staff see it beside the
 * conversation. The thread is found by the order's own email, so facts only land on the
 * owner's thread. Returns false when the customer has no open thread.
 */
export async function noteOrderUpdate(db: Kysely<Database>, topic: string, payload: unknown, now: Date): Promise<boolean> {
  let email: string | null | undefined;
  let data: Record<string, unknown>;
  if (topic.startsWith('fulfillments/')) {
    const f = FulfillmentPayload.parse(payload);
    email = f.email;
    data = {
      topic,
      orderName: f.name ? f.name.replace(/\.\d+$/, '') : null,
      fulfillmentStatus: f.status ?? null,
      shipmentStatus: f.shipment_status ?? null,
      trackingCompany: f.tracking_company ?? null,
      trackingNumber: f.tracking_number ?? null,
      trackingUrl: f.tracking_url ?? null,
    };
  } else {
    const o = OrderPayload.parse(payload);
    email = o.email || o.contact_email || o.customer?.email;
    data = { topic, orderName: o.name, financialStatus: o.financial_status ?? null, fulfillmentStatus: o.fulfillment_status ?? null, cancelledAt: o.cancelled_at ?? null };
  }
  if (!email) return false;
  const key = email.trim().toLowerCase();
  const thread = await db
    .selectFrom('threads')
    .select('id')
    .where('customer_email', '=', key)
    .where('status', '=', 'open')
    .orderBy('last_message_at', 'desc')
    .executeTakeFirst();
  if (!thread) return false;
  await appendEvent(db, { type: 'shop_order_update', threadId: thread.id, customerEmail: key, at: now.toISOString(), data });
  return true;
}
