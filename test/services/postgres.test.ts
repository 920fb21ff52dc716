import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { FINAL_STATES, type MessageState } from '../../src/store/schema.ts';
import type { Db } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';
import { createTempPg, embeddedDeps, FIXED_NOW, ingestFixtureInbox, openMigrated, tempDir, testConfig } from './support/stores.ts';

type Outcome = Record<string, { state: string; intent: string | null; orders: string; identity: number; draft: string | null; replies: number }>;

/** The demo inbox run through the whole pipeline on one store; keyed by Message-ID (row ids are random). */
async function runDemo(url: string): Promise<{ db: Db; outcome: Outcome }> {
  const config = testConfig({ DATABASE_URL: url, DESKHAND_DATA_DIR: tempDir() });
  const db = await openMigrated(url);
  const deps = await embeddedDeps(config, db, () => FIXED_NOW);
  await ingestFixtureInbox(deps);
  // Retries wait for their time, so run again until nothing moves (transient failures would show here).
  await runInline(deps);
  const rows = await db
    .selectFrom('messages')
    .leftJoin('drafts', 'drafts.message_id', 'messages.id')
    .select(['messages.id', 'rfc_message_id', 'state', 'messages.intent', 'order_numbers', 'identity_verified', 'drafts.body'])
    .execute();
  const outbox = await db.selectFrom('outbox').select(['message_id']).execute();
  const outcome: Outcome = {};
  for (const r of rows) {
    outcome[r.rfc_message_id] = {
      state: r.state,
      intent: r.intent,
      orders: r.order_numbers,
      identity: r.identity_verified,
      draft: r.body ?? null,
      replies: outbox.filter((o) => o.message_id === r.id).length,
    };
  }
  return { db, outcome };
}

describe('PostgreSQL store', () => {
  let pgdb: { url: string; drop(): Promise<void> };
  const open: Db[] = [];
  beforeAll(async () => {
    pgdb = await createTempPg();
  });
  afterAll(async () => {
    for (const db of open) await db.destroy();
    await pgdb?.drop();
  });

  it('applies every migration to a fresh database, and again as a no-op', async () => {
    const db = await openMigrated(pgdb.url);
    open.push(db);
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public'`.execute(db);
    const names = tables.rows.map((r) => r.table_name);
    for (const t of ['mailboxes', 'messages', 'threads', 'drafts', 'outbox', 'events', 'customers', 'users', 'sessions']) expect(names).toContain(t);
    const again = await migrateToLatest(db);
    expect(again.applied).toEqual([]);
    // bigint comes back as a JS number, not a string.
    const ev = await db.insertInto('mailboxes').values({ id: 'x', name: 'x', address: 'a@b.c', kind: 'files', mode: 'draft', auto_intents: '[]', auto_confidence: 0.85, uid_validity: null, last_uid: 42, created_at: 't', updated_at: 't' }).execute();
    expect(ev).toHaveLength(1);
    const mb = await db.selectFrom('mailboxes').select(['last_uid', 'auto_confidence']).where('id', '=', 'x').executeTakeFirstOrThrow();
    expect(mb.last_uid).toBe(42);
    expect(mb.auto_confidence).toBeCloseTo(0.85, 5);
    const n = await db.selectFrom('mailboxes').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });

  it('runs the demo inbox through the whole pipeline with the same outcome as SQLite', async () => {
    await sql`drop schema public cascade; create schema public`.execute(open[0]!);
    const onPg = await runDemo(pgdb.url);
    open.push(onPg.db);
    const onSqlite = await runDemo('sqlite::memory:');
    open.push(onSqlite.db);

    const ids = Object.keys(onSqlite.outcome).sort();
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(onPg.outcome).sort()).toEqual(ids);
    for (const id of ids) expect({ id, ...onPg.outcome[id] }).toEqual({ id, ...onSqlite.outcome[id] });

    // The run got somewhere: every message final, some replies sent and logged, some for review.
    const states = Object.values(onPg.outcome).map((o) => o.state as MessageState);
    expect(states.every((s) => FINAL_STATES.has(s))).toBe(true);
    expect(states.filter((s) => s === 'logged').length).toBeGreaterThan(0);
    expect(states.filter((s) => s === 'awaiting_review').length).toBeGreaterThan(0);
    expect(Object.values(onPg.outcome).every((o) => o.replies <= 1)).toBe(true);
  });
});
