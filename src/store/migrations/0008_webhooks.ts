import type { Kysely } from 'kysely';

// Webhook receipts are pruned by age (older than the webhook window plus a margin), on every
// delivery: this index keeps that delete from scanning the table.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('webhook_receipts_received').on('webhook_receipts').column('received_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('webhook_receipts_received').execute();
}
