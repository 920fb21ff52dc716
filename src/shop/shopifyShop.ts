// The Shop port on Shopify's Admin GraphQL API: one query per lookup, user input only in
// variables (and, inside Shopify search strings, quoted and escaped), and write actions that
// always hand Shopify's `userErrors` back to the person who approved them.
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { ActionResult, Customer, Order, Product, ProposedAction } from '../domain/shop.ts';
import type { Shop } from './port.ts';
import { mapCustomer, mapOrder, mapProduct, type CustomerNode, type OrderNode, type ProductNode } from './mapShopify.ts';
import {
  CUSTOMER_BY_EMAIL,
  ORDER_BY_NAME,
  ORDER_CANCEL,
  ORDER_UPDATE_SHIPPING_ADDRESS,
  RECENT_ORDERS_BY_EMAIL,
  REFUND_CREATE,
  SEARCH_PRODUCTS,
  SUGGESTED_REFUND,
} from './queries.ts';
import { shopifyGraphqlFromConfig, type ShopifyConfig, type StoreContext } from './accessToken/graphqlFromConfig.ts';
import { ShopifyApiError, type ShopifyClientOptions, type ShopifyGraphql } from './shopifyClient.ts';

// ── Shopify search syntax ────────────────────────────────────────────────────────────────────
// https://shopify.dev/docs/api/usage/search-syntax: a value may be a double-quoted string; inside
// it a backslash escapes the next character. Emails and product questions come from strangers, so
// a value is always quoted and its `\` and `"` escaped: `a" OR email:*` stays one literal value.

