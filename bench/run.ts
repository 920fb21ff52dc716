// `npm run bench`: throughput and our code's time per message, inline/SQLite and BullMQ/PostgreSQL,
// with the external services at zero and at realistic latency, and memory over a 10,000-message
// backlog. Needs Redis and PostgreSQL on localhost for the BullMQ rows (skipped when absent).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../src/config.ts';
import { BuiltinCrm } from '../src/crm/builtinCrm.ts';
import { silentLogger } from '../src/log.ts';
import type { PipelineDeps } from '../src/pipeline/deps.ts';
import { ingestRaw } from '../src/pipeline/ingest.ts';
import { runInline } from '../src/pipeline/inlineRunner.ts';
import { createStepQueues } from '../src/queue/queues.ts';
import { sweep } from '../src/queue/sweeper.ts';
import { openDb, type Db } from '../src/store/db.ts';
import { ensureMailbox } from '../src/store/mailboxes.ts';
import { migrateToLatest } from '../src/store/migrations.ts';
import { FINAL_STATES } from '../src/store/schema.ts';
import { createTempPg } from '../test/services/support/stores.ts';
import { dropPrefix, testPrefix } from '../test/services/support/queue.ts';
import { fakeModel, fakeSendGrid, fakeShopify, type Latency, REALISTIC, waited, ZERO } from './fakes.ts';
import { benchEmail } from './mail.ts';
import { serverCpuMs } from './serverCpu.ts';

