import type { PipelineDeps } from './deps.ts';
import { resolveFacts } from './resolveFacts.ts';
import { ClassifierResult } from '../domain/classification.ts';
import type { ResolvedFacts } from '../domain/facts.ts';
import { commitTransition } from './commitTransition.ts';
import { getMessage, type StoredMessage } from '../store/messages.ts';

/** triaged → resolved: Shopify facts for this message, with the identity check; draft and review follow in its commit. */
export async function resolveStep(deps: PipelineDeps, id: string, known?: StoredMessage): Promise<StoredMessage | null> {
  const row = known ?? (await getMessage(deps.db, id));
  if (!row || row.state !== 'triaged') return null;
  const { classification } = ClassifierResult.parse(JSON.parse(row.classification ?? 'null'));
  const found = await resolveFacts(deps.shop, classification, row.from_address ?? '');
  // From may not be the sender (Reply-To/Sender elsewhere, failed DMARC): nothing of the
  // customer's reaches the draft. Store facts (products) are public and stay.
  const facts: ResolvedFacts =
    row.sender_check === 'not_confirmed' ? { ...found, identity: 'unconfirmed', orders: [], customer: null } : found;
  const now = deps.now();
  return commitTransition(deps, row, 'resolved', {
    facts: JSON.stringify(facts),
    identity_verified: facts.identity === 'verified' ? 1 : 0,
    resolved_at: now.toISOString(),
    reason: null,
  }, now);
}
