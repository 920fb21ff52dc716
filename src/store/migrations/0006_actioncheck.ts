import type { Kysely } from 'kysely';

// The cross-check of a draft's proposed action against the customer's message and the order
// (src/domain/actionCheck.ts): JSON {ok, problems}, shown in the desk beside the action.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('drafts').addColumn('action_check', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('drafts').dropColumn('action_check').execute();
}