// Spawned processes run like `deskhand worker` (bin/deskhand.js): Node's own type stripping (no
// tsx), V8's young generation capped and the compile cache on (see docs/performance.md);
// BENCH_NODE_FLAGS="…" replaces the node flags ("" for none).
const NODE_FLAGS = process.env.BENCH_NODE_FLAGS !== undefined ? process.env.BENCH_NODE_FLAGS.split(' ').filter(Boolean) : ['--max-semi-space-size=8'];
const CHILD_ENV = { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache') };

const BASE_ENV = { REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0', AUTO_SEND_UNCHECKED_SENDERS: 'true', REPLY_CAP_PER_SENDER: '1000000', LOG_LEVEL: 'silent' };

interface Row {
  setup: string;
  latency: string;
  messages: number;
  msgPerSec: number;
  overheadMedianMs: number | null;
  cpuMsPerMsg: number;
  note?: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

async function depsFor(config: Config, db: Db, latency: Latency): Promise<PipelineDeps> {
  const now = () => new Date();
  return { db, config, shop: await fakeShopify(latency), classifier: fakeModel(latency), sender: fakeSendGrid(latency), crm: new BuiltinCrm(db, now), log: silentLogger, now };
}

async function ingest(db: Db, config: Config, n: number, tag: string): Promise<number> {
  await ensureMailbox(db, config, 'bench', 'imap', new Date());
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await ingestRaw(db, 'bench', { source: 'imap', uid: i + 1, raw: await benchEmail(i, tag) }, new Date());
  return n / ((performance.now() - t0) / 1000);
}

async function inlineRun(n: number, latency: Latency, label: string, sampleRss = false): Promise<{ row: Row; rss: number[]; heap: number[]; ingestPerSec: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'deskhand-bench-'));
  const config = loadConfig({ ...BASE_ENV, DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`, DESKHAND_DATA_DIR: dir });
  const db = openDb(config.DATABASE_URL);
  await migrateToLatest(db);
  const ingestPerSec = await ingest(db, config, n, `inline-${label}`);
  const deps = await depsFor(config, db, latency);
  const perMsg: number[] = [];
  const rss: number[] = [];
  const heap: number[] = [];
  let last = performance.now();
  let lastWaited = waited.ms;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await runInline(deps, (p) => {
    const t = performance.now();
    if (p.done > 0) perMsg.push(t - last - (waited.ms - lastWaited));
    last = t;
    lastWaited = waited.ms;
    if (sampleRss && p.done % 1000 === 0) {
      // A full GC first (the memory run has --expose-gc), so the figure is what is retained, not garbage not yet collected.
      (globalThis as { gc?: () => void }).gc?.();
      rss.push(process.memoryUsage().rss / 2 ** 20);
      heap.push(process.memoryUsage().heapUsed / 2 ** 20);
    }
  });
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const final = await db.selectFrom('messages').select('state').execute();
  const notFinal = final.filter((m) => !FINAL_STATES.has(m.state as never)).length;
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
  return {
    ingestPerSec,
    rss,
    heap,
    row: { setup: 'inline / SQLite', latency: label, messages: n, msgPerSec: n / secs, overheadMedianMs: latency === ZERO ? median(perMsg) : null, cpuMsPerMsg: (cpu.user + cpu.system) / 1000 / n, ...(notFinal ? { note: `${notFinal} not final` } : {}) },
  };
}

function spawnWorker(env: Record<string, string>): Promise<{ child: ChildProcess; stats: Promise<{ cpuMs: number; rssMb: number }> }> {
  // BENCH_WORKER_NODE_ARGS: extra node flags for the worker processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const extra = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...NODE_FLAGS, ...extra, 'bench/worker.ts'], { env: { ...CHILD_ENV, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const stats = new Promise<{ cpuMs: number; rssMb: number }>((res) => child.once('exit', () => res(JSON.parse(out.trim().split('\n').at(-1) ?? '{}'))));
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('ready')) resolve({ child, stats });
    });
    child.once('error', reject);
  });
}

async function bullRun(n: number, latency: 'zero' | 'realistic', workers: number, concurrency: number): Promise<Row> {
  const pg = await createTempPg();
  const prefix = testPrefix();
  const dir = mkdtempSync(join(tmpdir(), 'deskhand-bench-'));
  const env = { ...BASE_ENV, DATABASE_URL: pg.url, REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: prefix, DESKHAND_DATA_DIR: dir, WORKER_CONCURRENCY: String(concurrency), SWEEP_INTERVAL_MS: '600000', BENCH_LATENCY: latency };
  const config = loadConfig(env);
  const db = openDb(pg.url);
  await migrateToLatest(db);
  await ingest(db, config, n, `bull-${latency}`);
  const procs = await Promise.all(Array.from({ length: workers }, () => spawnWorker(env)));
  const queues = createStepQueues(config);
  const servers0 = serverCpuMs();
  const t0 = performance.now();
  await sweep(db, queues);
  for (;;) {
    const open = await db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).where('state', 'not in', [...FINAL_STATES]).executeTakeFirstOrThrow();
    if (Number(open.n) === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const secs = (performance.now() - t0) / 1000;
  const servers1 = serverCpuMs();
  for (const p of procs) p.child.kill('SIGTERM');
  const stats = await Promise.all(procs.map((p) => p.stats));
  await queues.close();
  await db.destroy();
  await pg.drop();
  await dropPrefix(prefix);
  rmSync(dir, { recursive: true, force: true });
  const cpuMs = stats.reduce((a, s) => a + s.cpuMs, 0);
  return {
    setup: `BullMQ / PostgreSQL, ${workers} workers × ${concurrency}`,
    latency,
    messages: n,
    msgPerSec: n / secs,
    overheadMedianMs: null,
    cpuMsPerMsg: cpuMs / n,
    note: `worker RSS ${stats.map((s) => Math.round(s.rssMb)).join('/')} MB; CPU per message also in Redis ${((servers1.redis - servers0.redis) / n).toFixed(2)} ms, PostgreSQL ${((servers1.postgres - servers0.postgres) / n).toFixed(2)} ms`,
  };
}

function reachable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => {
      s.end();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

const fmt = (x: number | null, d = 1) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(d));
const target = (ok: boolean, text: string) => (ok ? `${text} ✓` : `${text} ✗`);

const rows: Row[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

// The memory figure comes from a fresh process, so earlier runs do not colour it.
if (process.argv.includes('--warm-only')) process.exit(0);
if (process.argv.includes('--memory-only')) {
  const m = await inlineRun(10_000, ZERO, 'zero', true);
  process.stdout.write(`${JSON.stringify(m)}\n`);
  process.exit(0);
}

// `--only bull` runs just the BullMQ rows (for iterating on the queue runner); the full run prints everything.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
if (only === 'bull') {
  log('BullMQ / PostgreSQL, zero latency, 2,000 messages, 4 workers…');
  const r = await bullRun(2000, 'zero', 4, 8);
  process.stdout.write(`${JSON.stringify(r)}\n`);
  process.exit(0);
}

log('inline / SQLite, zero latency, 2,000 messages…');
const inlineZero = await inlineRun(2000, ZERO, 'zero');
rows.push(inlineZero.row);
log('inline / SQLite, realistic latency, 10 messages…');
rows.push((await inlineRun(10, REALISTIC, 'realistic')).row);

const haveServices = (await reachable(6379)) && (await reachable(5432));
if (haveServices) {
  log('BullMQ / PostgreSQL, zero latency, 2,000 messages, 4 workers…');
  rows.push(await bullRun(2000, 'zero', 4, 8));
  log('BullMQ / PostgreSQL, realistic latency, 1,000 messages, 4 workers × 64…');
  rows.push(await bullRun(1000, 'realistic', 4, 64));
} else log('Redis or PostgreSQL not reachable on localhost: BullMQ rows skipped');

type MemRun = { row: Row; rss: number[]; heap: number[]; ingestPerSec: number };
/** The 10,000-message memory run in a fresh process started with these node flags. */
async function memoryRun(flags: string[]): Promise<MemRun> {
  const args = [...flags, '--expose-gc', 'bench/run.ts', '--memory-only'];
  // A first start with the same flags fills the compile cache, as any earlier start of deskhand would.
  await new Promise((resolve) => spawn(process.execPath, [...args, '--warm-only'], { env: CHILD_ENV, stdio: 'inherit' }).once('exit', resolve));
  return new Promise<MemRun>((resolve, reject) => {
    let out = '';
    const child = spawn(process.execPath, args, { env: CHILD_ENV, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').at(-1)!)) : reject(new Error(`memory run exited ${code}`))));
  });
}

log('memory: inline / SQLite, 10,000-message backlog (fresh process)…');
const mem = await memoryRun(NODE_FLAGS);
// The memory-first launch (docs/performance.md): every full GC also compacts and gives pages back.
const SMALL_FLAGS = ['--optimize-for-size'];
log(`memory: the same with node ${SMALL_FLAGS.join(' ')}…`);
const memSmall = await memoryRun(SMALL_FLAGS);
rows.push({ ...mem.row, setup: 'inline / SQLite (10,000 backlog)' });
rows.push({ ...memSmall.row, setup: `inline / SQLite (10,000 backlog, ${SMALL_FLAGS.join(' ')})` });

const out: string[] = [];
out.push('| setup | external latency | messages | msg/s | our time per message, median (ms) | CPU per message (ms) | note |');
out.push('|---|---|---:|---:|---:|---:|---|');
for (const r of rows) out.push(`| ${r.setup} | ${r.latency} | ${r.messages} | ${fmt(r.msgPerSec)} | ${fmt(r.overheadMedianMs, 2)} | ${fmt(r.cpuMsPerMsg, 2)} | ${r.note ?? ''} |`);
out.push('');
out.push(`Ingest (parse + store), SQLite: ${fmt(inlineZero.ingestPerSec)} msg/s.`);
for (const [flags, m] of [[NODE_FLAGS, mem], [SMALL_FLAGS, memSmall]] as const) {
  out.push(`RSS every 1,000 messages of the 10,000 backlog, after a full GC (MB; node ${flags.join(' ')}): ${m.rss.map((x) => Math.round(x)).join(', ')}`);
  out.push(`Live JS heap at the same points (MB): ${m.heap.map((x) => Math.round(x)).join(', ')}`);
}
out.push('');
const bullZero = rows.find((r) => r.setup.startsWith('BullMQ') && r.latency === 'zero');
out.push('Targets:');
out.push(`- ${target(inlineZero.row.overheadMedianMs! <= 2, `per-message overhead ≤ 2 ms median (inline, zero latency): ${fmt(inlineZero.row.overheadMedianMs, 2)} ms`)}${inlineZero.row.overheadMedianMs! > 2 ? ` — over by ${fmt(inlineZero.row.overheadMedianMs! - 2, 2)} ms` : ''}`);
out.push(`- ${target(inlineZero.row.msgPerSec >= 500, `≥ 500 msg/s inline/SQLite: ${fmt(inlineZero.row.msgPerSec)}`)}${inlineZero.row.msgPerSec < 500 ? ` — short by ${fmt(500 - inlineZero.row.msgPerSec)} msg/s (${fmt((1 - inlineZero.row.msgPerSec / 500) * 100, 0)} %)` : ''}`);
if (bullZero) out.push(`- ${target(bullZero.msgPerSec >= 300, `≥ 300 msg/s BullMQ/PostgreSQL with 4 workers: ${fmt(bullZero.msgPerSec)}`)}${bullZero.msgPerSec < 300 ? ` — short by ${fmt(300 - bullZero.msgPerSec)} msg/s (${fmt((1 - bullZero.msgPerSec / 300) * 100, 0)} %)` : ''}`);
for (const [flags, m] of [[NODE_FLAGS, mem], [SMALL_FLAGS, memSmall]] as const) {
  const peak = Math.max(...m.rss);
  out.push(`- ${target(peak <= 200, `RSS ≤ 200 MB over the backlog (node ${flags.join(' ')}): peak ${Math.round(peak)} MB, first ${Math.round(m.rss[0] ?? 0)} → last ${Math.round(m.rss.at(-1) ?? 0)} MB`)}`);
}

// IMAP backfill (another module): only with Dovecot up.
if (existsSync('bench/imapBackfill.ts') && (await reachable(143))) {
  log('IMAP backfill (Dovecot)…');
  await new Promise<void>((resolve) => spawn(process.execPath, [...NODE_FLAGS, 'bench/imapBackfill.ts'], { stdio: 'inherit' }).once('exit', () => resolve()));
} else out.push('', 'IMAP backfill: skipped (bench/imapBackfill.ts or Dovecot on :143 not available).');

process.stdout.write(`\n${out.join('\n')}\n`);
process.exit(0);
