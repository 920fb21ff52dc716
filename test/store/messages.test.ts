import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import { openDb } from '../../src/store/db.ts';
import { ensureMailbox } from '../../src/store/mailboxes.ts';
import { getMessage, transition, transitionAlone } from '../../src/store/messages.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';

const RAW = Buffer.from('From: Ana <ana@example.com>\r\nTo: support@demo-store.example\r\nSubject: Where is #1001?\r\nMessage-ID: <m1@example.com>\r\n\r\nHello, where is my order #1001?\r\n');

async function storedMessage() {
  const db = openDb('sqlite::memory:');
  await migrateToLatest(db);
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' });
  await ensureMailbox(db, config, 'mb', 'files', new Date('2025-01-01T00:00:00Z'));
  const r = await ingestRaw(db, 'mb', { source: 'files', uid: null, raw: RAW }, new Date('2025-01-01T00:00:00Z'));
  return { db, id: r.id };
}

describe('getMessage', () => {
  it('reads every column but the raw MIME', async () => {
    const { db, id } = await storedMessage();
    const row = await getMessage(db, id);
    expect(row).toMatchObject({ id, state: 'received', subject: 'Where is #1001?', from_address: 'ana@example.com', raw_size: RAW.length });
    expect(row).not.toHaveProperty('raw');
    const full = await db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const { raw, ...rest } = full;
    expect(raw).not.toBeNull();
    expect(row).toEqual(rest);
    expect(await getMessage(db, 'no-such-id')).toBeUndefined();
    await db.destroy();
  });
});

describe('transitionAlone', () => {
  it('moves the message and logs the state event exactly like transition in a transaction', async () => {
    const { db, id } = await storedMessage();
    const at = new Date('2025-01-02T00:00:00Z');
    expect(await transitionAlone(db, id, 'received', 'triaged', { intent: 'order_status', reason: null, confidence: undefined }, at)).toBe(true);
    const row = await getMessage(db, id);
    expect(row).toMatchObject({ state: 'triaged', intent: 'order_status', updated_at: at.toISOString(), next_attempt_at: null });
    // The guard: a second move from the old state changes nothing and logs nothing.
    expect(await transitionAlone(db, id, 'received', 'ignored', { reason: 'late' }, at)).toBe(false);
    expect((await getMessage(db, id))?.state).toBe('triaged');
    await db.transaction().execute((trx) => transition(trx, id, 'triaged', 'resolved', { reason: null }, at, 'someone'));
    const events = await db.selectFrom('events').select(['type', 'actor', 'data']).where('message_id', '=', id).where('type', '=', 'state').orderBy('id').execute();
    expect(events).toEqual([
      { type: 'state', actor: 'system', data: JSON.stringify({ from: 'received', to: 'triaged', reason: null }) },
      { type: 'state', actor: 'someone', data: JSON.stringify({ from: 'triaged', to: 'resolved', reason: null }) },
    ]);
    await db.destroy();
  });
});
