// The draft step's pure core: pick the language and template, build the template's view model
// from the shop's facts (never from the email or the model), and decide which write action, if
// any, to propose for a person to approve. Nothing is executed here.
import { ar } from '../../prompts/replies/ar.ts';
import { de } from '../../prompts/replies/de.ts';
import { en } from '../../prompts/replies/en.ts';
import { es } from '../../prompts/replies/es.ts';
import { fa } from '../../prompts/replies/fa.ts';
import { fr } from '../../prompts/replies/fr.ts';
import type { BaseFacts, OrderView, ProductView, ReplyTemplates, ShipmentView, TemplateFacts } from '../../prompts/replies/types.ts';
import type { Classification } from './classification.ts';
import type { DraftContent, ResolvedFacts } from './facts.ts';
import {
  financialState,
  formatDate,
  formatMoney,
  intlLocale,
  isActiveFulfillment,
  isOpenUnshipped,
  numberFormat,
  orderProgress,
  shipmentState,
} from './formatting.ts';
import { ORDER_INTENTS } from './intents.ts';
import { TemplateLanguage } from './languages.ts';
import type { Customer, Fulfillment, Order, Product, ProposedAction } from './shop.ts';

export interface DraftInput {
  classification: Classification;
  facts: ResolvedFacts;
  /** The inbound subject, for "Re: …". */
  subject: string;
  /** The From display name; used for the greeting only when the shop has no first name. */
  customerName: string | null;
  storeName: string;
  /** Signs the reply. */
  signature: string;
  /** Reference time for relative phrasing ("60 days"); injected for deterministic tests. */
  now: Date;
  /**
   * The customer asks for money back (e.g. `mentionsRefund(email.newText)`). When absent, only a
   * `refund_status` email counts as a refund request.
   */
  refundRequested?: boolean;
}

export const TEMPLATES: Readonly<Record<TemplateLanguage, ReplyTemplates>> = { en, es, fr, de, fa, ar };

/** How many of the sender's orders an order-status reply lists when none was named. */
const MAX_LISTED_ORDERS = 3;
const MAX_PRODUCTS = 3;
const MAX_VARIANTS = 10;

/** The classifier's language when we have templates for it, else the customer's locale, else English. */
export function chooseLanguage(detected: string, customerLocale: string | null): TemplateLanguage {
  const fromDetected = TemplateLanguage.safeParse(detected.toLowerCase());
  if (fromDetected.success) return fromDetected.data;
  const localeLanguage = customerLocale?.split(/[-_]/)[0]?.toLowerCase();
  const fromLocale = TemplateLanguage.safeParse(localeLanguage);
  return fromLocale.success ? fromLocale.data : 'en';
}

// Re:, RE :, AW:, SV:, Antw:, Réf:, R:, Rif:, Odp:, رد:, پاسخ:, also numbered (Re[2]:).
const REPLY_PREFIX = /^\s*(re|aw|sv|vs|antw|ref|réf|rif|r|odp|رد|پاسخ)\s*(\[\d+\])?\s*[:：]/iu;

export function replySubject(subject: string, fallback: string): string {
  const clean = subject.replace(/\s+/g, ' ').trim();
  if (clean === '') return `Re: ${fallback}`;
  return REPLY_PREFIX.test(clean) ? clean : `Re: ${clean}`;
}

// A plausible given name: letters, marks, apostrophes, hyphens, dots, spaces; no digits, @ or URLs.
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.\- ]{0,39}$/u;

