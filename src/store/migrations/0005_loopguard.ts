import type { Kysely } from 'kysely';

// The loop guard's memory: the rule that stopped a message (shown on the desk, and read when a later
// message joins the thread), and the addresses no automatic reply may go to because a reply to them
// hard-bounced or was reported as spam (from SendGrid's event webhook).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('messages').addColumn('guard_code', 'text').execute();
  await db.schema
    .createTable('reply_suppressions')
    .addColumn('address', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reply_suppressions').ifExists().execute();
  await db.schema.alterTable('messages').dropColumn('guard_code').execute();
}
