// The reply templates' contract: a small view model built from the shop's facts (never from the
// email or the model), and one typed function per replying intent and language.
import type { ResolvedFacts } from '../../src/domain/facts.ts';
import type { TemplateLanguage } from '../../src/domain/languages.ts';

/** Shopify OrderDisplayFinancialStatus, reduced. */
export type FinancialState = 'paid' | 'pending' | 'authorized' | 'partially_paid' | 'refunded' | 'partially_refunded' | 'voided' | 'expired' | 'unknown';
/** Shopify OrderDisplayFulfillmentStatus, reduced. */
export type FulfillmentState = 'unfulfilled' | 'on_hold' | 'partially_fulfilled' | 'fulfilled' | 'restocked' | 'unknown';
/** Shopify FulfillmentDisplayStatus of one parcel, reduced. */
export type ShipmentState =
  | 'label_created'
  | 'shipped'
  | 'in_transit'
  | 'out_for_delivery'
  | 'ready_for_pickup'
  | 'attempted_delivery'
  | 'delayed'
  | 'delivered'
  | 'problem';
/** The one headline state of an order. */
export type ProgressState = ShipmentState | 'not_shipped' | 'on_hold' | 'partially_shipped' | 'cancelled';

export const FINANCIAL_STATES: readonly FinancialState[] = ['paid', 'pending', 'authorized', 'partially_paid', 'refunded', 'partially_refunded', 'voided', 'expired', 'unknown'];
export const SHIPMENT_STATES: readonly ShipmentState[] = ['label_created', 'shipped', 'in_transit', 'out_for_delivery', 'ready_for_pickup', 'attempted_delivery', 'delayed', 'delivered', 'problem'];
export const PROGRESS_STATES: readonly ProgressState[] = [...SHIPMENT_STATES, 'not_shipped', 'on_hold', 'partially_shipped', 'cancelled'];

/** Tracking exactly as Shopify has it; entries with neither number nor URL are dropped. */
export interface TrackingView {
  company: string | null;
  number: string | null;
  url: string | null;
}

/** One parcel. Dates are already formatted for the reply's locale. */
export interface ShipmentView {
  /** "1", "2" … (locale digits) when the order has several parcels; null for a single one. */
  index: string | null;
  state: ShipmentState;
  shippedOn: string;
  estimatedDelivery: string | null;
  /** The estimate is before `now` and the parcel is not delivered. */
  estimateHasPassed: boolean;
  deliveredOn: string | null;
  tracking: TrackingView[];
}

export interface ItemView {
  title: string;
  variant: string | null;
  /** Formatted for the locale (Persian digits in fa). */
  quantity: string;
}

export interface RefundView {
  amount: string;
  date: string;
}

export interface OrderView {
  name: string;
  placedOn: string;
  progress: ProgressState;
  financial: FinancialState;
  cancelledOn: string | null;
  items: ItemView[];
  total: string;
  /** Active parcels only; empty when nothing has shipped. */
  shipments: ShipmentView[];
  refunds: RefundView[];
}

export interface VariantView {
  /** null for a product's only, default variant. */
  title: string | null;
  price: string;
  inStock: boolean;
}

export interface ProductView {
  title: string;
  url: string | null;
  variants: VariantView[];
}

/** Everything a template may use, built from ResolvedFacts by src/domain/drafting.ts. */
export interface TemplateFacts {
  language: TemplateLanguage;
  /** BCP 47 locale the dates and amounts were formatted with. */
  locale: string;
  /** From the shop's customer record, else the From display name; null when neither is usable. */
  firstName: string | null;
  storeName: string;
  identity: ResolvedFacts['identity'];
  /** The sender's own orders, most relevant first. Always empty unless identity is `verified`. */
  orders: OrderView[];
  products: ProductView[];
}

// What each template receives: only the part of the view it needs. The identity replies get no
// order at all, so they cannot leak one.
export interface BaseFacts {
  storeName: string;
}
export interface OrderFacts extends BaseFacts {
  order: OrderView;
}
export type CancelOutcome = 'requested' | 'already_shipped' | 'already_cancelled';
export type AddressOutcome = 'requested' | 'need_address' | 'already_shipped' | 'already_cancelled';

export interface StatusWords {
  /** "paid", "payment pending" … */
  financial: Record<FinancialState, string>;
  /** Of one parcel: "on its way", "delivered" … */
  shipment: Record<ShipmentState, string>;
  /** Completes "Your order #1004, placed on …, ___.": "is on its way", "has not shipped yet" … */
  progress: Record<ProgressState, string>;
}

