import type { Kysely } from 'kysely';

// The sender identity check (src/domain/senderIdentity.ts): the headers it reads, kept at
// ingest, and its verdict with the reason, set at triage and shown in the desk.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('messages').addColumn('identity_headers', 'text').execute();
  await db.schema.alterTable('messages').addColumn('sender_check', 'text').execute();
  await db.schema.alterTable('messages').addColumn('sender_check_reason', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('messages').dropColumn('sender_check_reason').execute();
  await db.schema.alterTable('messages').dropColumn('sender_check').execute();
  await db.schema.alterTable('messages').dropColumn('identity_headers').execute();
}
