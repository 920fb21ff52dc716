// One BullMQ worker process for the benchmark: the real runtime and store, fake external services.
// Reports its CPU time on exit so run.ts can compute our code's time per message.
import { loadConfig } from '../src/config.ts';
import { BuiltinCrm } from '../src/crm/builtinCrm.ts';
import { silentLogger } from '../src/log.ts';
import { startBullRuntime } from '../src/queue/runtime.ts';
import { openDb } from '../src/store/db.ts';
import { fakeModel, fakeSendGrid, fakeShopify, REALISTIC, ZERO } from './fakes.ts';

const config = loadConfig();
const latency = process.env.BENCH_LATENCY === 'realistic' ? REALISTIC : ZERO;
const db = openDb(config.DATABASE_URL);
const now = () => new Date();
const runtime = startBullRuntime(
  { db, config, shop: await fakeShopify(latency), classifier: fakeModel(latency), sender: fakeSendGrid(latency), crm: new BuiltinCrm(db, now), log: silentLogger, now },
  config,
);
const cpu0 = process.cpuUsage();
process.stdout.write('ready\n');
process.on('SIGTERM', async () => {
  await runtime.close();
  await db.destroy();
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(`${JSON.stringify({ cpuMs: (cpu.user + cpu.system) / 1000, rssMb: process.memoryUsage().rss / 2 ** 20 })}\n`);
  process.exit(0);
});
