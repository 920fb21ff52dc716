import type { Kysely } from 'kysely';

// The CRM's own records (staff notes and tags on a customer), the replay guard for webhooks and
// signed ingest requests, and the privacy exports Shopify's customers/data_request asks for.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('customer_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_email', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('customer_notes_email').on('customer_notes').columns(['customer_email', 'created_at']).execute();

  // Staff tags, kept apart from the Shopify tags synced onto customers.tags.
  await db.schema
    .createTable('customer_tags')
    .addColumn('customer_email', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_tags_pk', ['customer_email', 'tag'])
    .execute();
  await db.schema.createIndex('customer_tags_tag').on('customer_tags').column('tag').execute();

  // One row per webhook delivery / event / signed request already accepted: a replay is refused.
  await db.schema
    .createTable('webhook_receipts')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('receipt_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_receipts_pk', ['source', 'receipt_id'])
    .execute();

  await db.schema
    .createTable('privacy_exports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_email', 'text', (c) => c.notNull())
    .addColumn('shop_domain', 'text')
    .addColumn('request_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('privacy_exports_email').on('privacy_exports').column('customer_email').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['privacy_exports', 'webhook_receipts', 'customer_tags', 'customer_notes']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
