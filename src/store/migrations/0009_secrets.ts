import type { Kysely } from 'kysely';

// Secrets the desk stores itself (Shopify access tokens, later mailbox refresh tokens), always
// AES-256-GCM-sealed (src/secrets/secretBox.ts); short leases so one worker at a time renews a
// token; and the single-use state values of the Shopify install (OAuth) flow.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stored_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('meta', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('shopify_oauth_states')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('shop', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('shopify_oauth_states').execute();
  await db.schema.dropTable('leases').execute();
  await db.schema.dropTable('stored_secrets').execute();
}
