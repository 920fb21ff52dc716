import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// The pipeline's tables. Never edit a migration that has shipped: add a new file and list it
// in src/store/migrations.ts.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  const blob = pg ? 'bytea' : 'blob';

  await db.schema
    .createTable('mailboxes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('auto_intents', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('auto_confidence', 'real', (c) => c.notNull().defaultTo(0.85))
    .addColumn('uid_validity', 'text')
    .addColumn('last_uid', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('threads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mailbox_id', 'text', (c) => c.notNull().references('mailboxes.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('customer_email', 'text', (c) => c.notNull())
    .addColumn('root_rfc_message_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('assigned_to', 'text')
    .addColumn('flagged', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_message_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('threads_customer').on('threads').column('customer_email').execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mailbox_id', 'text', (c) => c.notNull().references('mailboxes.id'))
    .addColumn('rfc_message_id', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'text', (c) => c.references('threads.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_uid', 'bigint')
    .addColumn('raw', blob)
    .addColumn('raw_size', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('from_address', 'text')
    .addColumn('from_name', 'text')
    .addColumn('to_address', 'text')
    .addColumn('reply_to', 'text')
    .addColumn('subject', 'text')
    .addColumn('sent_date', 'text')
    .addColumn('in_reply_to', 'text')
    .addColumn('references', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('headers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('text', 'text')
    .addColumn('new_text', 'text')
    .addColumn('quoted_text', 'text')
    .addColumn('html_only', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('content_type', 'text')
    .addColumn('signature', 'text')
    .addColumn('hidden_text', 'text')
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('intent', 'text')
    .addColumn('action', 'text')
    .addColumn('language', 'text')
    .addColumn('confidence', 'real')
    .addColumn('order_numbers', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('classification', 'text')
    .addColumn('facts', 'text')
    .addColumn('identity_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tokens_prompt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tokens_completion', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('triaged_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('drafted_at', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('logged_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('messages_mailbox_rfc_id', ['mailbox_id', 'rfc_message_id'])
    .execute();
  await db.schema.createIndex('messages_state').on('messages').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('messages_thread').on('messages').column('thread_id').execute();
  await db.schema.createIndex('messages_from').on('messages').columns(['from_address', 'received_at']).execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('shopify_id', 'text')
    .addColumn('orders_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total_spent', 'text', (c) => c.notNull().defaultTo('0'))
    .addColumn('currency', 'text')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text')
    .addColumn('first_order_at', 'text')
    .addColumn('last_order_at', 'text')
    .addColumn('synced_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().unique().references('messages.id'))
    .addColumn('thread_id', 'text', (c) => c.notNull().references('threads.id'))
    .addColumn('intent', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('original_body', 'text', (c) => c.notNull())
    .addColumn('proposed_action', 'text')
    .addColumn('action_status', 'text')
    .addColumn('action_result', 'text')
    .addColumn('facts_used', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('edited', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('draft_edits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('edited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().unique().references('messages.id'))
    .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id'))
    .addColumn('thread_id', 'text', (c) => c.notNull().references('threads.id'))
    .addColumn('rfc_message_id', 'text', (c) => c.notNull().unique())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('in_reply_to', 'text', (c) => c.notNull())
    .addColumn('references', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('provider', 'text')
    .addColumn('provider_id', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', pg ? 'bigserial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('thread_id', 'text')
    .addColumn('customer_email', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('events_thread').on('events').columns(['thread_id', 'id']).execute();
  await db.schema.createIndex('events_customer').on('events').columns(['customer_email', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['events', 'outbox', 'draft_edits', 'drafts', 'customers', 'messages', 'threads', 'mailboxes']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
