// Maps Admin GraphQL replies (shapes of the documents in queries.ts) to the domain types. The
// result is parsed with the domain's zod schema, so a reply that drifted from the contract fails
// here, loudly, instead of reaching a template half-filled.
import { Customer, Order, Product } from '../domain/shop.ts';

interface MoneyV2 {
  amount: string;
  currencyCode: string;
}
interface MoneyBag {
  shopMoney: MoneyV2;
}

export interface OrderNode {
  id: string;
  legacyResourceId: string;
  name: string;
  email: string | null;
  createdAt: string;
  processedAt: string | null;
  cancelledAt: string | null;
  closed: boolean;
  displayFinancialStatus: string | null;
  displayFulfillmentStatus: string;
  totalPriceSet: MoneyBag;
  customer: { email: string | null; displayName: string | null } | null;
  lineItems: { nodes: { title: string; variantTitle: string | null; sku: string | null; quantity: number }[] };
  shippingAddress: {
    name: string | null;
    address1: string | null;
    address2: string | null;
    city: string | null;
    province: string | null;
    zip: string | null;
    country: string | null;
  } | null;
  fulfillments: {
    status: string;
    displayStatus: string | null;
    createdAt: string;
    estimatedDeliveryAt: string | null;
    deliveredAt: string | null;
    trackingInfo: { company: string | null; number: string | null; url: string | null }[];
  }[];
  refunds: { createdAt: string | null; note: string | null; totalRefundedSet: MoneyBag }[];
}

export interface CustomerNode {
  id: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  /** UnsignedInt64, serialised as a string. */
  numberOfOrders: string | number;
  amountSpent: MoneyV2;
  tags: string[];
  createdAt: string;
  locale: string | null;
}

export interface ProductNode {
  id: string;
  title: string;
  handle: string;
  description: string;
  productType: string;
  vendor: string;
  tags: string[];
  status: string;
  totalInventory: number | null;
  onlineStoreUrl: string | null;
  variants: {
    nodes: {
      id: string;
      title: string;
      sku: string | null;
      price: string;
      inventoryQuantity: number | null;
      availableForSale: boolean;
    }[];
  };
}

const money = (m: MoneyBag): { amount: string; currencyCode: string } => ({
  amount: m.shopMoney.amount,
  currencyCode: m.shopMoney.currencyCode,
});

/** `shop` is the myshopify domain, for the staff link to the order in the admin. */
export function mapOrder(node: OrderNode, shop: string): Order {
  return Order.parse({
    id: node.id,
    name: node.name,
    email: node.email,
    customerEmail: node.customer?.email ?? null,
    customerName: node.customer?.displayName ?? null,
    createdAt: node.createdAt,
    processedAt: node.processedAt,
    cancelledAt: node.cancelledAt,
    closed: node.closed,
    financialStatus: node.displayFinancialStatus ?? 'UNKNOWN',
    fulfillmentStatus: node.displayFulfillmentStatus,
    total: money(node.totalPriceSet),
    lineItems: node.lineItems.nodes.map((li) => ({
      title: li.title,
      variantTitle: li.variantTitle,
      sku: li.sku,
      quantity: li.quantity,
    })),
    shippingAddress: node.shippingAddress
      ? {
          name: node.shippingAddress.name,
          address1: node.shippingAddress.address1,
          address2: node.shippingAddress.address2,
          city: node.shippingAddress.city,
          province: node.shippingAddress.province,
          zip: node.shippingAddress.zip,
          country: node.shippingAddress.country,
        }
      : null,
    fulfillments: node.fulfillments.map((f) => ({
      status: f.status,
      displayStatus: f.displayStatus,
      createdAt: f.createdAt,
      estimatedDeliveryAt: f.estimatedDeliveryAt,
      deliveredAt: f.deliveredAt,
      trackingInfo: f.trackingInfo.map((t) => ({ company: t.company, number: t.number, url: t.url })),
    })),
    refunds: node.refunds.map((r) => ({
      // Refund.createdAt is nullable in the schema; the domain wants a string.
      createdAt: r.createdAt ?? '',
      total: money(r.totalRefundedSet),
      note: r.note,
    })),
    adminUrl: `https://${shop}/admin/orders/${node.legacyResourceId}`,
  });
}

export function mapCustomer(node: CustomerNode): Customer {
  return Customer.parse({
    id: node.id,
    email: node.email,
    firstName: node.firstName,
    lastName: node.lastName,
    numberOfOrders: Number(node.numberOfOrders),
    amountSpent: { amount: node.amountSpent.amount, currencyCode: node.amountSpent.currencyCode },
    tags: node.tags,
    createdAt: node.createdAt,
    locale: node.locale,
  });
}

/** `currencyCode` is the shop's currency: variant prices are in it. */
export function mapProduct(node: ProductNode, currencyCode: string): Product {
  return Product.parse({
    id: node.id,
    title: node.title,
    handle: node.handle,
    description: node.description,
    productType: node.productType,
    vendor: node.vendor,
    tags: node.tags,
    status: node.status,
    totalInventory: node.totalInventory,
    onlineStoreUrl: node.onlineStoreUrl,
    priceCurrency: currencyCode,
    variants: node.variants.nodes.map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku,
      price: v.price,
      inventoryQuantity: v.inventoryQuantity,
      availableForSale: v.availableForSale,
    })),
  });
}
