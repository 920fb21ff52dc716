import type { Config } from '../config.ts';
import { openApp } from '../app/wiring.ts';
import { createMetrics, instrumentDeps } from '../ops/metrics.ts';
import { startOpsServer } from '../ops/server.ts';
import { untilSignal } from '../ops/shutdown.ts';
import { startBullRuntime } from '../queue/runtime.ts';

/**
 * `deskhand worker`: BullMQ workers for every step (run as many of these processes, on as many
 * machines, as needed; they share PostgreSQL and Redis). Sweeps on start so nothing a dead worker
 * or a Redis restart dropped is left behind. SIGTERM/SIGINT: finish the jobs in flight, then exit.
 */
export async function workerCommand(config: Config, opts: { concurrency?: number } = {}): Promise<void> {
  if (!config.REDIS_URL) throw new Error('deskhand worker needs REDIS_URL (the BullMQ runner); without Redis, `deskhand start` runs the pipeline in one process');
  const app = await openApp(config);
  const metrics = createMetrics({ defaultMetrics: true });
  const deps = instrumentDeps(app, metrics);
  const runtime = startBullRuntime(deps, config, { ...(opts.concurrency ? { concurrency: opts.concurrency } : {}), metrics });
  const ops = config.METRICS_PORT ? startOpsServer({ port: config.METRICS_PORT, host: config.WEB_HOST, metrics, db: app.db, queues: runtime.queues }) : null;
  app.log.info({ concurrency: opts.concurrency ?? config.WORKER_CONCURRENCY, pid: process.pid }, 'worker started');
  const sig = await untilSignal();
  app.log.info({ signal: sig }, 'worker stopping: finishing jobs in flight');
  await runtime.close();
  await ops?.close();
  await app.close();
}
