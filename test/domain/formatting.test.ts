import { describe, expect, it } from 'vitest';
import { financialState, formatDate, formatMoney, fulfillmentState, intlLocale, isOpenUnshipped, orderProgress, shipmentState } from '../../src/domain/formatting.ts';
import { type Fulfillment, Order } from '../../src/domain/shop.ts';

const fulfillment = (over: Partial<Fulfillment> = {}): Fulfillment => ({
  status: 'SUCCESS',
  displayStatus: 'IN_TRANSIT',
  createdAt: '2025-03-04T09:00:00Z',
  estimatedDeliveryAt: null,
  deliveredAt: null,
  trackingInfo: [],
  ...over,
});

const order = (over: Partial<Order> = {}): Order =>
  Order.parse({
    id: 'gid://shopify/Order/1',
    name: '#1001',
    email: null,
    customerEmail: null,
    customerName: null,
    createdAt: '2025-03-03T10:00:00Z',
    processedAt: null,
    cancelledAt: null,
    closed: false,
    financialStatus: 'PAID',
    fulfillmentStatus: 'UNFULFILLED',
    total: { amount: '10.00', currencyCode: 'USD' },
    lineItems: [],
    shippingAddress: null,
    fulfillments: [],
    refunds: [],
    adminUrl: null,
    ...over,
  });

describe('formatDate and formatMoney go through Intl', () => {
  const iso = '2025-03-03T23:30:00Z';

  it('formats a date per locale exactly as Intl does', () => {
    for (const locale of ['en', 'en-GB', 'es', 'fr', 'de', 'fa', 'ar']) {
      expect(formatDate(iso, locale)).toBe(new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso)));
    }
    expect(formatDate(iso, 'de')).toBe('3. März 2025');
    expect(formatDate(iso, 'es')).toBe('3 de marzo de 2025');
    expect(formatDate(iso, 'fa')).toContain('۱۴۰۳'); // Solar Hijri year, Persian digits
    // the time zone decides the calendar day
    expect(formatDate(iso, 'en', 'Asia/Tokyo')).toBe('March 4, 2025');
  });

  it('rejects a string that is not a date', () => {
    expect(() => formatDate('yesterday', 'en')).toThrow(RangeError);
  });

  it('formats Shopify decimal strings exactly, in the currency', () => {
    expect(formatMoney({ amount: '98.50', currencyCode: 'EUR' }, 'en')).toBe('€98.50');
    expect(formatMoney({ amount: '1234.5', currencyCode: 'USD' }, 'de')).toBe(new Intl.NumberFormat('de', { style: 'currency', currency: 'USD' }).format(1234.5));
    expect(formatMoney({ amount: '1000', currencyCode: 'JPY' }, 'en')).toBe('¥1,000');
    expect(() => formatMoney({ amount: '12,50', currencyCode: 'EUR' }, 'en')).toThrow(RangeError);
  });

  it('refines the reply language with the customer region only when the language matches', () => {
    expect(intlLocale('en', 'en-GB')).toBe('en-GB');
    expect(intlLocale('fr', 'fr_CA')).toBe('fr-CA');
    expect(intlLocale('fr', 'de-CH')).toBe('fr');
    expect(intlLocale('en', 'not a locale!')).toBe('en');
    expect(intlLocale('es', null)).toBe('es');
  });
});

