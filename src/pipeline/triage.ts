import { sql } from 'kysely';
import type { PipelineDeps } from './deps.ts';
import { triageEmail } from './triageEmail.ts';
import { commitTransition } from './commitTransition.ts';
import { checkSender, identityHeadersOf } from '../domain/senderIdentity.ts';
import { getMessage, type StoredMessage, toParsedEmail } from '../store/messages.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** received → triaged | ignored | escalated: loop guard, then the classifier. */
export async function triageStep(deps: PipelineDeps, id: string, known?: StoredMessage): Promise<StoredMessage | null> {
  const row = known ?? (await getMessage(deps.db, id));
  if (!row || row.state !== 'received') return null;
  const email = toParsedEmail(row);
  const mailbox = await deps.db.selectFrom('mailboxes').select('address').where('id', '=', row.mailbox_id).executeTakeFirst();

  const since = new Date(deps.now().getTime() - DAY_MS).toISOString();
  const replies = await deps.db
    .selectFrom('outbox')
    .select(sql<number>`count(*)`.as('n'))
    .where('to_address', '=', email.from.address.toLowerCase())
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();

  const own = [deps.config.SUPPORT_FROM_ADDRESS, deps.config.SUPPORT_REPLY_TO, mailbox?.address, ...deps.config.OWN_ADDRESSES.split(',')]
    .map((a) => a?.trim().toLowerCase())
    .filter((a): a is string => !!a);

  const decision = await triageEmail(
    email,
    deps.classifier,
    { orderPrefix: deps.config.ORDER_NAME_PREFIX, orderSuffix: deps.config.ORDER_NAME_SUFFIX },
    { ownAddresses: [...new Set(own)], recentRepliesToSender: Number(replies.n), replyCap: deps.config.REPLY_CAP_PER_SENDER },
  );

  const c = decision.result?.classification;
  const sender = checkSender(identityHeadersOf(email), deps.config.TRUSTED_AUTHSERV_IDS);
  const now = deps.now();
  return commitTransition(deps, row, decision.next, {
    intent: decision.intent,
    action: c?.action ?? 'ignore',
    language: c?.language ?? null,
    confidence: c?.confidence ?? null,
    order_numbers: JSON.stringify(c?.orderNumbers ?? []),
    classification: decision.result ? JSON.stringify(decision.result) : null,
    tokens_prompt: decision.result?.usage?.promptTokens ?? 0,
    tokens_completion: decision.result?.usage?.completionTokens ?? 0,
    reason: decision.reason ?? decision.result?.fallbackReason ?? null,
    guard_code: decision.guardCode ?? null,
    triaged_at: now.toISOString(),
    thread_id: row.thread_id,
    sender_check: sender.state,
    sender_check_reason: sender.reason,
  }, now);
}
