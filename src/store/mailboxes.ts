import type { Config } from '../config.ts';
import type { CursorStore, MailboxCursor } from '../mail/cursor.ts';
import type { Db } from './db.ts';
import type { MailboxRow } from './schema.ts';

/** Creates the mailbox row on first use, with the review mode from the config; returns it. */
export async function ensureMailbox(db: Db, config: Config, id: string, kind: string, now: Date): Promise<MailboxRow> {
  const t = now.toISOString();
  await db
    .insertInto('mailboxes')
    .values({
      id,
      name: id,
      address: config.SUPPORT_FROM_ADDRESS.toLowerCase(),
      kind,
      mode: config.REVIEW_MODE,
      auto_intents: JSON.stringify(config.AUTO_INTENTS),
      auto_confidence: config.AUTO_CONFIDENCE,
      uid_validity: null,
      last_uid: 0,
      created_at: t,
      updated_at: t,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return db.selectFrom('mailboxes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The IMAP cursor (UIDVALIDITY + last UID) kept on the mailbox row, so a restart resumes exactly. */
export function mailboxCursorStore(db: Db, mailboxId: string): CursorStore {
  return {
    async load(): Promise<MailboxCursor> {
      const row = await db.selectFrom('mailboxes').select(['uid_validity', 'last_uid']).where('id', '=', mailboxId).executeTakeFirstOrThrow();
      return { uidValidity: row.uid_validity, lastUid: Number(row.last_uid) };
    },
    async save(c: MailboxCursor): Promise<void> {
      await db
        .updateTable('mailboxes')
        .set({ uid_validity: c.uidValidity, last_uid: c.lastUid, updated_at: new Date().toISOString() })
        .where('id', '=', mailboxId)
        .execute();
    },
  };
}
