import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { loadConfig } from '../../../src/config.ts';
import { BuiltinCrm } from '../../../src/crm/builtinCrm.ts';
import { OfflineClassifier } from '../../../src/llm/offlineClassifier.ts';
import { silentLogger } from '../../../src/log.ts';
import type { PipelineDeps } from '../../../src/pipeline/deps.ts';
import { ingestRaw } from '../../../src/pipeline/ingest.ts';
import { EmlOutbox } from '../../../src/send/emlOutbox.ts';
import { FixtureShop } from '../../../src/shop/fixtureShop.ts';
import { openDb } from '../../../src/store/db.ts';
import { ensureMailbox } from '../../../src/store/mailboxes.ts';
import { migrateToLatest } from '../../../src/store/migrations.ts';

export const NOW = new Date('2026-11-20T10:00:00Z');

/** Pipeline deps over a fresh in-memory SQLite, with a fixed clock and the given env. */
export async function testDeps(env: Record<string, string> = {}, now: () => Date = () => NOW): Promise<PipelineDeps & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deskhand-wh-'));
  const config = loadConfig({ DESKHAND_DATA_DIR: dataDir, DATABASE_URL: 'sqlite::memory:', ...env });
  const db = openDb(config.DATABASE_URL);
  await migrateToLatest(db);
  return {
    db,
    config,
    shop: new FixtureShop({ orders: [], customers: [], products: [] }),
    classifier: new OfflineClassifier(),
    sender: new EmlOutbox({ dataDir }),
    crm: new BuiltinCrm(db, now),
    log: silentLogger,
    now,
    dataDir,
  };
}

/** A real RFC 5322 message built by nodemailer's MailComposer. */
export async function rawEmail(o: { from: string; to?: string; subject: string; text: string; messageId: string; inReplyTo?: string }): Promise<Buffer> {
  return new MailComposer({
    from: o.from,
    to: o.to ?? 'support@demo-store.example',
    subject: o.subject,
    text: o.text,
    messageId: o.messageId,
    date: new Date('2026-11-19T08:00:00Z'),
    ...(o.inReplyTo ? { inReplyTo: o.inReplyTo, references: [o.inReplyTo] } : {}),
  })
    .compile()
    .build();
}

/** Stores one inbound email (message + thread) and, when `reply` is set, a draft and a sent reply on it. */
export async function seedConversation(deps: PipelineDeps, from: string, tag: string, reply = true): Promise<{ messageId: string; threadId: string }> {
  await ensureMailbox(deps.db, deps.config, 'main', 'files', NOW);
  const raw = await rawEmail({ from, subject: `Where is order ${tag}?`, text: `Hello, where is my order ${tag}? Regards`, messageId: `<${tag}@mail.example.com>` });
  const res = await ingestRaw(deps.db, 'main', { source: 'file', uid: null, raw }, NOW);
  if (res.status !== 'stored') throw new Error('seed failed');
  const msg = await deps.db.selectFrom('messages').select(['id', 'thread_id']).where('id', '=', res.id).executeTakeFirstOrThrow();
  const threadId = msg.thread_id!;
  if (reply) {
    const t = NOW.toISOString();
    const draftId = `draft-${tag}`;
    await deps.db
      .insertInto('drafts')
      .values({ id: draftId, message_id: msg.id, thread_id: threadId, intent: 'order_status', language: 'en', subject: `Re: order ${tag}`, body: `Your order ${tag} shipped.`, original_body: `Your order ${tag} shipped!`, proposed_action: null, action_status: null, action_result: null, facts_used: '[]', status: 'sent', edited: 1, approved_by: 'staff-1', approved_at: t, created_at: t, updated_at: t })
      .execute();
    await deps.db.insertInto('draft_edits').values({ id: `edit-${tag}`, draft_id: draftId, body: `Your order ${tag} shipped.`, edited_by: 'staff-1', created_at: t }).execute();
    await deps.db
      .insertInto('outbox')
      .values({ id: `out-${tag}`, message_id: msg.id, draft_id: draftId, thread_id: threadId, rfc_message_id: `<reply-${tag}@demo-store.example>`, from_address: 'support@demo-store.example', to_address: from, subject: `Re: order ${tag}`, body: `Your order ${tag} shipped.`, in_reply_to: `<${tag}@mail.example.com>`, references: '[]', status: 'sent', provider: 'sendgrid', provider_id: 'x', error: null, created_at: t, sent_at: t })
      .execute();
  }
  return { messageId: msg.id, threadId };
}
