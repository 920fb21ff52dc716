import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Config } from '../config.ts';

/** One BullMQ queue per pipeline step; the names match STEP_FOR_STATE's step names. */
export const STEP_NAMES = ['triage', 'resolve', 'draft', 'review', 'send', 'record'] as const;
export type StepName = (typeof STEP_NAMES)[number];

/** A job only says "look at message X now"; the database row says what to do. */
export interface StepJobData {
  messageId: string;
}

export interface StepQueues {
  readonly prefix: string;
  readonly redis: Redis;
  readonly byStep: Record<StepName, Queue<StepJobData>>;
  close(): Promise<void>;
}

/**
 * BullMQ custom job ids may not be integers nor contain ':'. Our ids are UUIDs; the attempt count
 * is part of the id so that a retry can be queued while the failing job is still active (an add
 * with an id that still exists is silently ignored: that is the dedupe we rely on elsewhere).
 */
export function jobIdFor(messageId: string, attempts: number): string {
  return `${messageId.replaceAll(':', '_')}-a${attempts}`;
}

/** Workers need `maxRetriesPerRequest: null` (blocking commands must wait through reconnects). */
export function openRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableOfflineQueue: true });
}

/** Completed and failed jobs are removed at once, so a later re-enqueue of the same id is not deduped away. */
export const JOB_OPTIONS = { removeOnComplete: true, removeOnFail: true, attempts: 1 } as const;

export function createStepQueues(config: Pick<Config, 'REDIS_URL' | 'QUEUE_PREFIX'>, redis?: Redis): StepQueues {
  if (!config.REDIS_URL && !redis) throw new Error('REDIS_URL is not set');
  const connection = redis ?? openRedis(config.REDIS_URL!);
  connection.on('error', () => {}); // reconnects on its own; errors surface on the calls that fail
  const byStep = Object.fromEntries(
    STEP_NAMES.map((name) => {
      const q = new Queue<StepJobData>(name, { connection, prefix: config.QUEUE_PREFIX, defaultJobOptions: JOB_OPTIONS });
      q.on('error', () => {});
      return [name, q];
    }),
  ) as Record<StepName, Queue<StepJobData>>;
  return {
    prefix: config.QUEUE_PREFIX,
    redis: connection,
    byStep,
    async close() {
      await Promise.all(Object.values(byStep).map((q) => q.close()));
      if (!redis) await connection.quit().catch(() => connection.disconnect());
    },
  };
}

export function isStepName(name: string): name is StepName {
  return (STEP_NAMES as readonly string[]).includes(name);
}
