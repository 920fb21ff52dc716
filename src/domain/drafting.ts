// STUB — being implemented.
import type { Classification } from './classification.ts';
import type { DraftContent, ResolvedFacts } from './facts.ts';

export interface DraftInput {
  classification: Classification;
  facts: ResolvedFacts;
  /** The inbound subject, for "Re: …". */
  subject: string;
  customerName: string | null;
  storeName: string;
  /** Signs the reply. */
  signature: string;
  /** Reference time for relative phrasing ("60 days"); injected for deterministic tests. */
  now: Date;
}

export function renderDraft(input: DraftInput): DraftContent {
  return { subject: `Re: ${input.subject}`, body: 'Thank you for your message.', language: 'en', proposedAction: null, factsUsed: [] };
}
