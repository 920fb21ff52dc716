// Profiling harness (not part of `npm run bench`): ingest N bench emails into a fresh SQLite store,
// then run the inline runner over them once, printing msg/s and the median per-message time.
// Runs on Node's own type stripping, like `deskhand worker`: `node --expose-gc --max-semi-space-size=8
// bench/profileInline.ts 2000` (--expose-gc for the memory lines on stderr); with a profiler:
// `node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profileInline.ts 2000`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { BuiltinCrm } from '../src/crm/builtinCrm.ts';
import { silentLogger } from '../src/log.ts';
import { ingestRaw } from '../src/pipeline/ingest.ts';
import { runInline } from '../src/pipeline/inlineRunner.ts';
import { openDb } from '../src/store/db.ts';
import { ensureMailbox } from '../src/store/mailboxes.ts';
import { migrateToLatest } from '../src/store/migrations.ts';
import { fakeModel, fakeSendGrid, fakeShopify, ZERO } from './fakes.ts';
import { benchEmail } from './mail.ts';

const n = Number(process.argv[2] ?? 2000);
/** Resident and heap memory after a full GC (when run with --expose-gc), to stderr. */
const mem = (stage: string) => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const smaps = readFileSync('/proc/self/smaps', 'utf8');
  let region = '';
  const rssBy: Record<string, number> = {};
  for (const line of smaps.split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) region = head[1]?.startsWith('[heap]') ? 'malloc heap' : head[1] ? 'files' : 'anonymous';
    const kb = /^Rss:\s+(\d+) kB/.exec(line);
    if (kb) rssBy[region] = (rssBy[region] ?? 0) + Number(kb[1]) / 1024;
  }
  process.stderr.write(`${stage}: ${Object.entries(rssBy).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}; rss ${Math.round(m.rss / 2 ** 20)} MB, heap ${Math.round(m.heapUsed / 2 ** 20)}/${Math.round(m.heapTotal / 2 ** 20)} MB, external ${Math.round(m.external / 2 ** 20)} MB\n`);
};
mem('imports');
const dir = mkdtempSync(join(tmpdir(), 'deskhand-prof-'));
const config = loadConfig({ REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0', AUTO_SEND_UNCHECKED_SENDERS: 'true', REPLY_CAP_PER_SENDER: '1000000', LOG_LEVEL: 'silent', DATABASE_URL: `sqlite:${join(dir, 'p.db')}`, DESKHAND_DATA_DIR: dir });
const db = openDb(config.DATABASE_URL);
await migrateToLatest(db);
await ensureMailbox(db, config, 'bench', 'imap', new Date());
const ti = performance.now();
for (let i = 0; i < n; i++) await ingestRaw(db, 'bench', { source: 'imap', uid: i + 1, raw: await benchEmail(i, 'prof') }, new Date());
const ingestSecs = (performance.now() - ti) / 1000;
mem('ingested');
const now = () => new Date();
const deps = { db, config, shop: await fakeShopify(ZERO), classifier: fakeModel(ZERO), sender: fakeSendGrid(ZERO), crm: new BuiltinCrm(db, now), log: silentLogger, now };
const per: number[] = [];
let last = performance.now();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await runInline(deps, (p) => {
  const t = performance.now();
  if (p.done > 0) per.push(t - last);
  last = t;
});
const secs = (performance.now() - t0) / 1000;
mem('processed');
const cpu = process.cpuUsage(cpu0);
per.sort((a, b) => a - b);
const states = await db.selectFrom('messages').select('state').execute();
const counts: Record<string, number> = {};
for (const s of states) counts[s.state] = (counts[s.state] ?? 0) + 1;
console.log(JSON.stringify({ n, nodeFlags: process.execArgv.join(' '), ingestPerSec: +(n / ingestSecs).toFixed(1), msgPerSec: +(n / secs).toFixed(1), medianMs: +per[Math.floor(per.length / 2)]!.toFixed(2), cpuMsPerMsg: +((cpu.user + cpu.system) / 1000 / n).toFixed(2), rssMb: Math.round(process.memoryUsage().rss / 2 ** 20), heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20), states: counts }));
await db.destroy();
if (process.env.KEEP_DB) process.stderr.write(`kept ${dir}\n`);
else rmSync(dir, { recursive: true, force: true });
