import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import type { PipelineDeps } from '../../src/pipeline/deps.ts';
import { enqueueMessage } from '../../src/queue/enqueue.ts';
import { createStepQueues, type StepQueues } from '../../src/queue/queues.ts';
import { startBullRuntime } from '../../src/queue/runtime.ts';
import { EmlOutbox } from '../../src/send/emlOutbox.ts';
import type { Db } from '../../src/store/db.ts';
import { ensureMailbox } from '../../src/store/mailboxes.ts';
import { orderStatusEmail } from './support/mail.ts';
import { countBy, dropPrefix, REDIS_URL, testPrefix, waitAllFinal } from './support/queue.ts';
import { createTempPg, embeddedDeps, openMigrated, tempDir, testConfig } from './support/stores.ts';

const TRIALS = Number(process.env.FAULT_TRIALS ?? 50);
const PER_TRIAL = 4;

interface Rig {
  config: Config;
  env: Record<string, string>;
  db: Db;
  deps: PipelineDeps;
  queues: StepQueues;
  sendLog: string;
  close(): Promise<void>;
}

async function rig(extra: Record<string, string> = {}): Promise<Rig> {
  const pg = await createTempPg();
  const prefix = testPrefix();
  const dataDir = tempDir();
  const sendLog = join(dataDir, 'sends.log');
  writeFileSync(sendLog, '');
  const env = {
    DATABASE_URL: pg.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    DESKHAND_DATA_DIR: dataDir,
    REVIEW_MODE: 'auto',
    AUTO_INTENTS: 'order_status',
    AUTO_CONFIDENCE: '0',
    REPLY_CAP_PER_SENDER: '100000',
    QUEUE_LOCK_MS: '1000',
    SWEEP_INTERVAL_MS: '1000',
    WORKER_CONCURRENCY: '4',
    LOG_LEVEL: 'silent',
    SEND_LOG: sendLog,
    ...extra,
  };
  const config = testConfig(env);
  const db = await openMigrated(pg.url);
  const deps = await embeddedDeps(config, db);
  await ensureMailbox(db, config, 'inbox', 'imap', new Date());
  const queues = createStepQueues(config);
  return {
    config,
    env,
    db,
    deps,
    queues,
    sendLog,
    async close() {
      await queues.close();
      await db.destroy();
      await pg.drop();
      await dropPrefix(prefix);
    },
  };
}

/** What `deskhand poll` does for each new mail: store it, queue its first step. */
async function deliver(r: Rig, from: number, count: number, tag: string): Promise<void> {
  for (let n = from; n < from + count; n++) {
    const res = await ingestRaw(r.db, 'inbox', { source: 'imap', uid: n + 1, raw: await orderStatusEmail(n, tag) }, new Date());
    await enqueueMessage(r.db, r.queues, res.id);
  }
}

