import { z } from 'zod';
import { Action, Intent } from './intents.ts';
import { LanguageCode } from './languages.ts';

/**
 * What a classifier (offline rules or OpenAI) says about one email. Both classifiers return
 * exactly this, validated with zod; the model's answer is data, never a command.
 */
export const Entities = z.object({
  /** Tracking numbers the customer quoted (never used as order numbers). */
  trackingNumbers: z.array(z.string()).default([]),
  /** What the customer asks about, for product search ("blue linen shirt"). */
  productQuery: z.string().nullable().default(null),
  /** A new shipping address the customer gave, verbatim. */
  newAddress: z.string().nullable().default(null),
  /** A discount code the customer mentioned. */
  discountCode: z.string().nullable().default(null),
});
export type Entities = z.infer<typeof Entities>;

export const Classification = z.object({
  intent: Intent,
  action: Action,
  /** Normalised order names as the store writes them ("#1001"). */
  orderNumbers: z.array(z.string()),
  language: LanguageCode,
  entities: Entities,
  confidence: z.number().min(0).max(1),
  /** Short human-readable reasons, shown in the desk ("keyword: 'where is my order'"). */
  reasons: z.array(z.string()).default([]),
  /** Set when action is `escalate`: threat, chargeback, legal, abuse, prompt_injection, repeat_contact. */
  escalation: z.string().nullable().default(null),
});
export type Classification = z.infer<typeof Classification>;

export const TokenUsage = z.object({
  model: z.string(),
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
});
export type TokenUsage = z.infer<typeof TokenUsage>;

/** A classifier's result plus where it came from, stored on the message row. */
export const ClassifierResult = z.object({
  classification: Classification,
  source: z.enum(['offline', 'openai']),
  usage: TokenUsage.nullable().default(null),
  /** Why the OpenAI answer was not used (timeout, retries exhausted, invalid output). */
  fallbackReason: z.string().nullable().default(null),
  /** Order numbers the model returned that do not occur in the email, dropped. */
  droppedOrderNumbers: z.array(z.string()).default([]),
});
export type ClassifierResult = z.infer<typeof ClassifierResult>;