describe('Shopify statuses reduced to plain states', () => {
  it('maps the enums, unknown values included', () => {
    expect(financialState('PARTIALLY_REFUNDED')).toBe('partially_refunded');
    expect(financialState('SOMETHING_NEW')).toBe('unknown');
    expect(fulfillmentState('PENDING_FULFILLMENT')).toBe('unfulfilled');
    expect(fulfillmentState('ON_HOLD')).toBe('on_hold');
    expect(shipmentState(fulfillment({ displayStatus: 'CARRIER_PICKED_UP' }))).toBe('in_transit');
    expect(shipmentState(fulfillment({ displayStatus: 'NOT_DELIVERED' }))).toBe('problem');
    expect(shipmentState(fulfillment({ displayStatus: null }))).toBe('shipped');
    expect(shipmentState(fulfillment({ displayStatus: 'IN_TRANSIT', deliveredAt: '2025-03-06T00:00:00Z' }))).toBe('delivered');
  });

  it('derives one headline state for an order', () => {
    expect(orderProgress(order())).toBe('not_shipped');
    expect(orderProgress(order({ fulfillmentStatus: 'ON_HOLD' }))).toBe('on_hold');
    expect(orderProgress(order({ cancelledAt: '2025-03-04T00:00:00Z' }))).toBe('cancelled');
    expect(orderProgress(order({ fulfillmentStatus: 'FULFILLED', fulfillments: [fulfillment()] }))).toBe('in_transit');
    expect(orderProgress(order({ fulfillmentStatus: 'PARTIALLY_FULFILLED', fulfillments: [fulfillment()] }))).toBe('partially_shipped');
    expect(orderProgress(order({ fulfillmentStatus: 'FULFILLED', fulfillments: [fulfillment(), fulfillment({ displayStatus: 'DELIVERED' })] }))).toBe('shipped');
    // Shopify says fulfilled but sent no fulfillment: shipped, not "not shipped"
    expect(orderProgress(order({ fulfillmentStatus: 'FULFILLED' }))).toBe('shipped');
    // a cancelled fulfillment is not a parcel
    expect(orderProgress(order({ fulfillments: [fulfillment({ status: 'CANCELLED', displayStatus: 'CANCELED' })] }))).toBe('not_shipped');
  });

  it('only open, unshipped orders can be cancelled or readdressed', () => {
    expect(isOpenUnshipped(order())).toBe(true);
    expect(isOpenUnshipped(order({ fulfillmentStatus: 'ON_HOLD' }))).toBe(true);
    expect(isOpenUnshipped(order({ cancelledAt: '2025-03-04T00:00:00Z' }))).toBe(false);
    expect(isOpenUnshipped(order({ fulfillmentStatus: 'FULFILLED', fulfillments: [fulfillment({ displayStatus: 'LABEL_PRINTED' })] }))).toBe(false);
  });
});

describe('formatter reuse', () => {
  it('gives the same text for every locale and zone when formatters are reused', () => {
    const once = [formatDate('2025-03-03T23:30:00Z', 'de'), formatDate('2025-03-03T23:30:00Z', 'en-US', 'America/New_York'), formatMoney({ amount: '19.995', currencyCode: 'EUR' }, 'fr')];
    const again = [formatDate('2025-03-03T23:30:00Z', 'de'), formatDate('2025-03-03T23:30:00Z', 'en-US', 'America/New_York'), formatMoney({ amount: '19.995', currencyCode: 'EUR' }, 'fr')];
    expect(again).toEqual(once);
    expect(once[0]).toBe('3. März 2025');
    expect(once[1]).toBe('March 3, 2025');
    // A different zone is a different formatter, not the cached UTC one.
    expect(formatDate('2025-03-03T23:30:00Z', 'en-US')).toBe('March 3, 2025');
    expect(formatDate('2025-03-03T23:30:00Z', 'en-US', 'Asia/Tokyo')).toBe('March 4, 2025');
  });

  it('still throws for a bad currency or locale after good ones were cached', () => {
    expect(formatMoney({ amount: '1.00', currencyCode: 'USD' }, 'en')).toBe('$1.00');
    expect(() => formatMoney({ amount: '1.00', currencyCode: 'NOT-A-CODE' }, 'en')).toThrow(RangeError);
    expect(() => formatMoney({ amount: '1.00', currencyCode: 'NOT-A-CODE' }, 'en')).toThrow(RangeError);
    expect(() => formatDate('2025-03-03T00:00:00Z', 'en', 'Not/AZone')).toThrow(RangeError);
  });

  it('refines the locale the same way on a repeated call', () => {
    expect(intlLocale('en', 'en_GB')).toBe('en-GB');
    expect(intlLocale('en', 'en_GB')).toBe('en-GB');
    expect(intlLocale('fr', 'de-CH')).toBe('fr');
    expect(intlLocale('fr', 'not a tag!')).toBe('fr');
  });
});
