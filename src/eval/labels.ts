import { z } from 'zod';
import { Action, Intent } from '../domain/intents.ts';

export const TRAP_KINDS = ['phone', 'price', 'date', 'postcode', 'tracking'] as const;
export type EvalTrapKind = (typeof TRAP_KINDS)[number];

/** One labelled email: what a person says it is, and the number-like traps it contains. */
export const EvalLabel = z.object({
  intent: Intent,
  action: Action,
  /** Order names as the store writes them ("#1001"). */
  orders: z.array(z.string()).default([]),
  traps: z.partialRecord(z.enum(TRAP_KINDS), z.array(z.string())).default({}),
  /** Language of the customer's text; optional (the detected language is used when absent). */
  language: z.string().optional(),
  notes: z.string().optional(),
});
export type EvalLabel = z.infer<typeof EvalLabel>;

/** fixtures/eval/labels.json: file name (relative to the corpus folder) → label. */
export const EvalLabels = z.record(z.string(), EvalLabel);
export type EvalLabels = z.infer<typeof EvalLabels>;
