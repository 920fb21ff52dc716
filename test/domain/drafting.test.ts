import { describe, expect, it } from 'vitest';
import { type DraftInput, TEMPLATES, chooseLanguage, greetingName, mentionsRefund, renderDraft, replySubject } from '../../src/domain/drafting.ts';
import { Classification } from '../../src/domain/classification.ts';
import { ResolvedFacts } from '../../src/domain/facts.ts';
import { formatMoney } from '../../src/domain/formatting.ts';
import type { Intent } from '../../src/domain/intents.ts';
import { TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../src/domain/languages.ts';
import { normalizeDigits } from '../../src/domain/orderNumbers.ts';
import { Customer, type Fulfillment, Order, Product } from '../../src/domain/shop.ts';

// Test data built here (not from fixtures/): one customer, Ana, and her order #1004.
const NOW = new Date('2025-03-05T12:00:00Z');
const TRACKING = '1Z999AA10123456784';
const TRACK_URL = 'https://www.ups.com/track?tracknum=1Z999AA10123456784';
const ITEM = 'Linen Shirt';
const ITEM_2 = 'Canvas Tote';

const inTransit = (over: Partial<Fulfillment> = {}): Fulfillment => ({
  status: 'SUCCESS',
  displayStatus: 'IN_TRANSIT',
  createdAt: '2025-03-04T09:00:00Z',
  estimatedDeliveryAt: '2025-03-07T00:00:00Z',
  deliveredAt: null,
  trackingInfo: [{ company: 'UPS', number: TRACKING, url: TRACK_URL }],
  ...over,
});

function order(over: Partial<Order> = {}): Order {
  return Order.parse({
    id: 'gid://shopify/Order/5551004',
    name: '#1004',
    email: 'ana@example.com',
    customerEmail: 'ana@example.com',
    customerName: 'Ana Pérez',
    createdAt: '2025-03-03T10:00:00Z',
    processedAt: '2025-03-03T10:00:00Z',
    cancelledAt: null,
    closed: false,
    financialStatus: 'PAID',
    fulfillmentStatus: 'FULFILLED',
    total: { amount: '98.50', currencyCode: 'EUR' },
    lineItems: [
      { title: ITEM, variantTitle: 'M / Blue', sku: 'LS-M-B', quantity: 2 },
      { title: ITEM_2, variantTitle: 'Default Title', sku: null, quantity: 1 },
    ],
    shippingAddress: null,
    fulfillments: [inTransit()],
    refunds: [],
    adminUrl: null,
    ...over,
  });
}

const unfulfilled = (over: Partial<Order> = {}) => order({ fulfillmentStatus: 'UNFULFILLED', fulfillments: [], ...over });

const customer = (over: Partial<Customer> = {}): Customer =>
  Customer.parse({
    id: 'gid://shopify/Customer/77',
    email: 'ana@example.com',
    firstName: 'Ana',
    lastName: 'Pérez',
    numberOfOrders: 3,
    amountSpent: { amount: '250.00', currencyCode: 'EUR' },
    tags: [],
    createdAt: '2024-01-01T00:00:00Z',
    locale: null,
    ...over,
  });

const shirt = Product.parse({
  id: 'gid://shopify/Product/1',
  title: 'Linen Shirt',
  handle: 'linen-shirt',
  description: 'A shirt.',
  productType: 'Shirts',
  vendor: 'Linen & Co',
  tags: [],
  status: 'ACTIVE',
  totalInventory: 4,
  onlineStoreUrl: 'https://linen.example/products/linen-shirt',
  priceCurrency: 'EUR',
  variants: [
    { id: 'v1', title: 'M', sku: null, price: '49.25', inventoryQuantity: 4, availableForSale: true },
    { id: 'v2', title: 'L', sku: null, price: '49.25', inventoryQuantity: 0, availableForSale: false },
  ],
});

function facts(over: Partial<ResolvedFacts> = {}): ResolvedFacts {
  return ResolvedFacts.parse({ identity: 'verified', orders: [order()], requestedOrderNames: ['#1004'], customer: null, products: [], lookups: [], ...over });
}

function draftInput(intent: Intent, language: string, f: ResolvedFacts, over: Partial<DraftInput> = {}, newAddress: string | null = null): DraftInput {
  const classification = Classification.parse({
    intent,
    action: 'reply',
    orderNumbers: f.requestedOrderNames,
    language,
    entities: { newAddress },
    confidence: 0.9,
  });
  return { classification, facts: f, subject: 'Question about #1004', customerName: 'Ana Pérez', storeName: 'Linen & Co', signature: 'The Linen & Co team', now: NOW, ...over };
}

/** The reply without greeting and sign-off: what the intent template wrote. */
const content = (body: string) => body.split('\n\n').slice(1, -1).join('\n\n');

const REPLYING: Intent[] = [
  'order_status',
  'return_or_exchange',
  'cancel_order',
  'change_address',
  'refund_status',
  'damaged_or_wrong_item',
  'product_question',
  'discount_code',
  'billing_payment',
  'other',
];
const ORDER_INTENTS: Intent[] = ['order_status', 'return_or_exchange', 'cancel_order', 'change_address', 'refund_status', 'damaged_or_wrong_item', 'billing_payment'];

// A word that only a reply written in that language contains.
const MARKERS: Record<TemplateLanguage, string[]> = {
  en: ['order', 'Thank', 'team', 'question'],
  es: ['pedido', 'Gracias', 'equipo', 'pregunta'],
  fr: ['commande', 'Merci', 'équipe', 'question'],
  de: ['Bestellung', 'Vielen Dank', 'Team', 'Frage'],
  fa: ['سفارش', 'سپاسگزار', 'تیم', 'پرسش'],
  ar: ['طلب', 'شكرًا', 'فريق', 'سؤال'],
};
const ENGLISH_ONLY = /\b(the|your|order|please|thank)\b/i;
const arabicScript = (s: string) => (s.match(/[\u0600-\u06FF]/g) ?? []).length;
const latinLetters = (s: string) => (s.match(/[A-Za-z]/g) ?? []).length;

function factsFor(intent: Intent): ResolvedFacts {
  if (intent === 'product_question') return facts({ identity: 'not_needed', orders: [], requestedOrderNames: [], products: [shirt] });
  if (intent === 'discount_code' || intent === 'other') return facts({ identity: 'not_needed', orders: [], requestedOrderNames: [] });
  return facts();
}

describe('renderDraft: every replying intent in every language', () => {
  for (const language of TEMPLATE_LANGUAGES) {
    for (const intent of REPLYING) {
      it(`${intent} in ${language}`, () => {
        const draft = renderDraft(draftInput(intent, language, factsFor(intent)));
        const text = content(draft.body);
        expect(draft.language).toBe(language);
        expect(text.trim().length).toBeGreaterThan(20);
        expect(MARKERS[language].some((m) => text.includes(m))).toBe(true);
        if (language !== 'en') expect(text).not.toMatch(ENGLISH_ONLY);
        if (language === 'fa' || language === 'ar') expect(arabicScript(text)).toBeGreaterThan(latinLetters(text));
        expect(draft.body.endsWith('The Linen & Co team')).toBe(true);
        if (ORDER_INTENTS.includes(intent)) {
          expect(text).toContain('#1004');
          expect(draft.factsUsed).toContain('identity verified');
        }
        // The in-transit order: every reply that describes the parcel quotes tracking exactly.
        if (intent === 'order_status' || intent === 'cancel_order' || intent === 'change_address') {
          expect(text).toContain(TRACKING);
          expect(text).toContain(TRACK_URL);
        }
        if (intent === 'product_question') {
          expect(text).toContain('Linen Shirt');
          expect(text).toContain(TEMPLATES[language].phrases.variant('M', formatMoney({ amount: '49.25', currencyCode: 'EUR' }, language), true));
        }
      });
    }
  }
});

describe('identity mismatch reveals nothing about any order', () => {
  const owner = customer({ firstName: 'Zed', locale: 'de-DE' });
  // Even if a faulty resolve step left the order in the facts, the draft must not use it.
  const leaky = facts({ identity: 'mismatch', orders: [order({ refunds: [{ createdAt: '2025-03-05T00:00:00Z', total: { amount: '10.00', currencyCode: 'EUR' }, note: null }] })], customer: owner });
  const clean = facts({ identity: 'mismatch', orders: [], customer: null });

  for (const language of TEMPLATE_LANGUAGES) {
    const t = TEMPLATES[language];
    const statusWords = [...Object.values(t.words.financial), ...Object.values(t.words.shipment), ...Object.values(t.words.progress)];
    for (const intent of REPLYING) {
      it(`${intent} in ${language}`, () => {
        for (const f of [leaky, clean]) {
          const draft = renderDraft(draftInput(intent, language, f, { customerName: 'Mallory' }));
          const { body } = draft;
          expect(body).toContain(t.identityMismatch({ storeName: 'Linen & Co' }));
          expect(draft.proposedAction).toBeNull();
          expect(draft.language).toBe(language);
          // no order number, not even in another script; no digits at all, so no dates or totals
          expect(normalizeDigits(body)).not.toMatch(/1004/);
          expect(body).not.toMatch(/[0-9۰-۹٠-٩]/);
          for (const leak of [TRACKING, TRACK_URL, 'UPS', ITEM, ITEM_2, 'Zed', '98.50', '98,50', formatMoney({ amount: '98.50', currencyCode: 'EUR' }, language)]) {
            expect(body).not.toContain(leak);
          }
          for (const word of statusWords) expect(body).not.toContain(word);
          // greets with the From display name only, never the shop record found for the order
          expect(body.split('\n')[0]).toContain('Mallory');
          expect(draft.factsUsed.join(' ')).not.toMatch(/1004|UPS|tracking/);
        }
      });
    }
  }
});

describe('what a reply may say about shipping', () => {
  for (const language of TEMPLATE_LANGUAGES) {
    const p = TEMPLATES[language].phrases;
    const trackingLabels = [p.trackingNumber('').trim(), p.carrier('').trim(), p.trackingLink('').trim(), p.estimatedDelivery('').trim()];

    it(`an unshipped order says so and mentions no tracking (${language})`, () => {
      const draft = renderDraft(draftInput('order_status', language, facts({ orders: [unfulfilled()] })));
      expect(draft.body).toContain(TEMPLATES[language].words.progress.not_shipped);
      for (const label of trackingLabels) expect(draft.body).not.toContain(label);
      expect(draft.factsUsed).toContain('#1004 fulfillment UNFULFILLED');
      expect(draft.factsUsed.some((f) => f.startsWith('tracking'))).toBe(false);
    });

    it(`a shipped order without tracking mentions none (${language})`, () => {
      const f = facts({ orders: [order({ fulfillments: [inTransit({ trackingInfo: [], estimatedDeliveryAt: null, displayStatus: 'FULFILLED' })] })] });
      const draft = renderDraft(draftInput('order_status', language, f));
      expect(draft.body).toContain(TEMPLATES[language].words.progress.shipped);
      for (const label of trackingLabels) expect(draft.body).not.toContain(label);
    });
  }

  it('a delivered parcel gives its delivery date and no estimate', () => {
    const f = facts({ orders: [order({ fulfillments: [inTransit({ displayStatus: 'DELIVERED', deliveredAt: '2025-03-06T15:00:00Z' })] })] });
    const { body } = renderDraft(draftInput('order_status', 'en', f));
    expect(body).toContain('has been delivered');
    expect(body).toContain('Delivered on March 6, 2025');
    expect(body).not.toContain('Estimated delivery');
  });

  it('an estimate in the past is called late, not promised', () => {
    const f = facts({ orders: [order({ fulfillments: [inTransit({ estimatedDeliveryAt: '2025-03-01T00:00:00Z' })] })] });
    const { body } = renderDraft(draftInput('order_status', 'en', f));
    expect(body).toContain('It was expected by March 1, 2025 and is taking longer than planned.');
    expect(body).not.toContain('Estimated delivery');
  });

  it('a cancelled fulfillment is not a parcel', () => {
    const f = facts({ orders: [unfulfilled({ fulfillments: [inTransit({ status: 'CANCELLED', displayStatus: 'CANCELED' })] })] });
    const { body } = renderDraft(draftInput('order_status', 'en', f));
    expect(body).toContain('has not shipped yet');
    expect(body).not.toContain(TRACKING);
  });

  it('several parcels are numbered, each with its own tracking', () => {
    const second = inTransit({ displayStatus: 'DELIVERED', deliveredAt: '2025-03-05T08:00:00Z', trackingInfo: [{ company: 'DHL', number: 'JD014600006281230704', url: null }] });
    const { body } = renderDraft(draftInput('order_status', 'en', facts({ orders: [order({ fulfillments: [inTransit(), second] })] })));
    expect(body).toContain('Parcel 1 sent on March 4, 2025: on its way.');
    expect(body).toContain('Parcel 2 sent on March 4, 2025: delivered.');
    expect(body).toContain('Carrier: DHL · Tracking number: JD014600006281230704');
  });

  it('factsUsed lists each fact the reply used, for the desk', () => {
    const draft = renderDraft(draftInput('order_status', 'en', facts()));
    expect(draft.factsUsed).toEqual(
      expect.arrayContaining([
        'identity verified',
        '#1004 placed 2025-03-03T10:00:00Z',
        '#1004 fulfillment IN_TRANSIT',
        `tracking UPS ${TRACKING}`,
        `tracking URL ${TRACK_URL}`,
        '#1004 estimated delivery 2025-03-07T00:00:00Z',
        `#1004 item ${ITEM} (M / Blue) × 2`,
      ]),
    );
  });
});

describe('proposed actions', () => {
  it('cancel on a verified unshipped order proposes the cancellation and says the team is processing it', () => {
    const draft = renderDraft(draftInput('cancel_order', 'en', facts({ orders: [unfulfilled()] })));
    expect(draft.proposedAction).toEqual({ kind: 'cancel_order', orderId: 'gid://shopify/Order/5551004', orderName: '#1004', reason: 'CUSTOMER', refund: true, restock: true });
    expect(draft.body).toContain('our team is now processing your cancellation request');
    expect(draft.body).not.toMatch(/we (have )?cancelled|has been cancelled|was cancelled/i);
  });

  it('cancel on an order on hold is still proposed', () => {
    const draft = renderDraft(draftInput('cancel_order', 'de', facts({ orders: [unfulfilled({ fulfillmentStatus: 'ON_HOLD' })] })));
    expect(draft.proposedAction?.kind).toBe('cancel_order');
    expect(draft.body).toContain('Stornierungsanfrage');
  });

  it('cancel on a shipped order proposes nothing and offers a return', () => {
    const draft = renderDraft(draftInput('cancel_order', 'en', facts()));
    expect(draft.proposedAction).toBeNull();
    expect(draft.body).toContain('has already shipped, so it can no longer be cancelled');
    expect(draft.body).toContain('return instructions');
  });

  it('cancel on a partly shipped order proposes nothing', () => {
    const draft = renderDraft(draftInput('cancel_order', 'en', facts({ orders: [order({ fulfillmentStatus: 'PARTIALLY_FULFILLED' })] })));
    expect(draft.proposedAction).toBeNull();
    expect(draft.body).toContain('The rest of your order has not shipped yet.');
  });

  it('cancel on an already cancelled order proposes nothing and gives the date', () => {
    const f = facts({ orders: [unfulfilled({ cancelledAt: '2025-03-04T08:00:00Z', financialStatus: 'REFUNDED' })] });
    const draft = renderDraft(draftInput('cancel_order', 'fr', f));
    expect(draft.proposedAction).toBeNull();
    expect(draft.body).toContain('Votre commande #1004, passée le 3 mars 2025, a été annulée le 4 mars 2025.');
  });

  it('cancel without a verified order proposes nothing', () => {
    for (const identity of ['mismatch', 'no_order'] as const) {
      const draft = renderDraft(draftInput('cancel_order', 'en', facts({ identity, orders: [] })));
      expect(draft.proposedAction).toBeNull();
    }
  });

  it('cancel with several orders and none named asks which one', () => {
    const older = unfulfilled({ id: 'gid://shopify/Order/5551001', name: '#1001', createdAt: '2025-01-10T10:00:00Z' });
    const draft = renderDraft(draftInput('cancel_order', 'en', facts({ orders: [older, unfulfilled()], requestedOrderNames: [] })));
    expect(draft.proposedAction).toBeNull();
    expect(draft.body).toContain('#1004, #1001');
    expect(draft.body).toContain('Which order');
  });

  it('cancel on the named one of several orders targets that order', () => {
    const older = unfulfilled({ id: 'gid://shopify/Order/5551001', name: '#1001', createdAt: '2025-01-10T10:00:00Z' });
    const draft = renderDraft(draftInput('cancel_order', 'en', facts({ orders: [unfulfilled(), older], requestedOrderNames: ['#1001'] })));
    expect(draft.proposedAction).toMatchObject({ kind: 'cancel_order', orderName: '#1001', orderId: 'gid://shopify/Order/5551001' });
    expect(draft.body).toContain('#1001');
    expect(draft.body).not.toContain('#1004');
  });

  it('change_address with a new address on an unshipped order proposes it, without echoing the address', () => {
    const address = 'Calle Mayor 5, 28013 Madrid';
    const draft = renderDraft(draftInput('change_address', 'es', facts({ orders: [unfulfilled()] }), {}, address));
    expect(draft.proposedAction).toEqual({ kind: 'change_address', orderId: 'gid://shopify/Order/5551004', orderName: '#1004', newAddress: address });
    expect(draft.body).not.toContain('Calle Mayor');
    expect(draft.body).toContain('nueva dirección de entrega');
  });

  it('change_address without an address asks for it; on a shipped order proposes nothing', () => {
    const ask = renderDraft(draftInput('change_address', 'en', facts({ orders: [unfulfilled()] })));
    expect(ask.proposedAction).toBeNull();
    expect(ask.body).toContain('Please reply with the complete new address');
    const shipped = renderDraft(draftInput('change_address', 'en', facts(), {}, 'Elm Street 1, Springfield'));
    expect(shipped.proposedAction).toBeNull();
    expect(shipped.body).toContain('can no longer change its delivery address');
  });

  it('refund_status on a paid order with no refund proposes a refund for staff to size', () => {
    const draft = renderDraft(draftInput('refund_status', 'en', facts()));
    expect(draft.proposedAction).toMatchObject({ kind: 'refund_order', orderId: 'gid://shopify/Order/5551004', orderName: '#1004', amount: null });
    expect(draft.body).toContain('We have not issued a refund for order #1004 yet.');
  });

  it('refund_status with a recorded refund reports it and proposes nothing', () => {
    const f = facts({ orders: [order({ financialStatus: 'PARTIALLY_REFUNDED', refunds: [{ createdAt: '2025-03-10T09:00:00Z', total: { amount: '49.25', currencyCode: 'EUR' }, note: null }] })] });
    const draft = renderDraft(draftInput('refund_status', 'de', f));
    expect(draft.proposedAction).toBeNull();
    const amount = formatMoney({ amount: '49.25', currencyCode: 'EUR' }, 'de');
    expect(amount).toMatch(/^49,25\s€$/); // Intl puts a no-break space before the sign
    expect(draft.body).toContain(`Erstattung über ${amount} am 10. März 2025`);
    expect(draft.factsUsed).toContain('#1004 refund 49.25 EUR on 2025-03-10T09:00:00Z');
  });

  it('refund_status on an unpaid order proposes nothing', () => {
    const draft = renderDraft(draftInput('refund_status', 'en', facts({ orders: [unfulfilled({ financialStatus: 'PENDING' })] })));
    expect(draft.proposedAction).toBeNull();
    expect(draft.body).toContain('Payment status: payment pending.');
  });

  it('damaged_or_wrong_item asks for a photo; a refund only when the customer asks for money back', () => {
    const plain = renderDraft(draftInput('damaged_or_wrong_item', 'en', facts()));
    expect(plain.body).toContain('photo');
    expect(plain.proposedAction).toBeNull();
    const refund = renderDraft(draftInput('damaged_or_wrong_item', 'fa', facts(), { refundRequested: true }));
    expect(refund.body).toContain('عکس');
    expect(refund.proposedAction).toMatchObject({ kind: 'refund_order', orderName: '#1004', amount: null });
  });

  it('return_or_exchange proposes a refund only when asked for money back, never on a cancelled order', () => {
    expect(renderDraft(draftInput('return_or_exchange', 'en', facts())).proposedAction).toBeNull();
    expect(renderDraft(draftInput('return_or_exchange', 'en', facts(), { refundRequested: true })).proposedAction?.kind).toBe('refund_order');
    const cancelled = facts({ orders: [unfulfilled({ cancelledAt: '2025-03-04T08:00:00Z' })] });
    expect(renderDraft(draftInput('return_or_exchange', 'en', cancelled, { refundRequested: true })).proposedAction).toBeNull();
  });

  it('order intents without an order for the sender ask for the order number', () => {
    for (const language of TEMPLATE_LANGUAGES) {
      const draft = renderDraft(draftInput('order_status', language, facts({ identity: 'no_order', orders: [], requestedOrderNames: [] })));
      expect(draft.body).toContain(TEMPLATES[language].noOrderFound({ storeName: 'Linen & Co' }));
      expect(draft.proposedAction).toBeNull();
    }
  });

  it('order_status with several orders and none named lists the three newest', () => {
    const orders = ['#1001', '#1002', '#1003', '#1004'].map((name, i) =>
      unfulfilled({ id: `gid://shopify/Order/${i}`, name, createdAt: `2025-02-0${i + 1}T10:00:00Z` }),
    );
    const { body } = renderDraft(draftInput('order_status', 'en', facts({ orders, requestedOrderNames: [] })));
    expect(body).toContain('Here are your most recent orders:');
    expect(body.indexOf('#1004')).toBeLessThan(body.indexOf('#1003'));
    expect(body).toContain('#1002');
    expect(body).not.toContain('#1001');
  });
});

describe('language, locale, subject and greeting', () => {
  it('chooses the classified language, then the customer locale, then English', () => {
    expect(chooseLanguage('de', 'fr-FR')).toBe('de');
    expect(chooseLanguage('und', 'fr-CA')).toBe('fr');
    expect(chooseLanguage('pt', null)).toBe('en');
    expect(chooseLanguage('xx', 'pt_BR')).toBe('en');
    const draft = renderDraft(draftInput('order_status', 'pt', facts()));
    expect(draft.language).toBe('en');
    expect(draft.body).toContain('Your order #1004');
    const fromLocale = renderDraft(draftInput('order_status', 'und', facts({ customer: customer({ locale: 'es-MX' }) })));
    expect(fromLocale.language).toBe('es');
  });

  it('formats dates and amounts with Intl for the reply locale', () => {
    const en = renderDraft(draftInput('billing_payment', 'en', facts()));
    expect(en.body).toContain(`placed on ${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-03-03T10:00:00Z'))}`);
    expect(en.body).toContain('Total: €98.50');
    const gb = renderDraft(draftInput('billing_payment', 'en', facts({ customer: customer({ locale: 'en-GB' }) })));
    expect(gb.body).toContain('placed on 3 March 2025');
    const de = renderDraft(draftInput('billing_payment', 'de', facts()));
    expect(de.body).toContain('vom 3. März 2025');
    expect(de.body).toContain(`Gesamtbetrag: ${new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(98.5)}`);
    const fa = renderDraft(draftInput('billing_payment', 'fa', facts()));
    expect(fa.body).toContain(new Intl.DateTimeFormat('fa', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2025-03-03T10:00:00Z')));
    expect(fa.body).toContain('۱۴۰۳');
  });

  it('prefixes Re: unless the subject already is a reply', () => {
    expect(replySubject('Where is my order', 'x')).toBe('Re: Where is my order');
    expect(replySubject('Re: Where is my order', 'x')).toBe('Re: Where is my order');
    for (const s of ['RE: x', 'AW: Bestellung', 'Réf : commande', 'SV: x', 'Re[2]: x', 'رد: طلب', 'پاسخ: سفارش']) expect(replySubject(s, 'x')).toBe(s);
    expect(replySubject('Fwd: my order', 'x')).toBe('Re: Fwd: my order');
    expect(replySubject('Reservation question', 'x')).toBe('Re: Reservation question');
    expect(replySubject('  ', 'x')).toBe('Re: x');
    expect(renderDraft(draftInput('other', 'es', facts({ identity: 'not_needed' }), { subject: '' })).subject).toBe('Re: Su mensaje');
  });

  it('greets by the shop first name, else the From display name, else without a name', () => {
    expect(greetingName(customer(), 'Someone Else')).toEqual({ name: 'Ana', source: 'shop' });
    expect(greetingName(null, 'Pérez, Ana')).toEqual({ name: 'Ana', source: 'from' });
    expect(greetingName(null, 'support@example.com')).toBeNull();
    expect(greetingName(customer({ firstName: 'http://x.y' }), 'R2D2')).toBeNull();
    expect(renderDraft(draftInput('other', 'en', facts({ identity: 'not_needed', customer: customer() }))).body.startsWith('Hi Ana,')).toBe(true);
    expect(renderDraft(draftInput('other', 'de', facts({ identity: 'not_needed' }), { customerName: null })).body.startsWith('Guten Tag,')).toBe(true);
  });

  it('detects a request for money back in each template language', () => {
    for (const s of ['I want my money back', 'Please refund me', 'Quiero un reembolso', 'Je souhaite être remboursé', 'Ich bitte um Rückerstattung', 'لطفاً بازپرداخت کنید', 'أريد استرداد المبلغ']) {
      expect(mentionsRefund(s)).toBe(true);
    }
    expect(mentionsRefund('Where is my parcel?')).toBe(false);
  });
});
