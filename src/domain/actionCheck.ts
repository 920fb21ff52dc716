// Cross-checks a proposed write action (cancel, refund, address change) against the customer's own
// message and the order as the store has it, before a person can approve it with one click. The
// action may come from a classifier or a model that read hostile text; these checks say, in words
// a reviewer can act on, where it does not fit. Pure: the caller fetches the order.
import { z } from 'zod';
import { normalizeDigits } from './orderNumbers.ts';
import type { Order, ProposedAction } from './shop.ts';

export const ActionCheck = z.object({
  ok: z.boolean(),
  /** One sentence per mismatch, shown beside the proposed action in the desk. */
  problems: z.array(z.string()),
});
export type ActionCheck = z.infer<typeof ActionCheck>;

export interface ActionCheckInput {
  action: ProposedAction;
  /** The order as the store has it now; null when the store does not know it. */
  order: Order | null;
  /** The sender's address when their identity is verified, else null. */
  verifiedAddress: string | null;
  /** What the customer wrote in this message: subject and new text (no quoted history, no hidden HTML). */
  customerText: string;
}

/** What the customer wrote in a stored message: subject and new text (the whole text when nothing new was split out). */
export function customerWords(row: { subject: string | null; new_text: string | null; text: string | null }): string {
  return `${row.subject ?? ''}\n${row.new_text?.trim() ? row.new_text : (row.text ?? '')}`;
}

const sameEmail = (a: string | null | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Text folded for comparing addresses: compatibility forms, accents and case removed, Persian and
 * Arabic-Indic digits as ASCII, every run of punctuation or space as one space.
 * "Hermannstraße 48," and "hermannstrasse 48" do not compare equal (ß stays), which is fine: the
 * address must be the customer's own words, not a rewrite of them.
 */
export function foldAddressText(s: string): string {
  return normalizeDigits(s.normalize('NFKD'))
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Structured address JSON (the Shopify adapter's MailingAddressInput shape), as far as this check reads it. */
const StructuredParts = z.object({ address1: z.string(), address2: z.string().optional(), zip: z.string().optional(), city: z.string() }).loose();

/**
 * The parts of a proposed address that must each appear in the customer's message: for structured
 * JSON the street line(s), postcode and city; for free text every line or comma-separated part.
 */
export function addressParts(newAddress: string): string[] {
  let structured: z.infer<typeof StructuredParts> | null = null;
  try {
    const parsed = StructuredParts.safeParse(JSON.parse(newAddress));
    if (parsed.success) structured = parsed.data;
  } catch {
    // free text
  }
  const parts = structured ? [structured.address1, structured.address2 ?? '', structured.zip ?? '', structured.city] : newAddress.split(/\r?\n|[,;،]/);
  return parts.map((p) => p.trim()).filter((p) => foldAddressText(p) !== '');
}

/** Whether `part` occurs in `text` as whole words, after folding both. */
function occursIn(part: string, foldedText: string): boolean {
  const p = foldAddressText(part);
  return ` ${foldedText} `.includes(` ${p} `);
}

// Money in thousandths, so sums of refunds are exact.
function toMilli(amount: string): bigint | null {
  const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(amount.trim());
  return m ? BigInt(m[1]!) * 1000n + BigInt((m[2] ?? '').padEnd(3, '0')) : null;
}
function fromMilli(v: bigint): string {
  const frac = (v % 1000n).toString().padStart(3, '0').slice(0, 2);
  return `${v / 1000n}.${frac}`;
}

/** What is still refundable on an order: paid total minus refunds already made (same currency). */
export function refundableMilli(order: Order): bigint {
  const total = toMilli(order.total.amount) ?? 0n;
  const refunded = order.refunds.filter((r) => r.total.currencyCode === order.total.currencyCode).reduce((s, r) => s + (toMilli(r.total.amount) ?? 0n), 0n);
  return total > refunded ? total - refunded : 0n;
}

/** Every way the action does not fit the message and the order; ok when there is none. */
export function checkProposedAction(input: ActionCheckInput): ActionCheck {
  const { action, order, verifiedAddress } = input;
  const problems: string[] = [];

  if (!order) problems.push(`Order ${action.orderName} was not found in the store.`);
  else if (order.id !== action.orderId) problems.push(`The action names order ${action.orderName}, but its store id does not match that order.`);
  if (!verifiedAddress) problems.push("The sender's identity is not verified, so no order of theirs can be changed from this email.");
  else if (order && !sameEmail(order.email, verifiedAddress) && !sameEmail(order.customerEmail, verifiedAddress))
    problems.push(`Order ${order.name} does not belong to the verified customer ${verifiedAddress}.`);

  if (action.kind === 'change_address') {
    const text = foldAddressText(input.customerText);
    const parts = addressParts(action.newAddress);
    if (parts.length === 0) problems.push('The new address is empty.');
    for (const part of parts) if (!occursIn(part, text)) problems.push(`The new address part "${part}" does not appear in the customer's message.`);
  }

  if (action.kind === 'refund_order' && order) {
    const left = refundableMilli(order);
    const currency = order.total.currencyCode;
    if (action.amount === null) {
      if (left === 0n) problems.push(`Nothing is left to refund on ${order.name}: ${order.total.amount} ${currency} paid, all of it refunded.`);
    } else {
      const wanted = toMilli(action.amount.amount);
      if (action.amount.currencyCode !== currency) problems.push(`The refund is in ${action.amount.currencyCode} but ${order.name} was paid in ${currency}.`);
      else if (wanted === null || wanted <= 0n) problems.push(`The refund amount "${action.amount.amount}" is not a positive amount.`);
      else if (wanted > left)
        problems.push(`The refund of ${action.amount.amount} ${currency} is more than the ${fromMilli(left)} ${currency} still refundable on ${order.name} (paid ${order.total.amount}, already refunded ${fromMilli((toMilli(order.total.amount) ?? 0n) - left)}).`);
    }
  }
  return { ok: problems.length === 0, problems };
}
