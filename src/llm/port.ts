import type { ClassifierResult } from '../domain/classification.ts';
import type { ParsedEmail } from '../domain/email.ts';

export interface ClassifyContext {
  /** The store's order-name format, e.g. prefix "#" (see src/domain/orderNumbers.ts). */
  orderPrefix: string;
  orderSuffix: string;
}

/** Offline rules (src/llm/offlineClassifier.ts) or OpenAI function calling (src/llm/openaiClassifier.ts). */
export interface Classifier {
  readonly kind: 'offline' | 'openai';
  classify(email: ParsedEmail, ctx: ClassifyContext): Promise<ClassifierResult>;
}
