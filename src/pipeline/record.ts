import type { PipelineDeps } from './deps.ts';
import { commitTransition } from './commitTransition.ts';
import { BuiltinCrm } from '../crm/builtinCrm.ts';
import { fetchShopProfile, storeShopProfile } from '../crm/profileSync.ts';
import type { CrmEmail } from '../crm/port.ts';
import { ResolvedFacts } from '../domain/facts.ts';
import { getMessage, type StoredMessage } from '../store/messages.ts';

/**
 * sent → logged: the thread on the customer's CRM record (profile, inbound and outbound email).
 * The shop (and an external CRM) is called first; the built-in record is then written in the
 * same transaction as the move to `logged`: one commit, all or nothing.
 */
export async function recordStep(deps: PipelineDeps, id: string, known?: StoredMessage): Promise<StoredMessage | null> {
  const row = known ?? (await getMessage(deps.db, id));
  if (!row || row.state !== 'sent' || !row.thread_id) return null;
  const outbox = await deps.db.selectFrom('outbox').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
  const facts = row.facts ? ResolvedFacts.parse(JSON.parse(row.facts)) : null;
  const email = (row.from_address ?? '').trim().toLowerCase();
  const emails: CrmEmail[] = [
    { deskhandMessageId: id, threadId: row.thread_id, direction: 'inbound', customerEmail: email, subject: row.subject ?? '', text: row.new_text ?? '', at: row.received_at },
    { deskhandMessageId: id, threadId: row.thread_id, direction: 'outbound', customerEmail: email, subject: outbox.subject, text: outbox.body, at: outbox.sent_at ?? row.sent_at ?? row.updated_at },
  ];

  // Only the order's owner: the profile is looked up by the sender's own address.
  const profile = await fetchShopProfile(deps.shop, email, facts ? { customer: facts.customer } : undefined);
  if (deps.crm.kind !== 'builtin') {
    await deps.crm.upsertCustomer(email, row.from_name, profile.customer);
    for (const e of emails) await deps.crm.logEmail(e);
  }

  const now = deps.now();
  return commitTransition(deps, row, 'logged', { logged_at: now.toISOString(), reason: null }, now, {
    alsoWrite: async (trx) => {
      await storeShopProfile(trx, deps.now, email, profile, row.from_name);
      if (deps.crm.kind !== 'builtin') return;
      // Not on the timeline yet: these writes commit only together with the move out of `sent`.
      const builtin = new BuiltinCrm(trx, deps.now);
      for (const e of emails) await builtin.appendEmail(e);
    },
  });
}
