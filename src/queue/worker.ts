import { type Job, Worker } from 'bullmq';
import { advance } from '../pipeline/advance.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import type { Metrics } from '../ops/metrics.ts';
import { STEP_FOR_STATE } from '../pipeline/steps.ts';
import type { StoredMessage } from '../store/messages.ts';
import type { MessageState } from '../store/schema.ts';
import { enqueuePosition, readPosition } from './enqueue.ts';
import { isStepName, STEP_NAMES, type StepJobData, type StepName, type StepQueues } from './queues.ts';

export interface WorkerOptions {
  /** Jobs at once per step queue in this process. */
  concurrency: number;
  /** How long a job's lock lasts without renewal: a killed worker's job is taken over after about this long. */
  lockMs: number;
  /** Jobs per second across all workers, for the queues that call rate-limited services; 0 = none. */
  rateLimits?: Partial<Record<StepName, number>>;
  metrics?: Metrics;
}

export type JobOutcome = 'advanced' | 'retry' | 'failed' | 'skipped';

/**
 * Handles one "look at message X" job for one step queue: runs the step the row's state calls for
 * (only if it is this queue's step: a stale job is just passed on), then goes on with the steps
 * after it that `runsHere` allows (see startStepWorkers: no reason to pay a queue round trip for
 * them), and finally queues whatever comes next: the next step's job, or a step again at the
 * retry time after a transient failure.
 */
export async function handleStepJob(
  deps: PipelineDeps,
  queues: StepQueues,
  queue: StepName,
  messageId: string,
  metrics?: Metrics,
  runsHere: (step: StepName) => boolean = () => false,
): Promise<JobOutcome> {
  const log = deps.log.child({ messageId, step: queue });
  // advance reads the row once, runs the step only if this queue's step is due, and returns the row's position after.
  let step: StepName = queue;
  let r = await timedAdvance({ ...deps, log }, messageId, step, metrics);
  if (!r.step) {
    if (!r.position) return 'skipped';
    // A stale job: the message is due on another queue (or on none).
    if (STEP_FOR_STATE[r.position.state as MessageState]) await enqueuePosition(queues, r.position, deps.now());
    return 'skipped';
  }
  for (;;) {
    const next = !r.error && r.position && !r.position.next_attempt_at ? STEP_FOR_STATE[r.position.state as MessageState]?.name : undefined;
    if (!next || !isStepName(next) || !runsHere(next)) break;
    step = next;
    r = await timedAdvance({ ...deps, log: deps.log.child({ messageId, step }) }, messageId, step, metrics, r.row);
  }
  const outcome: JobOutcome = !r.error ? 'advanced' : r.state === 'failed' ? 'failed' : 'retry';
  log.debug({ state: r.state, outcome, lastStep: step }, 'job done');
  const after = r.position ?? (await readPosition(deps.db, messageId));
  if (after) await enqueuePosition(queues, after, deps.now());
  return outcome;
}

/** One step through advance, with its latency and failures in the metrics. */
async function timedAdvance(deps: PipelineDeps, messageId: string, step: StepName, metrics?: Metrics, row?: StoredMessage) {
  const started = performance.now();
  const r = await advance(deps, messageId, { onlyStep: step, ...(row ? { row } : {}) });
  if (metrics && r.step) {
    const outcome = !r.error ? 'ok' : r.state === 'failed' ? 'failed' : 'retry';
    metrics.stepSeconds.observe({ step, outcome }, (performance.now() - started) / 1000);
    if (r.error) metrics.failures.inc({ step, class: outcome === 'failed' ? 'permanent' : 'transient' });
  }
  return r;
}

export interface StepWorkers {
  workers: Worker<StepJobData>[];
  /** Stops taking jobs and waits for the ones in flight (graceful shutdown). */
  close(): Promise<void>;
}

/** One BullMQ worker per step queue, all in this process. */
export function startStepWorkers(deps: PipelineDeps, queues: StepQueues, opts: WorkerOptions): StepWorkers {
  let closing = false;
  // A job goes on with the next steps itself, except: a rate-limited step (its queue applies the
  // limit); a step that writes to another service, which must run from its own queue (send, and
  // record into HubSpot): the job id is what keeps two runs of it apart, as a sweep that re-queues
  // the message adds that id, which BullMQ dedupes against the job in flight (a job of another
  // queue running it would not be seen); and anything once the process is shutting down.
  const externalWrites = new Set<StepName>(deps.crm.kind === 'builtin' ? ['send'] : ['send', 'record']);
  const runsHere = (step: StepName) => !closing && !externalWrites.has(step) && !((opts.rateLimits?.[step] ?? 0) > 0);
  const workers = STEP_NAMES.map((name) => {
    const rate = opts.rateLimits?.[name] ?? 0;
    const w = new Worker<StepJobData>(
      name,
      async (job: Job<StepJobData>) => handleStepJob(deps, queues, name, job.data.messageId, opts.metrics, runsHere),
      {
        connection: queues.redis,
        prefix: queues.prefix,
        concurrency: opts.concurrency,
        lockDuration: opts.lockMs,
        stalledInterval: opts.lockMs,
        // A job whose worker died goes back to wait once; a second stall fails it, and the sweeper
        // re-queues it from the database row (the step itself is idempotent).
        maxStalledCount: 1,
        ...(rate > 0 ? { limiter: { max: rate, duration: 1000 } } : {}),
      },
    );
    w.on('error', (err) => deps.log.warn({ queue: name, err: err.message }, 'worker error'));
    w.on('failed', (job, err) => deps.log.warn({ queue: name, messageId: job?.data.messageId, err: err.message }, 'job failed; the sweeper will re-queue it'));
    return w;
  });
  return {
    workers,
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}
