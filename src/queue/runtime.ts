import type { Config } from '../config.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { createStepQueues, type StepQueues } from './queues.ts';
import { startSweeper } from './sweeper.ts';
import { startStepWorkers, type StepWorkers } from './worker.ts';

export interface BullRuntime {
  queues: StepQueues;
  workers: StepWorkers;
  sweepNow(): Promise<number>;
  /** Graceful: stop sweeping, let in-flight jobs finish, close the queues. */
  close(): Promise<void>;
}

/** Workers for every step plus the sweeper (which runs at once on start, then every SWEEP_INTERVAL_MS). */
export function startBullRuntime(deps: PipelineDeps, config: Config, opts: { concurrency?: number; metrics?: Metrics; queues?: StepQueues } = {}): BullRuntime {
  const queues = opts.queues ?? createStepQueues(config);
  const workers = startStepWorkers(deps, queues, {
    concurrency: opts.concurrency ?? config.WORKER_CONCURRENCY,
    lockMs: config.QUEUE_LOCK_MS,
    rateLimits: { triage: config.TRIAGE_RATE_PER_SEC, resolve: config.RESOLVE_RATE_PER_SEC },
    ...(opts.metrics ? { metrics: opts.metrics } : {}),
  });
  const sweeper = startSweeper(deps.db, queues, config.SWEEP_INTERVAL_MS, deps.log);
  return {
    queues,
    workers,
    sweepNow: () => sweeper.runNow(),
    async close() {
      await sweeper.stop();
      await workers.close();
      if (!opts.queues) await queues.close();
    },
  };
}
