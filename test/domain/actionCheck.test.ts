import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addressParts, checkProposedAction } from '../../src/domain/actionCheck.ts';
import type { Order, ProposedAction } from '../../src/domain/shop.ts';

const orders = JSON.parse(readFileSync('fixtures/store/orders.json', 'utf8')) as Order[];
const order = (name: string) => orders.find((o) => o.name === name)!;

// #1032 belongs to olivia.brown@example.org, who asks to ship it to her new address (fixtures/inbox/05-en-change-address.eml).
const OLIVIA = 'olivia.brown@example.org';
const OLIVIA_TEXT =
  'Change of address\nCould you please send order #1032 to my new address instead:\n\nFlat 2, 19 Marchmont Road\nEdinburgh EH9 1HY\nUnited Kingdom\n\nThe old address was 48 Queen Street, EH2 1JX.';
const changeAddress = (newAddress: string, o = order('#1032')): ProposedAction => ({ kind: 'change_address', orderId: o.id, orderName: o.name, newAddress });
const refund = (amount: string | null, o: Order): ProposedAction => ({
  kind: 'refund_order',
  orderId: o.id,
  orderName: o.name,
  amount: amount === null ? null : { amount, currencyCode: o.total.currencyCode },
  note: null,
});

describe('checkProposedAction', () => {
  it('passes a genuine address change: every part of the address is in the customer’s own message (case, spacing and punctuation aside)', () => {
    const c = checkProposedAction({ action: changeAddress('flat 2 , 19 MARCHMONT ROAD\nEdinburgh  EH9 1HY\nUnited Kingdom'), order: order('#1032'), verifiedAddress: OLIVIA, customerText: OLIVIA_TEXT });
    expect(c).toEqual({ ok: true, problems: [] });
  });

  it('passes a structured address whose street line, postcode and city are in the message', () => {
    const structured = JSON.stringify({ address1: '19 Marchmont Road', address2: 'Flat 2', zip: 'EH9 1HY', city: 'Edinburgh', countryCode: 'GB' });
    expect(addressParts(structured)).toEqual(['19 Marchmont Road', 'Flat 2', 'EH9 1HY', 'Edinburgh']);
    expect(checkProposedAction({ action: changeAddress(structured), order: order('#1032'), verifiedAddress: OLIVIA, customerText: OLIVIA_TEXT }).ok).toBe(true);
  });

  it('blocks a model-proposed address that is not in the email, naming the part that is missing', () => {
    const c = checkProposedAction({ action: changeAddress('Flat 2, 19 Marchmont Road\nLondon E1 6AN'), order: order('#1032'), verifiedAddress: OLIVIA, customerText: OLIVIA_TEXT });
    expect(c.ok).toBe(false);
    expect(c.problems).toEqual(['The new address part "London E1 6AN" does not appear in the customer\'s message.']);
  });

  it('blocks an address whose postcode differs by one character (parts are compared whole)', () => {
    const c = checkProposedAction({ action: changeAddress('Flat 2, 19 Marchmont Road\nEdinburgh EH9 1HZ'), order: order('#1032'), verifiedAddress: OLIVIA, customerText: OLIVIA_TEXT });
    expect(c.ok).toBe(false);
  });

  it('blocks an action on an order of another customer', () => {
    const other = order('#1031'); // liam.obrien@example.net
    const c = checkProposedAction({ action: { kind: 'cancel_order', orderId: other.id, orderName: other.name, reason: 'CUSTOMER', refund: true, restock: true }, order: other, verifiedAddress: OLIVIA, customerText: 'Please cancel #1031.' });
    expect(c.ok).toBe(false);
    expect(c.problems).toEqual([`Order #1031 does not belong to the verified customer ${OLIVIA}.`]);
  });

  it('blocks an action whose order id is not the named order’s, one the store does not know, or a sender not verified', () => {
    const mixed = { ...changeAddress('Flat 2, 19 Marchmont Road'), orderId: order('#1031').id };
    expect(checkProposedAction({ action: mixed, order: order('#1032'), verifiedAddress: OLIVIA, customerText: OLIVIA_TEXT }).problems[0]).toMatch(/store id does not match/);
    expect(checkProposedAction({ action: changeAddress('Flat 2'), order: null, verifiedAddress: OLIVIA, customerText: OLIVIA_TEXT }).problems[0]).toMatch(/not found in the store/);
    expect(checkProposedAction({ action: changeAddress('Flat 2'), order: order('#1032'), verifiedAddress: null, customerText: OLIVIA_TEXT }).problems[0]).toMatch(/not verified/);
  });

  it('blocks a refund above what was paid, and above what is left after earlier refunds', () => {
    const paid = order('#1032'); // 91.00 EUR, nothing refunded
    const above = checkProposedAction({ action: refund('91.01', paid), order: paid, verifiedAddress: OLIVIA, customerText: 'Refund please' });
    expect(above.ok).toBe(false);
    expect(above.problems[0]).toMatch(/more than the 91\.00 EUR still refundable/);

    const partly = order('#1015'); // 139.00 EUR paid, 89.00 refunded: 50.00 left
    const owner = partly.email!;
    expect(checkProposedAction({ action: refund('50.01', partly), order: partly, verifiedAddress: owner, customerText: '' }).problems[0]).toMatch(/more than the 50\.00 EUR still refundable/);
    expect(checkProposedAction({ action: refund('50.00', partly), order: partly, verifiedAddress: owner, customerText: '' }).ok).toBe(true);
  });

  it('passes a genuine refund within what was paid, and blocks a wrong currency or nothing left', () => {
    const paid = order('#1032');
    expect(checkProposedAction({ action: refund('40.00', paid), order: paid, verifiedAddress: OLIVIA, customerText: '' })).toEqual({ ok: true, problems: [] });
    expect(checkProposedAction({ action: refund(null, paid), order: paid, verifiedAddress: OLIVIA, customerText: '' }).ok).toBe(true);
    const usd: ProposedAction = { kind: 'refund_order', orderId: paid.id, orderName: paid.name, amount: { amount: '10.00', currencyCode: 'USD' }, note: null };
    expect(checkProposedAction({ action: usd, order: paid, verifiedAddress: OLIVIA, customerText: '' }).problems[0]).toMatch(/in USD but #1032 was paid in EUR/);
    const allRefunded = { ...paid, refunds: [{ createdAt: paid.createdAt, total: paid.total, note: null }] };
    expect(checkProposedAction({ action: refund(null, allRefunded), order: allRefunded, verifiedAddress: OLIVIA, customerText: '' }).problems[0]).toMatch(/Nothing is left to refund/);
  });
});
