import type { Kysely, Transaction } from 'kysely';
import { findSuppression } from '../store/replySuppressions.ts';
import type { Database } from '../store/schema.ts';
import type { StoredMessage } from '../store/messages.ts';

/** Intents of machine mail: a thread whose last inbound message had one is a robot's thread. */
const ROBOT_INTENTS = new Set(['auto_reply', 'bounce']);

/**
 * The safety net under the loop guard, independent of how the message was classified: no
 * automatic reply to an address a reply already hard-bounced from or that reported us as spam, and
 * none into a thread whose last inbound message before this one was a robot's (a reply there may
 * be what keeps a loop going). Returns why the reply must wait for a person, or null.
 */
export async function autoSendBlock(db: Kysely<Database> | Transaction<Database>, row: StoredMessage): Promise<string | null> {
  const suppressed = await findSuppression(db, [row.reply_to, row.from_address]);
  if (suppressed) {
    const what = suppressed.kind === 'complaint' ? 'reported our mail as spam' : 'hard-bounced a reply';
    return `${suppressed.address} ${what} before${suppressed.reason ? ` (${suppressed.reason.slice(0, 80)})` : ''}: no automatic reply`;
  }
  if (!row.thread_id) return null;
  // The latest inbound messages before this one; several at the same instant all count as "last".
  const latest = await db
    .selectFrom('messages')
    .select(['from_address', 'intent', 'guard_code', 'reason', 'received_at'])
    .where('thread_id', '=', row.thread_id)
    .where('id', '!=', row.id)
    .where('received_at', '<=', row.received_at)
    .orderBy('received_at', 'desc')
    .limit(5)
    .execute();
  const robot = latest.find((m) => m.received_at === latest[0]?.received_at && (m.guard_code !== null || ROBOT_INTENTS.has(m.intent ?? '')));
  if (robot) {
    const what = robot.reason ?? robot.guard_code ?? robot.intent;
    return `the last message in this thread was a robot's (${robot.from_address ?? 'unknown sender'}: ${what?.slice(0, 80)})`;
  }
  return null;
}
