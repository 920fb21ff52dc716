import type { PipelineDeps } from './deps.ts';
import { resolveFacts } from './resolveFacts.ts';
import { ClassifierResult } from '../domain/classification.ts';
import { getMessage, type StoredMessage, transitionAlone } from '../store/messages.ts';

/** triaged → resolved: Shopify facts for this message, with the identity check. */
export async function resolveStep(deps: PipelineDeps, id: string, known?: StoredMessage): Promise<void> {
  const row = known ?? (await getMessage(deps.db, id));
  if (!row || row.state !== 'triaged') return;
  const { classification } = ClassifierResult.parse(JSON.parse(row.classification ?? 'null'));
  const facts = await resolveFacts(deps.shop, classification, row.from_address ?? '');
  const now = deps.now();
  await transitionAlone(deps.db, id, 'triaged', 'resolved', {
    facts: JSON.stringify(facts),
    identity_verified: facts.identity === 'verified' ? 1 : 0,
    resolved_at: now.toISOString(),
    reason: null,
  }, now);
}
