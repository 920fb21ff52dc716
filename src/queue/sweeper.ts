import type { Logger } from '../log.ts';
import { WORKING_STATES } from '../pipeline/steps.ts';
import type { Db } from '../store/db.ts';
import { jobFor } from './enqueue.ts';
import { STEP_NAMES, type StepName, type StepQueues } from './queues.ts';

const PAGE = 1000;

/**
 * Re-queues every message in a working state. The database row is the truth and the queue only a
 * hint, so after a Redis restart (which may keep nothing) or a worker killed mid-job, this is what
 * puts the lost "look at X" jobs back. Jobs that still exist are left alone (job-id dedupe), so
 * sweeping often is cheap and never runs a step twice at once. Returns how many messages it saw.
 */
export async function sweep(db: Db, queues: StepQueues, now = new Date()): Promise<number> {
  let after = '';
  let seen = 0;
  for (;;) {
    const rows = await db
      .selectFrom('messages')
      .select(['id', 'state', 'attempts', 'next_attempt_at'])
      .where('state', 'in', WORKING_STATES)
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE)
      .execute();
    if (rows.length === 0) break;
    const perStep = new Map<StepName, { name: string; data: { messageId: string }; opts: { jobId: string; delay: number } }[]>(STEP_NAMES.map((s) => [s, []]));
    for (const r of rows) {
      const job = jobFor(r, now);
      if (job) perStep.get(job.step)!.push({ name: job.step, data: { messageId: r.id }, opts: { jobId: job.jobId, delay: job.delay } });
    }
    await Promise.all([...perStep].filter(([, jobs]) => jobs.length > 0).map(([step, jobs]) => queues.byStep[step].addBulk(jobs)));
    seen += rows.length;
    after = rows.at(-1)!.id;
    if (rows.length < PAGE) break;
  }
  return seen;
}

/** Sweeps now and then every `intervalMs`; a failed sweep (Redis or the database away) is logged and tried again next time. */
export function startSweeper(db: Db, queues: StepQueues, intervalMs: number, log: Logger): { stop(): Promise<void>; runNow(): Promise<number> } {
  let running: Promise<number> | null = null;
  const runNow = async (): Promise<number> => {
    if (running) return running;
    running = sweep(db, queues)
      .catch((err: unknown) => {
        log.warn({ err: (err as Error).message }, 'sweep failed; will retry');
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  void runNow();
  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
