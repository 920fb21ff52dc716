import { z } from 'zod';

// The mandatory privacy webhooks' bodies, exactly as Shopify documents them, each strict: the
// HMAC covers only the body, not X-Shopify-Topic, so a captured body must not be accepted under
// another topic. A customers/data_request body (orders_requested, data_request) fails
// customers/redact (orders_to_redact), and neither passes as shop/redact.

const Id = z.union([z.number(), z.string().regex(/^\d+$/)]);
const PrivacyCustomer = z.object({ id: Id.nullish(), email: z.string().nullish(), phone: z.string().nullish() });

export const DataRequestPayload = z
  .object({ shop_id: Id, shop_domain: z.string(), orders_requested: z.array(Id), customer: PrivacyCustomer, data_request: z.object({ id: Id }) })
  .strict();
export type DataRequestPayload = z.infer<typeof DataRequestPayload>;

export const CustomerRedactPayload = z.object({ shop_id: Id, shop_domain: z.string(), customer: PrivacyCustomer, orders_to_redact: z.array(Id) }).strict();
export type CustomerRedactPayload = z.infer<typeof CustomerRedactPayload>;

export const ShopRedactPayload = z.object({ shop_id: Id, shop_domain: z.string() }).strict();
export type ShopRedactPayload = z.infer<typeof ShopRedactPayload>;

export const PRIVACY_PAYLOADS = {
  'customers/data_request': DataRequestPayload,
  'customers/redact': CustomerRedactPayload,
  'shop/redact': ShopRedactPayload,
} as const;
