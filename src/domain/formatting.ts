// Locale-aware formatting for replies: dates and money through Intl only, and Shopify's status
// enums reduced to the few plain states the reply templates have words for.
import type { FinancialState, FulfillmentState, ProgressState, ShipmentState } from '../../prompts/replies/types.ts';
import type { TemplateLanguage } from './languages.ts';
import type { Fulfillment, Money, Order } from './shop.ts';

/**
 * The BCP 47 locale for Intl: the reply language, refined with the customer's region when the
 * customer's locale is in the same language ("en" + "en-GB" → "en-GB"; "fr" + "de-CH" → "fr").
 */
export function intlLocale(language: TemplateLanguage, customerLocale: string | null): string {
  if (!customerLocale) return language;
  return cached(locales, `${language}\u0000${customerLocale}`, () => refinedLocale(language, customerLocale));
}

function refinedLocale(language: TemplateLanguage, customerLocale: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(customerLocale.replace('_', '-'));
    if (canonical && new Intl.Locale(canonical).language === language) return canonical;
  } catch {
    // not a valid BCP 47 tag: use the bare language
  }
  return language;
}

// Intl formatters are expensive to build (ICU loads locale data for each) and, made per call, left
// hundreds of MB of native memory behind in a long run (20,000 DateTimeFormats: ~500 MB of malloc
// heap that a GC does not give back): build each locale/option set once. Only what was built
// without throwing is kept (an invalid tag or currency still throws every time), and the maps are
// bounded, since locales and currencies come from the shop's data.
const MAX_FORMATTERS = 256;
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const locales = new Map<string, string>();

function cached<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let f = cache.get(key);
  if (f === undefined) {
    f = make();
    if (cache.size >= MAX_FORMATTERS) cache.delete(cache.keys().next().value!);
    cache.set(key, f);
  }
  return f;
}

/** Plain numbers (quantities, "shipment 2 of 3") in the locale's digits. */
export function numberFormat(locale: string): Intl.NumberFormat {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale));
}

/** A calendar date in the locale's long style ("March 3, 2025", "3. März 2025", "۱۳ اسفند ۱۴۰۳"). */
export function formatDate(iso: string, locale: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${iso}`);
  return cached(dateFormats, `${locale}\u0000${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone })).format(date);
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * An amount in its currency, formatted for the locale. Shopify sends amounts as decimal strings;
 * Intl formats the string exactly (no float rounding of "19.995").
 */
export function formatMoney(money: Money, locale: string): string {
  if (!DECIMAL.test(money.amount)) throw new RangeError(`not a decimal amount: ${money.amount}`);
  const format = cached(moneyFormats, `${locale}\u0000${money.currencyCode}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currencyCode }));
  return format.format(money.amount as `${number}`);
}

/** Shopify OrderDisplayFinancialStatus → plain state. */
export function financialState(code: string): FinancialState {
  switch (code.toUpperCase()) {
    case 'PAID':
      return 'paid';
    case 'PENDING':
      return 'pending';
    case 'AUTHORIZED':
      return 'authorized';
    case 'PARTIALLY_PAID':
      return 'partially_paid';
    case 'REFUNDED':
      return 'refunded';
    case 'PARTIALLY_REFUNDED':
      return 'partially_refunded';
    case 'VOIDED':
      return 'voided';
    case 'EXPIRED':
      return 'expired';
    default:
      return 'unknown';
  }
}

/** Shopify OrderDisplayFulfillmentStatus → plain state. */
export function fulfillmentState(code: string): FulfillmentState {
  switch (code.toUpperCase()) {
    case 'UNFULFILLED':
    case 'OPEN':
    case 'PENDING_FULFILLMENT':
    case 'SCHEDULED':
    case 'IN_PROGRESS':
    case 'REQUEST_DECLINED':
      return 'unfulfilled';
    case 'ON_HOLD':
      return 'on_hold';
    case 'PARTIALLY_FULFILLED':
      return 'partially_fulfilled';
    case 'FULFILLED':
      return 'fulfilled';
    case 'RESTOCKED':
      return 'restocked';
    default:
      return 'unknown';
  }
}

/** A fulfillment that was cancelled (or whose label was voided) is not a shipment. */
export function isActiveFulfillment(f: Fulfillment): boolean {
  const status = f.status.toUpperCase();
  const display = (f.displayStatus ?? '').toUpperCase();
  return status !== 'CANCELLED' && status !== 'ERROR' && status !== 'FAILURE' && display !== 'CANCELED' && display !== 'LABEL_VOIDED';
}

/** Shopify FulfillmentDisplayStatus (and deliveredAt) → plain shipment state. */
export function shipmentState(f: Fulfillment): ShipmentState {
  if (f.deliveredAt) return 'delivered';
  switch ((f.displayStatus ?? '').toUpperCase()) {
    case 'LABEL_PRINTED':
    case 'LABEL_PURCHASED':
    case 'SUBMITTED':
      return 'label_created';
    case 'IN_TRANSIT':
    case 'CARRIER_PICKED_UP':
      return 'in_transit';
    case 'OUT_FOR_DELIVERY':
      return 'out_for_delivery';
    case 'READY_FOR_PICKUP':
      return 'ready_for_pickup';
    case 'ATTEMPTED_DELIVERY':
      return 'attempted_delivery';
    case 'DELAYED':
      return 'delayed';
    case 'DELIVERED':
    case 'PICKED_UP':
      return 'delivered';
    case 'FAILURE':
    case 'NOT_DELIVERED':
      return 'problem';
    default:
      // CONFIRMED, FULFILLED, MARKED_AS_FULFILLED or no display status: it left the shop.
      return 'shipped';
  }
}

/** The one headline state of an order, for "Your order #1004 … is on its way". */
export function orderProgress(order: Order): ProgressState {
  if (order.cancelledAt) return 'cancelled';
  const shipments = order.fulfillments.filter(isActiveFulfillment).map(shipmentState);
  const fulfillment = fulfillmentState(order.fulfillmentStatus);
  if (shipments.length === 0) {
    // Shopify says it shipped but sent no fulfillment: trust the status, describe no parcel.
    if (fulfillment === 'fulfilled') return 'shipped';
    if (fulfillment === 'partially_fulfilled') return 'partially_shipped';
    if (fulfillment === 'on_hold') return 'on_hold';
    if (fulfillment === 'restocked') return 'cancelled';
    return 'not_shipped';
  }
  if (fulfillment === 'partially_fulfilled') return 'partially_shipped';
  const [first] = shipments;
  return first !== undefined && shipments.every((s) => s === first) ? first : 'shipped';
}

/** Not shipped, not cancelled: the only orders a cancellation or address change can be proposed for. */
export function isOpenUnshipped(order: Order): boolean {
  const progress = orderProgress(order);
  return progress === 'not_shipped' || progress === 'on_hold';
}