function spawnWorker(r: Rig): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/services/support/chaosWorker.ts'], {
    env: { ...process.env, ...r.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => {
      if (b.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

function killed(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** The invariants: every message final, none failed, at most one reply delivered per message, none resent. */
async function checkNothingLostNoDuplicates(r: Rig, expected: number) {
  const rows = await r.db.selectFrom('messages').select(['id', 'state']).execute();
  const outbox = await r.db.selectFrom('outbox').select(['message_id', 'status']).execute();
  const delivered = countBy(readFileSync(r.sendLog, 'utf8').split('\n').filter(Boolean));
  const byState = countBy(rows.map((m) => m.state));
  const eml = new EmlOutbox({ dataDir: r.config.DESKHAND_DATA_DIR });

  expect(rows.length).toBe(expected);
  expect(Object.keys(byState).filter((s) => !['logged', 'needs_attention'].includes(s))).toEqual([]);
  expect(Object.values(delivered).filter((n) => n > 1)).toEqual([]);
  expect(Object.values(countBy(outbox.map((o) => o.message_id))).filter((n) => n > 1)).toEqual([]);
  expect(outbox.filter((o) => o.status === 'sending')).toEqual([]);
  for (const m of rows) {
    if (m.state === 'logged') {
      // Sent: exactly one delivery and its .eml file.
      expect(delivered[m.id]).toBe(1);
      expect(existsSync(eml.pathFor(m.id))).toBe(true);
      expect(outbox.find((o) => o.message_id === m.id)?.status).toBe('sent');
    } else {
      // Interrupted between "sending" and "sent": flagged for a person, never resent.
      expect(outbox.find((o) => o.message_id === m.id)?.status).toBe('needs_attention');
      expect(delivered[m.id] ?? 0).toBeLessThanOrEqual(1);
    }
  }
  return { byState, deliveries: Object.values(delivered).reduce((a, b) => a + b, 0) };
}

describe('faults: nothing lost, nothing sent twice', () => {
  it(`a worker SIGKILLed at random points, ${TRIALS} times`, { timeout: 300_000 }, async () => {
    const r = await rig({ SEND_DELAY_MS: '25' });
    try {
      const statesAtKill: Record<string, number> = {};
      let killsMidSend = 0;
      for (let t = 0; t < TRIALS; t++) {
        await deliver(r, t * PER_TRIAL, PER_TRIAL, 'kill');
        const child = await spawnWorker(r);
        await new Promise((res) => setTimeout(res, 50 + Math.random() * 1000));
        await killed(child, 'SIGKILL');
        const snapshot = await r.db.selectFrom('messages').select('state').execute();
        for (const s of snapshot) statesAtKill[s.state] = (statesAtKill[s.state] ?? 0) + 1;
        const sending = await r.db.selectFrom('outbox').select('id').where('status', '=', 'sending').execute();
        if (sending.length > 0) killsMidSend++;
      }
      const outboxAtEnd = countBy((await r.db.selectFrom('outbox').select('status').execute()).map((o) => o.status));
      // One last worker, left alone, must finish everything the killed ones left behind.
      const last = await spawnWorker(r);
      await waitAllFinal(r.db, 90_000);
      await killed(last, 'SIGTERM');
      const result = await checkNothingLostNoDuplicates(r, TRIALS * PER_TRIAL);
      console.log('SIGKILL trials:', TRIALS, 'final states:', result.byState, 'deliveries:', result.deliveries, 'outbox before the last worker:', outboxAtEnd, 'message-states summed over the kills:', statesAtKill, 'kills with a send in flight:', killsMidSend);
      expect(result.byState.logged).toBeGreaterThan(TRIALS * PER_TRIAL * 0.5);
    } finally {
      await r.close();
    }
  });

  it('Redis restarted (losing every job) in the middle of a run', { timeout: 180_000 }, async () => {
    const r = await rig({ SEND_DELAY_MS: '5', SWEEP_INTERVAL_MS: '500' });
    const total = 200;
    await deliver(r, 0, total, 'redis');
    let sent = 0;
    const inner = r.deps.sender;
    const runtime = startBullRuntime(
      { ...r.deps, sender: { kind: inner.kind, send: async (reply) => { await new Promise((res) => setTimeout(res, 5)); const rc = await inner.send(reply); sent++; writeFileSync(r.sendLog, `${reply.deskhandMessageId}\n`, { flag: 'a' }); return rc; } } },
      r.config,
      { queues: r.queues, concurrency: 4 },
    );
    try {
      while (sent < 20) await new Promise((res) => setTimeout(res, 20));
      restartRedis();
      const states = await waitAllFinal(r.db, 120_000);
      const moved = [...states.values()].filter((s) => s === 'logged').length;
      const result = await checkNothingLostNoDuplicates(r, total);
      console.log('Redis restart after', 20, 'sends; final states:', result.byState, 'logged:', moved);
    } finally {
      await runtime.close();
      await r.close();
    }
  });
});

/** The machine's Redis keeps nothing on disk: shut down without saving, start again as CI does. */
function restartRedis(): void {
  execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave']);
  execFileSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no', '--dir', '/var/lib/redis', '--logfile', '/var/log/redis/ci.log']);
  for (let i = 0; i < 50; i++) {
    try {
      if (execFileSync('redis-cli', ['-h', '127.0.0.1', 'ping']).toString().includes('PONG')) return;
    } catch {
      // not up yet
    }
    execFileSync('sleep', ['0.1']);
  }
  throw new Error('redis did not come back');
}

beforeAll(() => {});
afterAll(() => {});
