import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig, type Config } from '../../../src/config.ts';
import { BuiltinCrm } from '../../../src/crm/builtinCrm.ts';
import { OfflineClassifier } from '../../../src/llm/offlineClassifier.ts';
import { silentLogger } from '../../../src/log.ts';
import type { PipelineDeps } from '../../../src/pipeline/deps.ts';
import { ingestRaw } from '../../../src/pipeline/ingest.ts';
import { EmlOutbox } from '../../../src/send/emlOutbox.ts';
import { FixtureShop } from '../../../src/shop/fixtureShop.ts';
import { openDb, type Db } from '../../../src/store/db.ts';
import { ensureMailbox } from '../../../src/store/mailboxes.ts';
import { migrateToLatest } from '../../../src/store/migrations.ts';

const PG_HOST = process.env.PGHOST ?? '127.0.0.1';
const PG_PORT = process.env.PGPORT ?? '5432';
const ROLES = [process.env.PGUSER, 'root', 'postgres'].filter((r): r is string => !!r);

/** The first role the local server trusts (CI machines differ: root or postgres). */
async function adminUrl(): Promise<string> {
  for (const role of ROLES) {
    for (const dbName of ['postgres', 'test']) {
      const url = `postgres://${role}@${PG_HOST}:${PG_PORT}/${dbName}`;
      const c = new pg.Client({ connectionString: url });
      try {
        await c.connect();
        await c.end();
        return url;
      } catch {
        await c.end().catch(() => {});
      }
    }
  }
  throw new Error(`no PostgreSQL role among ${ROLES.join(', ')} can connect to ${PG_HOST}:${PG_PORT}`);
}

/** A fresh, empty database for one test file; drop() removes it (closing other sessions first). */
export async function createTempPg(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = await adminUrl();
  const name = `deskhand_${randomBytes(6).toString('hex')}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = admin.replace(/\/[^/]+$/, `/${name}`);
  return {
    url,
    async drop() {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

export const FIXED_NOW = new Date('2026-07-01T10:00:00Z');

export function tempDir(prefix = 'deskhand-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The config a test run uses: env overrides on top of the defaults. */
export function testConfig(env: Record<string, string>): Config {
  // The inbox fixtures carry no trusted Authentication-Results: their senders are "not checked".
  return loadConfig({ REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_SEND_UNCHECKED_SENDERS: 'true', ...env });
}

/** Real adapters on the embedded defaults (demo store, offline rules, .eml outbox, built-in CRM). */
export async function embeddedDeps(config: Config, db: Db, now: () => Date = () => new Date()): Promise<PipelineDeps> {
  return {
    db,
    config,
    shop: await FixtureShop.load('fixtures/store', { now }),
    classifier: new OfflineClassifier(),
    sender: new EmlOutbox({ dataDir: config.DESKHAND_DATA_DIR, now }),
    crm: new BuiltinCrm(db, now),
    log: silentLogger,
    now,
  };
}

export async function openMigrated(url: string): Promise<Db> {
  const db = openDb(url);
  await migrateToLatest(db);
  return db;
}

/** Imports every .eml in fixtures/inbox into mailbox `mailboxId`; returns the stored ids. */
export async function ingestFixtureInbox(deps: PipelineDeps, mailboxId = 'demo'): Promise<string[]> {
  await ensureMailbox(deps.db, deps.config, mailboxId, 'files', deps.now());
  const files = (await readdir('fixtures/inbox')).filter((f) => f.endsWith('.eml')).sort();
  const ids: string[] = [];
  for (const f of files) {
    const r = await ingestRaw(deps.db, mailboxId, { source: 'file', uid: null, raw: await readFile(join('fixtures/inbox', f)) }, deps.now());
    ids.push(r.id);
  }
  return ids;
}
