import type { Kysely } from 'kysely';

// Indexes for the pipeline's hot queries, found by profiling the benchmark: the per-sender reply
// cap in triage counts the outbox by recipient and time (a full scan per message without this),
// and the desk reads a message's events.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('outbox_to_created').on('outbox').columns(['to_address', 'created_at']).execute();
  await db.schema.createIndex('events_message').on('events').columns(['message_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('events_message').execute();
  await db.schema.dropIndex('outbox_to_created').execute();
}
