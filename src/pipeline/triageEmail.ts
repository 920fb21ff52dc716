import type { ClassifierResult } from '../domain/classification.ts';
import type { ParsedEmail } from '../domain/email.ts';
import { IGNORED_INTENTS, type Intent } from '../domain/intents.ts';
import type { LoopGuardCode } from '../domain/loopFinding.ts';
import { type LoopGuardContext, loopGuard } from '../domain/loopGuard.ts';
import type { ClassifyContext, Classifier } from '../llm/port.ts';

/** `guardCode`: the loop-guard rule that stopped the message, when it was the loop guard. */
export type TriageDecision =
  | { next: 'ignored'; intent: Intent; reason: string; result: ClassifierResult | null; guardCode?: LoopGuardCode }
  | { next: 'escalated'; intent: Intent; reason: string; result: ClassifierResult; guardCode?: LoopGuardCode }
  | { next: 'triaged'; intent: Intent; reason: null; result: ClassifierResult; guardCode?: undefined };

/**
 * The triage decision for one parsed email, with no I/O of its own: the loop guard first (so an
 * auto-reply never reaches the model), then the classifier. Used by the pipeline step, the
 * `deskhand triage` command and the eval.
 */
export async function triageEmail(
  email: ParsedEmail,
  classifier: Classifier,
  classifyCtx: ClassifyContext,
  guardCtx: LoopGuardContext,
): Promise<TriageDecision> {
  const verdict = loopGuard(email, guardCtx);
  if (verdict.ignore) return { next: 'ignored', intent: verdict.intent ?? 'auto_reply', reason: verdict.reason, result: null, guardCode: verdict.code };

  const result = await classifier.classify(email, classifyCtx);
  const c = result.classification;
  if (c.action === 'escalate') {
    return { next: 'escalated', intent: c.intent, reason: `escalated: ${c.escalation ?? c.reasons[0] ?? 'a person must answer'}`, result };
  }
  if (c.action === 'ignore' || IGNORED_INTENTS.has(c.intent)) {
    return { next: 'ignored', intent: c.intent, reason: `classified as ${c.intent}`, result };
  }
  // Looks like a machine but a person could have written it: a person reads it, nothing is sent by itself.
  if (verdict.escalate) {
    return { next: 'escalated', intent: c.intent, reason: `escalated: ${verdict.escalate.reason}`, result, guardCode: verdict.escalate.code };
  }
  return { next: 'triaged', intent: c.intent, reason: null, result };
}
