import type { Kysely, Transaction } from 'kysely';
import type { Database, ReplySuppressionTable } from './schema.ts';

type Conn = Kysely<Database> | Transaction<Database>;

export type SuppressionKind = 'hard_bounce' | 'complaint';

/** Remembers that no automatic reply may go to this address again (the first reason is kept). */
export async function suppressReplies(
  db: Conn,
  s: { address: string; kind: SuppressionKind; reason: string | null; messageId: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('reply_suppressions')
    .values({ address: s.address.trim().toLowerCase(), kind: s.kind, reason: s.reason, message_id: s.messageId, created_at: s.at })
    .onConflict((oc) => oc.column('address').doNothing())
    .execute();
}

/** The suppression of the first of these addresses that has one, if any. */
export async function findSuppression(db: Conn, addresses: (string | null | undefined)[]): Promise<ReplySuppressionTable | undefined> {
  const list = [...new Set(addresses.filter((a): a is string => !!a).map((a) => a.trim().toLowerCase()))];
  if (list.length === 0) return undefined;
  return db.selectFrom('reply_suppressions').selectAll().where('address', 'in', list).orderBy('created_at').executeTakeFirst();
}
