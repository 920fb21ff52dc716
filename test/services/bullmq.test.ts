import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { createMetrics, instrumentDeps } from '../../src/ops/metrics.ts';
import type { PipelineDeps } from '../../src/pipeline/deps.ts';
import { enqueueMessage, kick } from '../../src/queue/enqueue.ts';
import { createStepQueues, jobIdFor, type StepQueues } from '../../src/queue/queues.ts';
import { startBullRuntime } from '../../src/queue/runtime.ts';
import { sweep } from '../../src/queue/sweeper.ts';
import { handleStepJob } from '../../src/queue/worker.ts';
import type { Sender } from '../../src/send/port.ts';
import type { Db } from '../../src/store/db.ts';
import { dropPrefix, REDIS_URL, testPrefix, waitAllFinal } from './support/queue.ts';
import { createTempPg, embeddedDeps, ingestFixtureInbox, openMigrated, tempDir, testConfig } from './support/stores.ts';

interface Env {
  config: Config;
  db: Db;
  deps: PipelineDeps;
  queues: StepQueues;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(env: Record<string, string> = {}): Promise<Env> {
  const pg = await createTempPg();
  const prefix = testPrefix();
  const config = testConfig({ DATABASE_URL: pg.url, REDIS_URL, QUEUE_PREFIX: prefix, DESKHAND_DATA_DIR: tempDir(), QUEUE_LOCK_MS: '2000', SWEEP_INTERVAL_MS: '60000', ...env });
  const db = await openMigrated(pg.url);
  const deps = await embeddedDeps(config, db);
  const queues = createStepQueues(config);
  cleanups.push(async () => {
    await queues.close();
    await db.destroy();
    await pg.drop();
    await dropPrefix(prefix);
  });
  return { config, db, deps, queues };
}

describe('BullMQ runner', () => {
  it('takes the demo inbox to final states through the step queues, one reply at most per message', async () => {
    const { config, db, deps, queues } = await setup();
    const ids = await ingestFixtureInbox(deps);
    const metrics = createMetrics();
    const runtime = startBullRuntime(instrumentDeps(deps, metrics), config, { queues, concurrency: 4, metrics });
    cleanups.push(() => runtime.close());
    // The sweeper runs on start and queues every received message: nothing else enqueued them.
    const states = await waitAllFinal(db, 60_000);
    expect(states.size).toBe(ids.length);
    const stuck = [...states].filter(([, s]) => !['logged', 'awaiting_review', 'ignored', 'escalated', 'failed'].includes(s));
    expect(stuck).toEqual([]);
    const logged = [...states.values()].filter((s) => s === 'logged').length;
    expect(logged).toBeGreaterThan(0);
    const outbox = await db.selectFrom('outbox').select(['message_id', 'status']).execute();
    expect(outbox.length).toBe(logged);
    expect(outbox.every((o) => o.status === 'sent')).toBe(true);

    const text = await metrics.registry.metrics();
    expect(text).toMatch(/deskhand_step_duration_seconds_count\{step="triage",outcome="ok"\} \d+/);
    expect(text).toContain(`deskhand_sends_total{provider="eml",outcome="sent"} ${logged}`);
  });

  it('a job runs the steps after its own as long as none is rate-limited, then queues the limited one', async () => {
    const { db, deps, queues } = await setup({ REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0' });
    const ids = await ingestFixtureInbox(deps);
    const first = (await db.selectFrom('messages').select(['id', 'subject']).where('id', 'in', ids).execute()).find((m) => m.subject === 'Where is my order #1004?')!;
    // Only sending is rate-limited: the triage job takes the message through resolve, draft and review itself.
    expect(await handleStepJob(deps, queues, 'triage', first.id, undefined, (step) => step !== 'send')).toBe('advanced');
    expect((await db.selectFrom('messages').select('state').where('id', '=', first.id).executeTakeFirstOrThrow()).state).toBe('approved');
    for (const step of ['resolve', 'draft', 'review'] as const) expect(await queues.byStep[step].getJobState(jobIdFor(first.id, 0))).toBe('unknown');
    expect(await queues.byStep.send.getJobState(jobIdFor(first.id, 0))).toBe('waiting');
    // The send job then goes on to record the thread.
    expect(await handleStepJob(deps, queues, 'send', first.id, undefined, () => true)).toBe('advanced');
    expect((await db.selectFrom('messages').select('state').where('id', '=', first.id).executeTakeFirstOrThrow()).state).toBe('logged');
    expect(await queues.byStep.record.getJobState(jobIdFor(first.id, 0))).toBe('unknown');
  });

  it('dedupes a job id while it waits, and accepts the same id again once the job is done', async () => {
    const { db, deps, queues } = await setup();
    const [id] = await ingestFixtureInbox(deps);
    await enqueueMessage(db, queues, id!);
    await enqueueMessage(db, queues, id!);
    expect(await queues.byStep.triage.getJobCounts('waiting')).toEqual({ waiting: 1 });
    const job = await queues.byStep.triage.getJob(jobIdFor(id!, 0));
    expect(job?.data).toEqual({ messageId: id });

    // Pretend the job ran and completed (removed at once); the row is still `received`, so a
    // later enqueue must create the job again rather than be swallowed by the old id.
    await job!.remove();
    await enqueueMessage(db, queues, id!);
    expect(await queues.byStep.triage.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });

  it('passes a stale job on to the queue of the current step instead of running another step', async () => {
    const { db, deps, queues } = await setup();
    const [id] = await ingestFixtureInbox(deps);
    await db.updateTable('messages').set({ state: 'approved' }).where('id', '=', id!).execute();
    expect(await handleStepJob(deps, queues, 'triage', id!)).toBe('skipped');
    expect((await db.selectFrom('messages').select('state').where('id', '=', id!).executeTakeFirstOrThrow()).state).toBe('approved');
    expect(await queues.byStep.send.getJobState(jobIdFor(id!, 0))).toBe('waiting');
    expect(await db.selectFrom('outbox').selectAll().execute()).toEqual([]);
  });

  it('queues a transient failure again, delayed to the retry time, under a new job id', async () => {
    const { db, deps, queues } = await setup({ RETRY_BASE_MS: '60000' });
    const [id] = await ingestFixtureInbox(deps);
    const failing = { ...deps, classifier: { kind: 'offline' as const, classify: async () => Promise.reject(Object.assign(new Error('model busy'), { status: 503 })) } };
    expect(await handleStepJob(failing, queues, 'triage', id!)).toBe('retry');
    const row = await db.selectFrom('messages').select(['state', 'attempts', 'next_attempt_at', 'reason']).where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'received', attempts: 1 });
    expect(row.reason).toContain('model busy');
    const job = await queues.byStep.triage.getJob(jobIdFor(id!, 1));
    expect(await job!.getState()).toBe('delayed');
    expect(job!.delay).toBeGreaterThan(50_000);

    // A person's "retry now" in the desk promotes the delayed job.
    await kick(db, queues, id!);
    expect(await queues.byStep.triage.getJobState(jobIdFor(id!, 1))).toBe('waiting');
  });

  it('sweeps back every message whose job is gone (the queue lost everything), and no other', async () => {
    const { db, deps, queues } = await setup();
    const ids = await ingestFixtureInbox(deps);
    const [a, b, c] = ids;
    await db.updateTable('messages').set({ state: 'drafted' }).where('id', '=', a!).execute();
    await db.updateTable('messages').set({ state: 'logged' }).where('id', '=', b!).execute();
    await db.updateTable('messages').set({ state: 'approved', attempts: 2, next_attempt_at: new Date(Date.now() + 120_000).toISOString() }).where('id', '=', c!).execute();
    const seen = await sweep(db, queues);
    expect(seen).toBe(ids.length - 1);
    expect(await queues.byStep.review.getJobState(jobIdFor(a!, 0))).toBe('waiting');
    expect(await queues.byStep.record.getJobState(jobIdFor(b!, 0))).toBe('unknown');
    expect(await queues.byStep.send.getJobState(jobIdFor(c!, 2))).toBe('delayed');
    expect(await queues.byStep.triage.getJobCounts('waiting')).toEqual({ waiting: ids.length - 3 });
    // Sweeping again adds nothing: the jobs are still there.
    await sweep(db, queues);
    expect(await queues.byStep.triage.getJobCounts('waiting')).toEqual({ waiting: ids.length - 3 });
  });

  it('on close, finishes the sends in flight instead of leaving them half done', async () => {
    const { config, db, deps, queues } = await setup();
    await ingestFixtureInbox(deps);
    let release!: () => void;
    const entered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inner = deps.sender;
    const slow: Sender = {
      kind: inner.kind,
      async send(reply) {
        release();
        await new Promise((r) => setTimeout(r, 400));
        return inner.send(reply);
      },
    };
    const runtime = startBullRuntime({ ...deps, sender: slow }, config, { queues, concurrency: 4 });
    await entered;
    await runtime.close();
    const outbox = await db.selectFrom('outbox').select('status').execute();
    expect(outbox.length).toBeGreaterThan(0);
    expect(outbox.filter((o) => o.status !== 'sent')).toEqual([]);
  });
});
