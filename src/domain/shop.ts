import { z } from 'zod';

// Shop facts, shaped after Shopify's Admin GraphQL objects (Order, Customer, Product) but
// reduced to the fields the templates and the desk use. Every adapter (demo fixtures,
// Shopify) returns these.

export const Money = z.object({ amount: z.string(), currencyCode: z.string() });
export type Money = z.infer<typeof Money>;

export const MailingAddress = z.object({
  name: z.string().nullable(),
  address1: z.string().nullable(),
  address2: z.string().nullable(),
  city: z.string().nullable(),
  province: z.string().nullable(),
  zip: z.string().nullable(),
  country: z.string().nullable(),
});
export type MailingAddress = z.infer<typeof MailingAddress>;

export const TrackingInfo = z.object({
  company: z.string().nullable(),
  number: z.string().nullable(),
  url: z.string().nullable(),
});

export const Fulfillment = z.object({
  /** Shopify FulfillmentStatus: SUCCESS, CANCELLED, ERROR, FAILURE, OPEN, PENDING. */
  status: z.string(),
  /** Shopify FulfillmentDisplayStatus: IN_TRANSIT, DELIVERED, OUT_FOR_DELIVERY, FAILURE … */
  displayStatus: z.string().nullable(),
  createdAt: z.string(),
  estimatedDeliveryAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  trackingInfo: z.array(TrackingInfo),
});
export type Fulfillment = z.infer<typeof Fulfillment>;

export const LineItem = z.object({
  title: z.string(),
  variantTitle: z.string().nullable(),
  sku: z.string().nullable(),
  quantity: z.number().int(),
});

export const Refund = z.object({ createdAt: z.string(), total: Money, note: z.string().nullable() });

export const Order = z.object({
  /** Shopify GID, "gid://shopify/Order/1001". */
  id: z.string(),
  /** The order name customers see, "#1001". */
  name: z.string(),
  /** The email given at checkout. */
  email: z.string().nullable(),
  customerEmail: z.string().nullable(),
  customerName: z.string().nullable(),
  createdAt: z.string(),
  processedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  closed: z.boolean(),
  /** Shopify OrderDisplayFinancialStatus: PAID, PENDING, AUTHORIZED, REFUNDED, PARTIALLY_REFUNDED, VOIDED … */
  financialStatus: z.string(),
  /** Shopify OrderDisplayFulfillmentStatus: UNFULFILLED, FULFILLED, PARTIALLY_FULFILLED, IN_PROGRESS, ON_HOLD … */
  fulfillmentStatus: z.string(),
  total: Money,
  lineItems: z.array(LineItem),
  shippingAddress: MailingAddress.nullable(),
  fulfillments: z.array(Fulfillment),
  refunds: z.array(Refund),
  /** Link to the order in the Shopify admin, for staff. */
  adminUrl: z.string().nullable(),
});
export type Order = z.infer<typeof Order>;

export const Customer = z.object({
  id: z.string(),
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  numberOfOrders: z.number().int(),
  amountSpent: Money,
  tags: z.array(z.string()),
  createdAt: z.string(),
  locale: z.string().nullable(),
});
export type Customer = z.infer<typeof Customer>;

export const ProductVariant = z.object({
  id: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  price: z.string(),
  inventoryQuantity: z.number().int().nullable(),
  availableForSale: z.boolean(),
});

export const Product = z.object({
  id: z.string(),
  title: z.string(),
  handle: z.string(),
  description: z.string(),
  productType: z.string(),
  vendor: z.string(),
  tags: z.array(z.string()),
  status: z.string(),
  totalInventory: z.number().int().nullable(),
  onlineStoreUrl: z.string().nullable(),
  priceCurrency: z.string(),
  variants: z.array(ProductVariant),
});
export type Product = z.infer<typeof Product>;

/** A write action on the store, proposed on a draft and executed only after a person approves it. */
export const ProposedAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancel_order'), orderId: z.string(), orderName: z.string(), reason: z.string().default('CUSTOMER'), refund: z.boolean().default(true), restock: z.boolean().default(true) }),
  z.object({ kind: z.literal('refund_order'), orderId: z.string(), orderName: z.string(), amount: Money.nullable(), note: z.string().nullable() }),
  z.object({ kind: z.literal('change_address'), orderId: z.string(), orderName: z.string(), newAddress: z.string() }),
]);
export type ProposedAction = z.infer<typeof ProposedAction>;

export const ActionResult = z.object({
  ok: z.boolean(),
  /** Shopify `userErrors` messages, shown to staff. */
  userErrors: z.array(z.object({ field: z.array(z.string()).nullable(), message: z.string() })),
  detail: z.string().nullable(),
});
export type ActionResult = z.infer<typeof ActionResult>;
