// STUB — being implemented.
import type { Classification, ClassifierResult } from '../domain/classification.ts';
import type { ParsedEmail } from '../domain/email.ts';
import type { ClassifyContext, Classifier } from './port.ts';

export function classifyOffline(email: ParsedEmail, _ctx: ClassifyContext): Classification {
  return { intent: 'other', action: 'reply', orderNumbers: [], language: 'en', entities: { trackingNumbers: [], productQuery: null, newAddress: null, discountCode: null }, confidence: 0.3, reasons: [email.subject], escalation: null };
}

export class OfflineClassifier implements Classifier {
  readonly kind = 'offline' as const;
  async classify(email: ParsedEmail, ctx: ClassifyContext): Promise<ClassifierResult> {
    return { classification: classifyOffline(email, ctx), source: 'offline', usage: null, fallbackReason: null, droppedOrderNumbers: [] };
  }
}
