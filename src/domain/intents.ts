import { z } from 'zod';

// Names are part of the public interface (DESIGN.md): stored in the database, shown in the
// desk, used in the owner's auto-send allow-list. Do not rename.
export const INTENTS = [
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
  'no_action',
  'spam_or_marketing',
  'auto_reply',
  'bounce',
] as const;
export const Intent = z.enum(INTENTS);
export type Intent = z.infer<typeof Intent>;

export const ACTIONS = ['reply', 'escalate', 'ignore'] as const;
export const Action = z.enum(ACTIONS);
export type Action = z.infer<typeof Action>;

/** Intents that never get a reply: the loop guard and the classifier send them to `ignored`. */
export const IGNORED_INTENTS: ReadonlySet<Intent> = new Set(['no_action', 'spam_or_marketing', 'auto_reply', 'bounce']);

/** Intents whose answer depends on an order's facts. */
export const ORDER_INTENTS: ReadonlySet<Intent> = new Set([
  'order_status',
  'return_or_exchange',
  'cancel_order',
  'change_address',
  'refund_status',
  'damaged_or_wrong_item',
  'billing_payment',
]);
