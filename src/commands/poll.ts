import type { Config } from '../config.ts';
import { openApp } from '../app/wiring.ts';
import type { Logger } from '../log.ts';
import type { CursorStore } from '../mail/cursor.ts';
import { backoffDelay, DEFAULT_BACKOFF, sleep } from '../mail/backoff.ts';
import { ImapMailbox } from '../mail/imapMailbox.ts';
import type { Mailbox, RawMessage } from '../mail/port.ts';
import { createMetrics } from '../ops/metrics.ts';
import { startOpsServer } from '../ops/server.ts';
import { untilSignal } from '../ops/shutdown.ts';
import { ingestRaw } from '../pipeline/ingest.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { enqueuePosition } from '../queue/enqueue.ts';
import { createStepQueues, type StepQueues } from '../queue/queues.ts';
import { startSweeper } from '../queue/sweeper.ts';
import { ensureMailbox, mailboxCursorStore } from '../store/mailboxes.ts';

export const IMAP_MAILBOX_ID = 'imap';

/** The configured mailbox (IMAP when IMAP_HOST is set), reading from the cursor kept in the store. */
export function openMailbox(config: Config, cursor: CursorStore, log: Logger): Mailbox | null {
  if (!config.IMAP_HOST || !config.IMAP_USER) return null;
  return new ImapMailbox(
    {
      host: config.IMAP_HOST,
      port: config.IMAP_PORT,
      secure: config.IMAP_SECURE,
      user: config.IMAP_USER,
      ...(config.IMAP_ACCESS_TOKEN ? { accessToken: config.IMAP_ACCESS_TOKEN } : { password: config.IMAP_PASSWORD ?? '' }),
      mailbox: config.IMAP_MAILBOX,
      batchSize: config.IMAP_BATCH_SIZE,
      maxMessageBytes: config.MAX_MAIL_BYTES,
      ...(config.IMAP_MOVE_TO ? { moveTo: config.IMAP_MOVE_TO } : {}),
      pollIntervalMs: config.POLL_INTERVAL_MS,
      logger: log.child({ component: 'imap' }),
    },
    cursor,
  );
}

export interface Poller {
  pollNow(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Reads the mailbox: first a backfill of everything waiting (with progress in the log), then new
 * mail as it arrives — IMAP IDLE when the server has it (within about a second), else a poll every
 * POLL_INTERVAL_MS. Each new message is stored (deduped on Message-ID) and handed to `onStored`
 * (enqueue it, or wake the inline runner). A lost connection is retried with backoff; the cursor
 * only moves past what was stored.
 */
export function startPoller(deps: PipelineDeps, mailbox: Mailbox, mailboxId: string, intervalMs: number, onStored: (id: string) => Promise<void>): Poller {
  const stop = new AbortController();
  let stored = 0;
  const onBatch = async (batch: RawMessage[]) => {
    for (const raw of batch) {
      const r = await ingestRaw(deps.db, mailboxId, raw, deps.now());
      if (r.status === 'stored' && r.state === 'received') {
        stored++;
        await onStored(r.id);
      }
    }
  };
  let lastLogged = 0;
  const onProgress = (done: number, total: number) => {
    if (total >= 200 && (done === total || done - lastLogged >= Math.max(100, Math.floor(total / 20)))) {
      lastLogged = done;
      deps.log.info({ done, total, percent: Math.round((done / total) * 100) }, 'mailbox backfill');
    }
  };
  const pollNow = async (): Promise<number> => {
    const before = stored;
    await mailbox.poll(onBatch, onProgress);
    return stored - before;
  };

  const loop = (async () => {
    for (let failures = 0; !stop.signal.aborted; ) {
      try {
        await pollNow(); // the backfill, then whatever arrived since
        failures = 0;
        if (mailbox.watch) await mailbox.watch(onBatch, stop.signal);
        else await sleep(intervalMs, stop.signal);
      } catch (err) {
        const wait = backoffDelay(failures++, DEFAULT_BACKOFF) + 1000;
        deps.log.warn({ err: (err as Error).message, retryInMs: wait }, 'mailbox read failed; will retry');
        await sleep(wait, stop.signal);
      }
    }
  })();

  return {
    pollNow,
    async stop() {
      stop.abort();
      await mailbox.close();
      await loop;
    },
  };
}

/** Enqueues a freshly stored message's first step. */
export function enqueueStored(deps: PipelineDeps, queues: StepQueues): (id: string) => Promise<void> {
  return async (id) => {
    await enqueuePosition(queues, { id, state: 'received', attempts: 0, next_attempt_at: null }, deps.now());
  };
}

/** `deskhand poll`: mailbox → store → queue, plus the sweeper. Needs REDIS_URL. */
export async function pollCommand(config: Config): Promise<void> {
  if (!config.REDIS_URL) throw new Error('deskhand poll feeds the BullMQ workers and needs REDIS_URL; without Redis use `deskhand start`');
  const app = await openApp(config);
  const queues = createStepQueues(config);
  const sweeper = startSweeper(app.db, queues, config.SWEEP_INTERVAL_MS, app.log);
  await ensureMailbox(app.db, config, IMAP_MAILBOX_ID, 'imap', app.now());
  const mailbox = openMailbox(config, mailboxCursorStore(app.db, IMAP_MAILBOX_ID), app.log);
  if (!mailbox) app.log.warn('IMAP_HOST is not set: nothing to poll; running the sweeper only');
  const poller = mailbox ? startPoller(app, mailbox, IMAP_MAILBOX_ID, config.POLL_INTERVAL_MS, enqueueStored(app, queues)) : null;
  const ops = config.METRICS_PORT ? startOpsServer({ port: config.METRICS_PORT, host: config.WEB_HOST, metrics: createMetrics({ defaultMetrics: true }), db: app.db, queues }) : null;
  await untilSignal();
  await poller?.stop();
  await sweeper.stop();
  await ops?.close();
  await queues.close();
  await app.close();
}