/** Labels and short sentences the shared order/product blocks are built from (compose.ts). */
export interface Phrases {
  headline(name: string, placedOn: string, progress: string): string;
  /** Replaces progress.cancelled in the headline when the date is known: "was cancelled on …". */
  cancelledOn(date: string): string;
  itemsHeading: string;
  item(title: string, variant: string | null, quantity: string): string;
  /** state is null when the headline already said it (a single parcel in an order summary). */
  shipmentHeading(index: string | null, shippedOn: string, state: string | null): string;
  carrier(company: string): string;
  trackingNumber(number: string): string;
  trackingLink(url: string): string;
  estimatedDelivery(date: string): string;
  estimateLate(date: string): string;
  deliveredOn(date: string): string;
  restNotShipped: string;
  total(amount: string): string;
  payment(status: string): string;
  refund(amount: string, date: string): string;
  variant(title: string | null, price: string, inStock: boolean): string;
  productLink(url: string): string;
}

/** Which closing sentence a single-order status reply needs (compose.ts followUpKind). */
export type FollowUpKind = 'delivered' | 'not_shipped' | 'delivery_issue';

/**
 * One language's sentences, grouped by the template they appear in. Which paragraphs a reply has,
 * in what order and under which condition is decided once, in buildTemplates.ts; `name` is the
 * order name ("#1004") and `placedOn` its formatted date.
 */
export interface ReplySentences {
  /** Opens identityMismatch, noOrderFound and other: "Thank you for contacting Acme." */
  thanksForContacting(storeName: string): string;
  identityMismatch: string;
  noOrderFound: string;
  whichOrder: {
    /** Lists the orders; the language joins the names with its own separator. */
    list(orderNames: readonly string[]): string;
    reply: string;
  };
  order_status: {
    followUp: Record<FollowUpKind, string>;
    severalIntro: string;
    severalOutro: string;
  };
  return_or_exchange: {
    intro(name: string): string;
    /** Only when the order has not shipped: offer a cancellation instead. */
    notShipped: string;
    withRefund: string;
    withoutRefund: string;
  };
  cancel_order: {
    requested(name: string, placedOn: string): string;
    requestedNext: string;
    alreadyShipped(name: string): string;
    returnInstead: string;
  };
  change_address: {
    requested(name: string): string;
    checkAddress: string;
    needAddress(name: string): string;
    alreadyShipped(name: string): string;
    withTracking: string;
    withoutTracking: string;
    /** Follows the order's headline. */
    alreadyCancelled: string;
  };
  refund_status: {
    refunds(name: string): string;
    refundDelay: string;
    proposed(name: string): string;
    proposedNext: string;
    none(name: string): string;
    noneNext: string;
  };
  damaged_or_wrong_item: {
    intro(name: string): string;
    askPhoto: string;
    withRefund: string;
    withoutRefund: string;
  };
  billing_payment: {
    intro(name: string, placedOn: string): string;
    outro: string;
  };
  product_question: {
    found: string;
    foundOutro: string;
    none: string;
  };
  discount_code: {
    intro(storeName: string): string;
    next: string;
  };
  /** Follows thanksForContacting. */
  other: string;
}

export interface ReplyTemplates {
  language: TemplateLanguage;
  words: StatusWords;
  phrases: Phrases;
  /** Subject when the inbound one was empty. */
  subjectFallback: string;
  greeting(firstName: string | null): string;
  signOff(signature: string): string;

  /** The sender named an order that is not theirs (or does not exist): reveal nothing. */
  identityMismatch(f: BaseFacts): string;
  /** An order question, but no order for this address: ask for the order number. */
  noOrderFound(f: BaseFacts): string;
  /** Several of the sender's orders and none named, for a request that needs one. */
  whichOrder(f: BaseFacts & { orderNames: string[] }): string;

  order_status(f: BaseFacts & { orders: OrderView[] }): string;
  return_or_exchange(f: OrderFacts & { refundProposed: boolean }): string;
  cancel_order(f: OrderFacts & { outcome: CancelOutcome }): string;
  change_address(f: OrderFacts & { outcome: AddressOutcome }): string;
  refund_status(f: OrderFacts & { refundProposed: boolean }): string;
  damaged_or_wrong_item(f: OrderFacts & { refundProposed: boolean }): string;
  billing_payment(f: OrderFacts): string;
  product_question(f: BaseFacts & { products: ProductView[] }): string;
  discount_code(f: BaseFacts): string;
  other(f: BaseFacts): string;
}

/** What a language file supplies; buildTemplates turns it into its ReplyTemplates. */
export type LanguagePack = Pick<ReplyTemplates, 'language' | 'words' | 'phrases' | 'subjectFallback' | 'greeting' | 'signOff'> & {
  sentences: ReplySentences;
};
