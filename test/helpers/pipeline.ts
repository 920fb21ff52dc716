import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { BuiltinCrm } from '../../src/crm/builtinCrm.ts';
import { OfflineClassifier } from '../../src/llm/offlineClassifier.ts';
import { silentLogger } from '../../src/log.ts';
import type { PipelineDeps } from '../../src/pipeline/deps.ts';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import { EmlOutbox } from '../../src/send/emlOutbox.ts';
import type { Sender } from '../../src/send/port.ts';
import { FixtureShop } from '../../src/shop/fixtureShop.ts';
import type { Shop } from '../../src/shop/port.ts';
import { openDb } from '../../src/store/db.ts';
import { ensureMailbox } from '../../src/store/mailboxes.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';

export const INBOX = 'fixtures/inbox';
export const expectedInbox = JSON.parse(readFileSync(join(INBOX, 'expected.json'), 'utf8')) as Record<
  string,
  { intent: string; action: string; orders: string[]; language: string; identity: string; escalation: string | null }
>;
export const inboxFiles = () => readdirSync(INBOX).filter((f) => f.endsWith('.eml')).sort();

/** A settable clock, so retry delays can be stepped over. */
export function testClock(start = '2026-11-24T09:00:00.000Z') {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

export interface TestApp extends PipelineDeps {
  dataDir: string;
  clock: ReturnType<typeof testClock>;
}

/** The embedded defaults on an in-memory database and a temp outbox: real adapters, no network. */
export async function testApp(opts: { env?: Record<string, string>; shop?: Shop; sender?: Sender } = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'deskhand-test-'));
  const config = loadConfig({ DESKHAND_DATA_DIR: dataDir, DATABASE_URL: 'sqlite::memory:', ...opts.env });
  const db = openDb(config.DATABASE_URL);
  await migrateToLatest(db);
  const clock = testClock();
  await ensureMailbox(db, config, 'demo', 'files', clock.now());
  return {
    db,
    config,
    shop: opts.shop ?? (await FixtureShop.load('fixtures/store', { now: clock.now })),
    classifier: new OfflineClassifier(),
    sender: opts.sender ?? new EmlOutbox({ dataDir, now: clock.now }),
    crm: new BuiltinCrm(db, clock.now),
    log: silentLogger,
    now: clock.now,
    dataDir,
    clock,
  };
}

export async function ingestInbox(app: TestApp, files = inboxFiles()) {
  const ids: Record<string, string> = {};
  for (const f of files) {
    const r = await ingestRaw(app.db, 'demo', { source: 'file', uid: null, raw: readFileSync(join(INBOX, f)) }, app.now());
    ids[f] = r.id;
  }
  return ids;
}

export const outboxFiles = (app: TestApp) => {
  try {
    return readdirSync(join(app.dataDir, 'outbox')).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
};