/** One literal value for Shopify's search syntax. */
export function searchValue(raw: string): string {
  // Control characters (newlines included) have no business in a search term.
  const clean = raw.replace(/\p{Cc}/gu, ' ').trim();
  return `"${clean.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

export const orderNameSearch = (name: string): string => `name:${searchValue(name)}`;
export const orderEmailSearch = (email: string): string => `email:${searchValue(email)}`;

/**
 * A product search from a customer's words: letters/digits terms only, each quoted (so "OR",
 * "tag:x" or "*" are plain words), at most 8, and only active products. '' when nothing is left.
 */
export function productSearch(text: string): string {
  const terms = (text.normalize('NFKC').match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).slice(0, 8);
  if (terms.length === 0) return '';
  return `${terms.map(searchValue).join(' ')} status:active`;
}

const sameAddress = (a: string | null | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();
const sameOrderName = (a: string, b: string) => {
  const n = (s: string) => s.trim().replace(/^#/, '').toLowerCase();
  return n(a) === n(b);
};
const clamp = (n: number | undefined, fallback: number, max: number) => Math.min(Math.max(Math.trunc(n ?? fallback), 1), max);

// ── Write actions ────────────────────────────────────────────────────────────────────────────

const CANCEL_REASONS = ['CUSTOMER', 'DECLINED', 'FRAUD', 'INVENTORY', 'STAFF', 'OTHER'] as const;

/**
 * A structured shipping address (Shopify's MailingAddressInput) as JSON in `newAddress`. Free text
 * from the customer is never written to Shopify: staff enter it as fields or edit it in the admin.
 */
export const StructuredAddress = z
  .object({
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    company: z.string().optional(),
    address1: z.string().min(1),
    address2: z.string().optional(),
    city: z.string().min(1),
    provinceCode: z.string().optional(),
    zip: z.string().optional(),
    countryCode: z.string().regex(/^[A-Z]{2}$/),
    phone: z.string().optional(),
  })
  .strict();

interface UserErrorNode {
  field: string[] | null;
  message: string;
}

const toUserErrors = (list: UserErrorNode[] | null | undefined): ActionResult['userErrors'] =>
  (list ?? []).map((e) => ({ field: e.field ?? null, message: e.message }));

// Money in thousandths, so partial refunds are split across transactions without float error.
function toMilli(amount: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,3}))?$/.exec(amount.trim());
  if (!m) throw new Error(`Not a money amount: ${amount}`);
  const v = BigInt(m[2]!) * 1000n + BigInt((m[3] ?? '').padEnd(3, '0'));
  return m[1] === '-' ? -v : v;
}
function fromMilli(v: bigint): string {
  const whole = v / 1000n;
  const frac = (v % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

const legacyId = (gid: string) => gid.split('/').pop() ?? gid;

// ── The adapter ──────────────────────────────────────────────────────────────────────────────

export class ShopifyShop implements Shop {
  readonly kind = 'shopify' as const;

  private readonly gql: ShopifyGraphql;

  constructor(gql: ShopifyGraphql) {
    this.gql = gql;
  }

  async orderByName(name: string): Promise<Order | null> {
    if (!name.trim()) return null;
    const { data } = await this.gql.request<{ orders: { nodes: OrderNode[] } }>(ORDER_BY_NAME, { query: orderNameSearch(name) });
    // Shopify's search matches loosely ("1001" finds "#1001-A"); only the exact name counts.
    const hit = data.orders.nodes.find((o) => sameOrderName(o.name, name));
    return hit ? mapOrder(hit, this.gql.shop) : null;
  }

  async recentOrdersByEmail(email: string, limit?: number): Promise<Order[]> {
    if (!email.trim()) return [];
    const { data } = await this.gql.request<{ orders: { nodes: OrderNode[] } }>(RECENT_ORDERS_BY_EMAIL, {
      query: orderEmailSearch(email),
      first: clamp(limit, 5, 20),
    });
    // Search is tokenised: keep only orders whose checkout or customer email is this exact address.
    return data.orders.nodes
      .filter((o) => sameAddress(o.email, email) || sameAddress(o.customer?.email, email))
      .map((o) => mapOrder(o, this.gql.shop));
  }

  async customerByEmail(email: string): Promise<Customer | null> {
    if (!email.trim()) return null;
    const { data } = await this.gql.request<{ customerByIdentifier: CustomerNode | null }>(CUSTOMER_BY_EMAIL, { email: email.trim() });
    const c = data.customerByIdentifier;
    return c && sameAddress(c.email, email) ? mapCustomer(c) : null;
  }

  async searchProducts(query: string, limit?: number): Promise<Product[]> {
    const search = productSearch(query);
    if (!search) return [];
    const { data } = await this.gql.request<{ shop: { currencyCode: string }; products: { nodes: ProductNode[] } }>(SEARCH_PRODUCTS, {
      query: search,
      first: clamp(limit, 5, 20),
    });
    return data.products.nodes.map((p) => mapProduct(p, data.shop.currencyCode));
  }

  async execute(action: ProposedAction): Promise<ActionResult> {
    switch (action.kind) {
      case 'cancel_order':
        return this.cancel(action);
      case 'refund_order':
        return this.refund(action);
      case 'change_address':
        return this.changeAddress(action);
    }
  }

  /**
   * Runs a mutation. A throttled request was not executed and may be retried; any other failure
   * leaves the outcome unknown, so it is reported as permanent for a person to check, never retried.
   */
  private async mutate<T>(document: string, variables: Record<string, unknown>, what: string): Promise<T> {
    try {
      return (await this.gql.request<T>(document, variables)).data;
    } catch (err) {
      if (err instanceof ShopifyApiError && err.transient && err.code !== 'THROTTLED')
        throw new ShopifyApiError(`${what}: ${err.message} The outcome is unknown; check the order in the Shopify admin before trying again.`, {
          transient: false,
          status: err.status,
          code: err.code,
          cause: err,
        });
      throw err;
    }
  }

  private async cancel(action: Extract<ProposedAction, { kind: 'cancel_order' }>): Promise<ActionResult> {
    const reason = (CANCEL_REASONS as readonly string[]).includes(action.reason) ? action.reason : 'OTHER';
    const data = await this.mutate<{
      orderCancel: { job: { id: string; done: boolean } | null; orderCancelUserErrors: UserErrorNode[] } | null;
    }>(
      ORDER_CANCEL,
      {
        orderId: action.orderId,
        reason,
        refund: action.refund,
        restock: action.restock,
        notifyCustomer: true,
        staffNote: `Cancelled from deskhand after staff approval (${action.orderName}).`,
      },
      `Cancelling ${action.orderName}`,
    );
    const userErrors = toUserErrors(data.orderCancel?.orderCancelUserErrors);
    const job = data.orderCancel?.job;
    return {
      ok: userErrors.length === 0 && !!data.orderCancel,
      userErrors,
      detail: job ? `Shopify is cancelling ${action.orderName} (job ${job.id}).` : null,
    };
  }

  private async refund(action: Extract<ProposedAction, { kind: 'refund_order' }>): Promise<ActionResult> {
    const { data } = await this.gql.request<{
      order: {
        id: string;
        suggestedRefund: {
          amountSet: { shopMoney: { amount: string; currencyCode: string } };
          suggestedTransactions: { gateway: string | null; parentTransaction: { id: string } | null; amountSet: { shopMoney: { amount: string; currencyCode: string } } }[];
        } | null;
      } | null;
    }>(SUGGESTED_REFUND, { id: action.orderId });
    const fail = (message: string): ActionResult => ({ ok: false, userErrors: [{ field: null, message }], detail: null });
    if (!data.order) return fail(`Order ${action.orderName} was not found in Shopify.`);
    const suggested = (data.order.suggestedRefund?.suggestedTransactions ?? []).filter((t) => t.parentTransaction && t.gateway);
    const refundable = suggested.reduce((sum, t) => sum + toMilli(t.amountSet.shopMoney.amount), 0n);
    if (suggested.length === 0 || refundable <= 0n) return fail(`Shopify has nothing left to refund on ${action.orderName}.`);
    const currency = suggested[0]!.amountSet.shopMoney.currencyCode;

    let wanted = refundable;
    if (action.amount) {
      if (action.amount.currencyCode !== currency)
        return fail(`The refund is in ${action.amount.currencyCode} but ${action.orderName} was paid in ${currency}.`);
      wanted = toMilli(action.amount.amount);
      if (wanted <= 0n) return fail('The refund amount must be more than zero.');
      if (wanted > refundable)
        return fail(`${fromMilli(wanted)} ${currency} is more than the ${fromMilli(refundable)} ${currency} still refundable on ${action.orderName}.`);
    }
    // Spread the amount over the payments Shopify suggests, in its order.
    const transactions: Record<string, unknown>[] = [];
    let left = wanted;
    for (const t of suggested) {
      if (left <= 0n) break;
      const take = toMilli(t.amountSet.shopMoney.amount) < left ? toMilli(t.amountSet.shopMoney.amount) : left;
      left -= take;
      transactions.push({ orderId: action.orderId, parentId: t.parentTransaction!.id, gateway: t.gateway, kind: 'REFUND', amount: fromMilli(take) });
    }

    const res = await this.mutate<{
      refundCreate: { refund: { id: string; totalRefundedSet: { shopMoney: { amount: string; currencyCode: string } } } | null; userErrors: UserErrorNode[] } | null;
    }>(
      REFUND_CREATE,
      { input: { orderId: action.orderId, note: action.note, notify: true, transactions } },
      `Refunding ${action.orderName}`,
    );
    const userErrors = toUserErrors(res.refundCreate?.userErrors);
    const refund = res.refundCreate?.refund;
    return {
      ok: userErrors.length === 0 && !!refund,
      userErrors,
      detail: refund ? `Refunded ${refund.totalRefundedSet.shopMoney.amount} ${refund.totalRefundedSet.shopMoney.currencyCode} on ${action.orderName}.` : null,
    };
  }

  private async changeAddress(action: Extract<ProposedAction, { kind: 'change_address' }>): Promise<ActionResult> {
    let structured: z.infer<typeof StructuredAddress> | null = null;
    try {
      const parsed = StructuredAddress.safeParse(JSON.parse(action.newAddress));
      if (parsed.success) structured = parsed.data;
    } catch {
      // free text: handled below
    }
    if (!structured)
      return {
        ok: false,
        userErrors: [
          {
            field: ['shippingAddress'],
            message: `The new address is free text, so it was not sent to Shopify. Enter it as address fields, or edit the shipping address of ${action.orderName} in the Shopify admin.`,
          },
        ],
        detail: `https://${this.gql.shop}/admin/orders/${legacyId(action.orderId)}`,
      };

    const data = await this.mutate<{ orderUpdate: { order: { id: string } | null; userErrors: UserErrorNode[] } | null }>(
      ORDER_UPDATE_SHIPPING_ADDRESS,
      { input: { id: action.orderId, shippingAddress: structured } },
      `Changing the address of ${action.orderName}`,
    );
    const userErrors = toUserErrors(data.orderUpdate?.userErrors);
    return {
      ok: userErrors.length === 0 && !!data.orderUpdate?.order,
      userErrors,
      detail: userErrors.length === 0 ? `Shipping address of ${action.orderName} updated.` : null,
    };
  }
}

/** The adapter from the app config: SHOPIFY_SHOP with SHOPIFY_ADMIN_TOKEN, or a Dev Dashboard app (needs the database). */
export function createShopifyShop(
  config: ShopifyConfig,
  options: Omit<ShopifyClientOptions, 'shop' | 'accessToken' | 'apiSecretKey' | 'tokenSource' | 'apiKey'> = {},
  ctx: StoreContext = {},
): ShopifyShop {
  return new ShopifyShop(shopifyGraphqlFromConfig(config, ctx, options));
}
