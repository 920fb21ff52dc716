import type { PipelineDeps } from './deps.ts';
import { syncCustomerProfile } from '../crm/profileSync.ts';
import { ResolvedFacts } from '../domain/facts.ts';
import { getMessage, type StoredMessage, transitionAlone } from '../store/messages.ts';

/** sent → logged: the thread on the customer's CRM record (profile, inbound and outbound email). */
export async function recordStep(deps: PipelineDeps, id: string, known?: StoredMessage): Promise<void> {
  const row = known ?? (await getMessage(deps.db, id));
  if (!row || row.state !== 'sent' || !row.thread_id) return;
  const outbox = await deps.db.selectFrom('outbox').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
  const facts = row.facts ? ResolvedFacts.parse(JSON.parse(row.facts)) : null;
  const email = row.from_address ?? '';

  await deps.crm.upsertCustomer(email, row.from_name, facts?.customer ?? null);
  // The built-in record also keeps first and last order dates; only for the order's owner, so
  // only by the sender's own address.
  await syncCustomerProfile(deps, email, facts ? { customer: facts.customer } : undefined);
  await deps.crm.logEmail({ deskhandMessageId: id, threadId: row.thread_id, direction: 'inbound', customerEmail: email, subject: row.subject ?? '', text: row.new_text ?? '', at: row.received_at });
  await deps.crm.logEmail({ deskhandMessageId: id, threadId: row.thread_id, direction: 'outbound', customerEmail: email, subject: outbox.subject, text: outbox.body, at: outbox.sent_at ?? row.sent_at ?? row.updated_at });

  const now = deps.now();
  await transitionAlone(deps.db, id, 'sent', 'logged', { logged_at: now.toISOString(), reason: null }, now);
}
