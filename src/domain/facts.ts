import { z } from 'zod';
import { Customer, Order, Product, ProposedAction } from './shop.ts';

/**
 * What the resolve step found in the shop for one message. Only facts in here may appear in a
 * draft. `orders` holds only orders the sender owns (identity rule); an order the sender asked
 * about but does not own is never described, not even whether it exists.
 */
export const ResolvedFacts = z.object({
  /**
   * verified: every order used belongs to the sender; mismatch: the sender named an order that is
   * not theirs (or does not exist; we do not say which); no_order: an order intent but no order
   * found for this sender; not_needed: the intent needs no order; unconfirmed: the sender check
   * (src/domain/senderIdentity.ts) says From may not be the sender, so no order or customer facts.
   */
  identity: z.enum(['verified', 'mismatch', 'no_order', 'not_needed', 'unconfirmed']),
  orders: z.array(Order),
  /** Order names the customer wrote and we looked up, normalised ("#1001"); at most MAX_ORDER_LOOKUPS. */
  requestedOrderNames: z.array(z.string()),
  /** Further order names in the email, past the lookup cap: listed for the reviewer, never looked up. */
  notLookedUpOrderNames: z.array(z.string()).default([]),
  customer: Customer.nullable(),
  products: z.array(Product),
  /** Which lookups ran, for the desk ("orderByName #1001", "recentOrdersByEmail"). */
  lookups: z.array(z.string()),
});
export type ResolvedFacts = z.infer<typeof ResolvedFacts>;

/** A reply ready for review: rendered from a template and the facts only. */
export const DraftContent = z.object({
  subject: z.string(),
  body: z.string(),
  language: z.string(),
  proposedAction: ProposedAction.nullable(),
  /** Human-readable list of facts the draft used ("#1004 fulfillment: IN_TRANSIT"), shown in the desk. */
  factsUsed: z.array(z.string()),
});
export type DraftContent = z.infer<typeof DraftContent>;
