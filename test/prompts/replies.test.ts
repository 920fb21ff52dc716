import { describe, expect, it } from 'vitest';
import { followUpKind, hasTracking, orderSummary, shipmentBlock } from '../../prompts/replies/compose.ts';
import { FINANCIAL_STATES, type OrderView, PROGRESS_STATES, SHIPMENT_STATES, type ShipmentView } from '../../prompts/replies/types.ts';
import { TEMPLATES } from '../../src/domain/drafting.ts';
import { TEMPLATE_LANGUAGES } from '../../src/domain/languages.ts';

// Views built by hand: the templates see only these, never an Order or an email.
const parcel = (over: Partial<ShipmentView> = {}): ShipmentView => ({
  index: null,
  state: 'in_transit',
  shippedOn: 'March 4, 2025',
  estimatedDelivery: 'March 7, 2025',
  estimateHasPassed: false,
  deliveredOn: null,
  tracking: [{ company: 'UPS', number: '1Z999AA10123456784', url: 'https://ups.example/t/1Z999AA10123456784' }],
  ...over,
});

const view = (over: Partial<OrderView> = {}): OrderView => ({
  name: '#1004',
  placedOn: 'March 3, 2025',
  progress: 'in_transit',
  financial: 'paid',
  cancelledOn: null,
  items: [{ title: 'Linen Shirt', variant: 'M', quantity: '2' }],
  total: '€98.50',
  shipments: [parcel()],
  refunds: [],
  ...over,
});

const en = TEMPLATES.en;
const v = { words: en.words, phrases: en.phrases };

describe('every language module', () => {
  for (const language of TEMPLATE_LANGUAGES) {
    const t = TEMPLATES[language];

    it(`${language}: has a translated word for every status`, () => {
      expect(t.language).toBe(language);
      for (const [table, states] of [
        [t.words.financial, FINANCIAL_STATES],
        [t.words.shipment, SHIPMENT_STATES],
        [t.words.progress, PROGRESS_STATES],
      ] as const) {
        for (const state of states) {
          const word = (table as Record<string, string>)[state];
          expect(word?.trim()).toBeTruthy();
          if (language !== 'en') {
            const english = ({ ...en.words.financial, ...en.words.shipment, ...en.words.progress } as Record<string, string>)[state];
            expect(word).not.toBe(english);
          }
        }
      }
    });

    it(`${language}: identity replies carry the store name and no number at all`, () => {
      for (const text of [t.identityMismatch({ storeName: 'Linen & Co' }), t.noOrderFound({ storeName: 'Linen & Co' })]) {
        expect(text).toContain('Linen & Co');
        expect(text).not.toMatch(/[0-9۰-۹٠-٩#]/);
      }
      expect(t.identityMismatch({ storeName: 'S' })).not.toBe(t.noOrderFound({ storeName: 'S' }));
    });

    it(`${language}: whichOrder lists every order name`, () => {
      const text = t.whichOrder({ storeName: 'S', orderNames: ['#1004', '#1001'] });
      expect(text).toContain('#1004');
      expect(text).toContain('#1001');
    });

    it(`${language}: an order-status reply quotes tracking exactly and a not-shipped one does not`, () => {
      const shipped = t.order_status({ storeName: 'S', orders: [view()] });
      expect(shipped).toContain('1Z999AA10123456784');
      expect(shipped).toContain('https://ups.example/t/1Z999AA10123456784');
      expect(shipped).toContain(t.words.progress.in_transit);
      const waiting = t.order_status({ storeName: 'S', orders: [view({ progress: 'not_shipped', shipments: [] })] });
      expect(waiting).toContain(t.words.progress.not_shipped);
      expect(waiting).not.toContain(t.phrases.trackingNumber('').trim());
    });

    if (language === 'fa' || language === 'ar') {
      it(`${language}: writes right-to-left script`, () => {
        const text = t.other({ storeName: 'S' }) + t.cancel_order({ storeName: 'S', order: view({ progress: 'not_shipped', shipments: [] }), outcome: 'requested' });
        const rtl = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
        expect(rtl / text.replace(/\s/g, '').length).toBeGreaterThan(0.8);
      });
    }
  }
});

describe('compose blocks', () => {
  it('prints only the tracking fields that exist', () => {
    const onlyUrl = shipmentBlock(v, parcel({ tracking: [{ company: null, number: null, url: 'https://t.example/x' }] }));
    expect(onlyUrl).toContain('Track it here: https://t.example/x');
    expect(onlyUrl).not.toContain('Tracking number');
    expect(onlyUrl).not.toContain('Carrier');
    const none = shipmentBlock(v, parcel({ tracking: [], estimatedDelivery: null }));
    expect(none).toBe('Parcel sent on March 4, 2025: on its way.');
  });

  it('gives a delivery date instead of an estimate, and a late estimate as late', () => {
    expect(shipmentBlock(v, parcel({ state: 'delivered', deliveredOn: 'March 6, 2025' }))).toContain('Delivered on March 6, 2025');
    expect(shipmentBlock(v, parcel({ state: 'delivered', deliveredOn: 'March 6, 2025' }))).not.toContain('Estimated');
    expect(shipmentBlock(v, parcel({ estimateHasPassed: true }))).toContain('It was expected by March 7, 2025');
  });

  it('a cancelled order summary gives the cancellation date and no parcels', () => {
    const text = orderSummary(v, view({ progress: 'cancelled', cancelledOn: 'March 4, 2025' }));
    expect(text).toContain('Your order #1004, placed on March 3, 2025, was cancelled on March 4, 2025.');
    expect(text).not.toContain('1Z999AA10123456784');
  });

  it('a single parcel does not repeat the headline state; several are numbered with theirs', () => {
    const one = orderSummary(v, view());
    expect(one).toContain('Parcel sent on March 4, 2025.');
    const two = orderSummary(v, view({ progress: 'shipped', shipments: [parcel({ index: '1' }), parcel({ index: '2', state: 'delivered', deliveredOn: 'March 5, 2025' })] }));
    expect(two).toContain('Parcel 1 sent on March 4, 2025: on its way.');
    expect(two).toContain('Parcel 2 sent on March 4, 2025: delivered.');
  });

  it('knows when there is tracking and which follow-up an order needs', () => {
    expect(hasTracking(view())).toBe(true);
    expect(hasTracking(view({ shipments: [parcel({ tracking: [{ company: 'UPS', number: null, url: null }] })] }))).toBe(false);
    expect(followUpKind('delivered')).toBe('delivered');
    expect(followUpKind('on_hold')).toBe('not_shipped');
    expect(followUpKind('attempted_delivery')).toBe('delivery_issue');
    expect(followUpKind('in_transit')).toBeNull();
  });
});