/** The greeting name: the shop's first name, else the first word of the From display name. */
export function greetingName(customer: Customer | null, displayName: string | null): { name: string; source: 'shop' | 'from' } | null {
  const recorded = customer?.firstName?.trim();
  if (recorded && NAME.test(recorded)) return { name: recorded, source: 'shop' };
  let display = (displayName ?? '').replace(/["“”]/g, '').trim();
  // "Smith, Jane" → "Jane"
  if (display.includes(',')) display = display.slice(display.indexOf(',') + 1).trim();
  const first = display.split(/\s+/)[0] ?? '';
  return first && NAME.test(first) ? { name: first, source: 'from' } : null;
}

// Money-back wording per template language. Deliberately broad: a false positive only proposes a
// refund that a person still has to approve.
const REFUND_WORDS =
  /\b(refund\w*|money back|reimburse\w*|reembols\w*|devolu?\w* (?:el|del|mi) dinero|rembours\w*|erstatt\w*|rückerstatt\w*|zurückerstatt\w*|geld zurück)|بازپرداخت|پس دادن پول|برگرداندن پول|استرداد|استرجاع المبلغ|إرجاع المبلغ|إرجاع أموالي/iu;

/** Whether a customer's text asks for money back, for `DraftInput.refundRequested`. */
export function mentionsRefund(text: string): boolean {
  return REFUND_WORDS.test(text);
}

const blank = (s: string | null): s is null => s === null || s.trim() === '';

function shipmentView(f: Fulfillment, index: string | null, locale: string, now: Date): ShipmentView {
  const state = shipmentState(f);
  const delivered = state === 'delivered';
  const estimate = !delivered && !blank(f.estimatedDeliveryAt) ? f.estimatedDeliveryAt : null;
  return {
    index,
    state,
    shippedOn: formatDate(f.createdAt, locale),
    estimatedDelivery: estimate ? formatDate(estimate, locale) : null,
    estimateHasPassed: estimate !== null && Date.parse(estimate) < now.getTime(),
    deliveredOn: !blank(f.deliveredAt) ? formatDate(f.deliveredAt, locale) : null,
    // Exactly as Shopify has it; an entry with nothing in it is not a tracking entry.
    tracking: f.trackingInfo
      .map((t) => ({ company: blank(t.company) ? null : t.company, number: blank(t.number) ? null : t.number, url: blank(t.url) ? null : t.url }))
      .filter((t) => t.company !== null || t.number !== null || t.url !== null),
  };
}

function variantLabel(variantTitle: string | null): string | null {
  return blank(variantTitle) || variantTitle === 'Default Title' ? null : variantTitle;
}

export function orderView(o: Order, locale: string, now: Date): OrderView {
  const count = numberFormat(locale);
  const active = o.fulfillments.filter(isActiveFulfillment);
  return {
    name: o.name,
    placedOn: formatDate(o.createdAt, locale),
    progress: orderProgress(o),
    financial: financialState(o.financialStatus),
    cancelledOn: blank(o.cancelledAt) ? null : formatDate(o.cancelledAt, locale),
    items: o.lineItems.map((i) => ({ title: i.title, variant: variantLabel(i.variantTitle), quantity: count.format(i.quantity) })),
    total: formatMoney(o.total, locale),
    shipments: active.map((f, i) => shipmentView(f, active.length > 1 ? count.format(i + 1) : null, locale, now)),
    refunds: o.refunds.map((r) => ({ amount: formatMoney(r.total, locale), date: formatDate(r.createdAt, locale) })),
  };
}

function productView(p: Product, locale: string): ProductView {
  const variants = p.variants.slice(0, MAX_VARIANTS);
  return {
    title: p.title,
    url: blank(p.onlineStoreUrl) ? null : p.onlineStoreUrl,
    variants: variants.map((v) => ({
      title: variants.length === 1 ? variantLabel(v.title) : v.title,
      price: formatMoney({ amount: v.price, currencyCode: p.priceCurrency }, locale),
      inStock: v.availableForSale && (v.inventoryQuantity === null || v.inventoryQuantity > 0),
    })),
  };
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The sender's orders, named ones first, then newest first. Empty unless identity is verified. */
function ownedOrders(facts: ResolvedFacts): Order[] {
  if (facts.identity !== 'verified') return [];
  const rank = (o: Order) => {
    const i = facts.requestedOrderNames.findIndex((n) => sameName(n, o.name));
    return i === -1 ? Number.POSITIVE_INFINITY : i;
  };
  return [...facts.orders].sort((a, b) => rank(a) - rank(b) || Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/** The one order a request is about: the one the customer named, or their only order. */
function targetOrder(orders: Order[], requested: string[]): Order | null {
  if (requested.length > 0) return orders.find((o) => requested.some((n) => sameName(n, o.name))) ?? null;
  return orders.length === 1 ? (orders[0] ?? null) : null;
}

/** A mismatch or an unconfirmed sender: nothing from the shop's customer record is used. */
const withholdsCustomer = (facts: ResolvedFacts) => facts.identity === 'mismatch' || facts.identity === 'unconfirmed';

/** The view model for the templates. Orders only when the sender's identity is verified. */
export function buildTemplateFacts(input: DraftInput): TemplateFacts {
  const { facts } = input;
  const mismatch = withholdsCustomer(facts);
  // On a mismatch nothing from the shop is used, not even the customer record's name or locale.
  const customer = mismatch ? null : facts.customer;
  const language = chooseLanguage(input.classification.language, customer?.locale ?? null);
  const locale = intlLocale(language, customer?.locale ?? null);
  return {
    language,
    locale,
    firstName: greetingName(customer, input.customerName)?.name ?? null,
    storeName: input.storeName,
    identity: facts.identity,
    orders: ownedOrders(facts).map((o) => orderView(o, locale, input.now)),
    products: mismatch ? [] : facts.products.filter((p) => p.status.toUpperCase() === 'ACTIVE').slice(0, MAX_PRODUCTS).map((p) => productView(p, locale)),
  };
}

interface FactScope {
  shipments?: boolean;
  items?: boolean;
  payment?: boolean;
}

/** Human-readable lines for the desk: every order fact the reply was built from. */
function orderFacts(o: Order, scope: FactScope): string[] {
  const lines = [`${o.name} placed ${o.createdAt}`];
  if (o.cancelledAt) lines.push(`${o.name} cancelled ${o.cancelledAt}`);
  const active = o.fulfillments.filter(isActiveFulfillment);
  if (active.length === 0) lines.push(`${o.name} fulfillment ${o.fulfillmentStatus}`);
  for (const f of active) {
    lines.push(`${o.name} fulfillment ${f.displayStatus ?? f.status}`);
    if (!scope.shipments) continue;
    lines.push(`${o.name} shipped ${f.createdAt}`);
    for (const t of f.trackingInfo) {
      if (!blank(t.number) || !blank(t.company)) lines.push(`tracking ${[t.company, t.number].filter((x) => !blank(x)).join(' ')}`);
      if (!blank(t.url)) lines.push(`tracking URL ${t.url}`);
    }
    if (f.deliveredAt) lines.push(`${o.name} delivered ${f.deliveredAt}`);
    else if (f.estimatedDeliveryAt) lines.push(`${o.name} estimated delivery ${f.estimatedDeliveryAt}`);
  }
  if (scope.items) for (const i of o.lineItems) lines.push(`${o.name} item ${i.title}${variantLabel(i.variantTitle) ? ` (${i.variantTitle})` : ''} × ${i.quantity}`);
  if (scope.payment) {
    lines.push(`${o.name} financial ${o.financialStatus}`, `${o.name} total ${o.total.amount} ${o.total.currencyCode}`);
    for (const r of o.refunds) lines.push(`${o.name} refund ${r.total.amount} ${r.total.currencyCode} on ${r.createdAt}`);
  }
  return lines;
}

const REFUNDABLE = new Set(['paid', 'partially_paid', 'partially_refunded']);

interface Body {
  text: string;
  proposedAction: ProposedAction | null;
  factsUsed: string[];
}

/** The reply body (between greeting and sign-off), the proposed action and the facts used. */
function composeBody(input: DraftInput, t: ReplyTemplates, tf: TemplateFacts): Body {
  const { intent, entities } = input.classification;
  const { facts } = input;
  const base: BaseFacts = { storeName: tf.storeName };

  if (facts.identity === 'mismatch') {
    return { text: t.identityMismatch(base), proposedAction: null, factsUsed: ['identity mismatch: no order details shared'] };
  }
  if (facts.identity === 'unconfirmed') {
    return { text: t.identityMismatch(base), proposedAction: null, factsUsed: ['identity not confirmed: no order details shared'] };
  }

  if (ORDER_INTENTS.has(intent)) {
    const orders = ownedOrders(facts);
    if (orders.length === 0) {
      return { text: t.noOrderFound(base), proposedAction: null, factsUsed: [`identity ${facts.identity}: no order found for the sender`] };
    }
    const viewOf = (o: Order): OrderView => {
      const view = tf.orders[orders.indexOf(o)];
      if (!view) throw new Error(`no view for ${o.name}`);
      return view;
    };
    const target = targetOrder(orders, facts.requestedOrderNames);
    const verified = ['identity verified'];

    if (intent === 'order_status' && !target && facts.requestedOrderNames.length === 0) {
      const listed = orders.slice(0, MAX_LISTED_ORDERS);
      return {
        text: t.order_status({ ...base, orders: listed.map(viewOf) }),
        proposedAction: null,
        factsUsed: [...verified, ...listed.flatMap((o) => orderFacts(o, { shipments: true, items: true }))],
      };
    }
    if (!target) {
      const names = orders.slice(0, MAX_LISTED_ORDERS).map((o) => o.name);
      return { text: t.whichOrder({ ...base, orderNames: names }), proposedAction: null, factsUsed: [...verified, `recent orders ${names.join(', ')}`] };
    }

    const order = viewOf(target);
    const open = isOpenUnshipped(target);
    const cancelled = order.progress === 'cancelled';
    const wantsRefund = input.refundRequested ?? intent === 'refund_status';
    const refundable = REFUNDABLE.has(order.financial);
    const refundAction = (why: string): ProposedAction => ({
      kind: 'refund_order',
      orderId: target.id,
      orderName: target.name,
      amount: null,
      note: `Customer asks for money back (${why}); amount to be set by staff.`,
    });

    switch (intent) {
      case 'order_status':
        return { text: t.order_status({ ...base, orders: [order] }), proposedAction: null, factsUsed: [...verified, ...orderFacts(target, { shipments: true, items: true })] };

      case 'cancel_order': {
        const outcome = cancelled ? 'already_cancelled' : open ? 'requested' : 'already_shipped';
        const proposedAction: ProposedAction | null =
          outcome === 'requested' ? { kind: 'cancel_order', orderId: target.id, orderName: target.name, reason: 'CUSTOMER', refund: true, restock: true } : null;
        return {
          text: t.cancel_order({ ...base, order, outcome }),
          proposedAction,
          factsUsed: [...verified, ...orderFacts(target, { shipments: outcome === 'already_shipped', payment: outcome === 'already_cancelled' })],
        };
      }

      case 'change_address': {
        const newAddress = entities.newAddress?.trim() ?? '';
        const outcome = cancelled ? 'already_cancelled' : !open ? 'already_shipped' : newAddress ? 'requested' : 'need_address';
        const proposedAction: ProposedAction | null = outcome === 'requested' ? { kind: 'change_address', orderId: target.id, orderName: target.name, newAddress } : null;
        return {
          text: t.change_address({ ...base, order, outcome }),
          proposedAction,
          factsUsed: [...verified, ...orderFacts(target, { shipments: outcome === 'already_shipped' })],
        };
      }

      case 'refund_status': {
        const refundProposed = wantsRefund && refundable && target.refunds.length === 0 && order.financial !== 'partially_refunded';
        return {
          text: t.refund_status({ ...base, order, refundProposed }),
          proposedAction: refundProposed ? refundAction('refund_status') : null,
          factsUsed: [...verified, ...orderFacts(target, { payment: true })],
        };
      }

      case 'return_or_exchange':
      case 'damaged_or_wrong_item': {
        const refundProposed = wantsRefund && refundable && !cancelled;
        const text =
          intent === 'return_or_exchange' ? t.return_or_exchange({ ...base, order, refundProposed }) : t.damaged_or_wrong_item({ ...base, order, refundProposed });
        return {
          text,
          proposedAction: refundProposed ? refundAction(intent) : null,
          factsUsed: [...verified, ...orderFacts(target, { items: true, payment: refundProposed })],
        };
      }

      default:
        // billing_payment (the remaining order intent)
        return { text: t.billing_payment({ ...base, order }), proposedAction: null, factsUsed: [...verified, ...orderFacts(target, { payment: true })] };
    }
  }

  if (intent === 'product_question') {
    const used = facts.products.filter((p) => p.status.toUpperCase() === 'ACTIVE').slice(0, MAX_PRODUCTS);
    return {
      text: t.product_question({ ...base, products: tf.products }),
      proposedAction: null,
      factsUsed: used.flatMap((p) => [
        `product ${p.title}`,
        ...p.variants.slice(0, MAX_VARIANTS).map((v) => `variant ${p.title} / ${v.title} ${v.price} ${p.priceCurrency} ${v.availableForSale ? 'available' : 'unavailable'} (inventory ${v.inventoryQuantity ?? 'untracked'})`),
      ]),
    };
  }
  if (intent === 'discount_code') return { text: t.discount_code(base), proposedAction: null, factsUsed: [] };
  // other, and the ignored intents should one ever reach drafting
  return { text: t.other(base), proposedAction: null, factsUsed: [] };
}

export function renderDraft(input: DraftInput): DraftContent {
  const tf = buildTemplateFacts(input);
  const t = TEMPLATES[tf.language];
  const body = composeBody(input, t, tf);
  const name = greetingName(withholdsCustomer(input.facts) ? null : input.facts.customer, input.customerName);
  const nameFact = name ? [`greeting name ${name.name} (${name.source === 'shop' ? 'Shopify customer record' : 'From display name'})`] : [];
  const signature = input.signature.trim() || input.storeName;
  return {
    subject: replySubject(input.subject, t.subjectFallback),
    body: [t.greeting(tf.firstName), body.text, t.signOff(signature)].join('\n\n'),
    language: tf.language,
    proposedAction: body.proposedAction,
    factsUsed: [...body.factsUsed, ...nameFact],
  };
}
