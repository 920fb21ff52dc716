// Language-neutral building blocks the per-language templates share, so the rules about what an
// order block may say (no tracking line without tracking, no date that is not in the facts) live
// in one place.
import type { FollowUpKind, ItemView, OrderView, Phrases, ProductView, ProgressState, RefundView, ShipmentView, StatusWords } from './types.ts';

export interface Vocabulary {
  words: StatusWords;
  phrases: Phrases;
}

/** Non-empty parts joined as paragraphs. */
export function paragraphs(...parts: (string | null | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n\n');
}

/** "Items:" and one "- title (variant) × 2" line per item; empty when there are none. */
export function itemsBlock(v: Vocabulary, items: readonly ItemView[]): string {
  if (items.length === 0) return '';
  return [v.phrases.itemsHeading, ...items.map((i) => `- ${v.phrases.item(i.title, i.variant, i.quantity)}`)].join('\n');
}

/** One parcel: when it left, its state, tracking exactly as given, and a delivery date only if known. */
export function shipmentBlock(v: Vocabulary, s: ShipmentView, withState = true): string {
  const p = v.phrases;
  const lines = [p.shipmentHeading(s.index, s.shippedOn, withState ? v.words.shipment[s.state] : null)];
  for (const t of s.tracking) {
    const ids = [t.company ? p.carrier(t.company) : null, t.number ? p.trackingNumber(t.number) : null].filter((x) => x !== null);
    if (ids.length > 0) lines.push(`  ${ids.join(' · ')}`);
    if (t.url) lines.push(`  ${p.trackingLink(t.url)}`);
  }
  if (s.deliveredOn) lines.push(`  ${p.deliveredOn(s.deliveredOn)}`);
  else if (s.estimatedDelivery) lines.push(`  ${s.estimateHasPassed ? p.estimateLate(s.estimatedDelivery) : p.estimatedDelivery(s.estimatedDelivery)}`);
  return lines.join('\n');
}

/** Every parcel of the order, plus "the rest has not shipped" for a partial fulfilment. */
export function shipmentsBlock(v: Vocabulary, o: OrderView, withState = true): string {
  const blocks = o.shipments.map((s) => shipmentBlock(v, s, withState));
  if (o.progress === 'partially_shipped') blocks.push(v.phrases.restNotShipped);
  return blocks.join('\n');
}

/** "Your order #1004, placed on …, is on its way." */
export function headline(v: Vocabulary, o: OrderView): string {
  const progress = o.progress === 'cancelled' && o.cancelledOn ? v.phrases.cancelledOn(o.cancelledOn) : v.words.progress[o.progress];
  return v.phrases.headline(o.name, o.placedOn, progress);
}

/** Headline, parcels (unless cancelled) and items. */
export function orderSummary(v: Vocabulary, o: OrderView): string {
  const parts = [headline(v, o)];
  if (o.progress !== 'cancelled') {
    // One parcel: the headline already gave its state.
    const shipments = shipmentsBlock(v, o, o.shipments.length > 1);
    if (shipments) parts.push(shipments);
  }
  const items = itemsBlock(v, o.items);
  if (items) parts.push(items);
  return parts.join('\n');
}

export function refundsBlock(v: Vocabulary, refunds: readonly RefundView[]): string {
  return refunds.map((r) => `- ${v.phrases.refund(r.amount, r.date)}`).join('\n');
}

/** Payment status and total, then refunds. */
export function paymentBlock(v: Vocabulary, o: OrderView): string {
  return [v.phrases.payment(v.words.financial[o.financial]), v.phrases.total(o.total), refundsBlock(v, o.refunds)].filter((x) => x !== '').join('\n');
}

export function productBlock(v: Vocabulary, p: ProductView): string {
  const lines = [p.title];
  if (p.url) lines.push(v.phrases.productLink(p.url));
  for (const variant of p.variants) lines.push(`- ${v.phrases.variant(variant.title, variant.price, variant.inStock)}`);
  return lines.join('\n');
}

export function hasTracking(o: OrderView): boolean {
  return o.shipments.some((s) => s.tracking.some((t) => t.number !== null || t.url !== null));
}

/** Which closing sentence an order-status reply needs. */
export function followUpKind(progress: ProgressState): FollowUpKind | null {
  switch (progress) {
    case 'delivered':
      return 'delivered';
    case 'not_shipped':
    case 'on_hold':
      return 'not_shipped';
    case 'delayed':
    case 'problem':
    case 'attempted_delivery':
      return 'delivery_issue';
    default:
      return null;
  }
}

/** Not shipped yet (and not cancelled). */
export function notShipped(o: OrderView): boolean {
  return o.progress === 'not_shipped' || o.progress === 'on_hold';
}
