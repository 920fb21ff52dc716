import type { Db } from '../store/db.ts';
import { STEP_FOR_STATE } from '../pipeline/steps.ts';
import type { MessageState } from '../store/schema.ts';
import { isStepName, jobIdFor, type StepName, type StepQueues } from './queues.ts';

export interface MessagePosition {
  id: string;
  state: string;
  attempts: number;
  next_attempt_at: string | null;
}

/** Which queue, job id and delay a message in this position needs; null when it is in a final state. */
export function jobFor(m: MessagePosition, now: Date): { step: StepName; jobId: string; delay: number } | null {
  const step = STEP_FOR_STATE[m.state as MessageState];
  if (!step || !isStepName(step.name)) return null;
  const due = m.next_attempt_at ? Date.parse(m.next_attempt_at) : 0;
  return { step: step.name, jobId: jobIdFor(m.id, m.attempts), delay: Math.max(0, due - now.getTime()) };
}

export async function readPosition(db: Db, id: string): Promise<MessagePosition | undefined> {
  return db.selectFrom('messages').select(['id', 'state', 'attempts', 'next_attempt_at']).where('id', '=', id).executeTakeFirst();
}

/**
 * Queues the job for the message's current step (delayed to its retry time). Adding a job id that
 * is already waiting, delayed or active changes nothing, so this is safe to call any number of times.
 */
export async function enqueuePosition(queues: StepQueues, m: MessagePosition, now = new Date()): Promise<StepName | null> {
  const job = jobFor(m, now);
  if (!job) return null;
  await queues.byStep[job.step].add(job.step, { messageId: m.id }, { jobId: job.jobId, delay: job.delay });
  return job.step;
}

export async function enqueueMessage(db: Db, queues: StepQueues, id: string, now = new Date()): Promise<StepName | null> {
  const m = await readPosition(db, id);
  return m ? enqueuePosition(queues, m, now) : null;
}

/**
 * "Look at this message now", for the desk (after an approval, or a person's "retry now"): queues
 * the current step without waiting for the retry time, promoting a job already delayed.
 */
export async function kick(db: Db, queues: StepQueues, id: string): Promise<StepName | null> {
  const m = await readPosition(db, id);
  if (!m) return null;
  const job = jobFor({ ...m, next_attempt_at: null }, new Date());
  if (!job) return null;
  const queue = queues.byStep[job.step];
  await queue.add(job.step, { messageId: id }, { jobId: job.jobId });
  const existing = await queue.getJob(job.jobId);
  if (existing && (await existing.isDelayed())) await existing.promote().catch(() => {});
  return job.step;
}

/** A kick bound to a store and queues: the shape the desk's createWebApp takes. */
export function kicker(db: Db, queues: StepQueues): (messageId: string) => Promise<void> {
  return async (id) => {
    await kick(db, queues, id);
  };
}
