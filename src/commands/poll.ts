import type { Config } from '../config.ts';
import { openApp } from '../app/wiring.ts';
import type { Logger } from '../log.ts';
import type { CursorStore } from '../mail/cursor.ts';
import type { Mailbox } from '../mail/port.ts';
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

// The IMAP adapter is written separately; it is loaded only when IMAP_HOST is set.
const IMAP_MODULE = '../mail/imapMailbox.ts';

/** The configured mailbox (IMAP when IMAP_HOST is set), reading from the cursor kept in the store. */
export async function openMailbox(config: Config, cursor: CursorStore, log: Logger): Promise<Mailbox | null> {
  if (!config.IMAP_HOST) return null;
  const mod = (await import(IMAP_MODULE)) as { ImapMailbox: new (o: { config: Config; cursor: CursorStore; log: Logger }) => Mailbox };
  return new mod.ImapMailbox({ config, cursor, log });
}

export interface Poller {
  pollNow(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Polls the mailbox every POLL_INTERVAL_MS: stores each new message (deduped on Message-ID) and
 * hands its id to `onStored` (enqueue it, or wake the inline runner). A failed poll is logged and
 * tried again on the next tick; the cursor only moves past what was stored.
 */
export function startPoller(deps: PipelineDeps, mailbox: Mailbox, mailboxId: string, intervalMs: number, onStored: (id: string) => Promise<void>): Poller {
  let running: Promise<number> | null = null;
  const pollNow = (): Promise<number> => {
    if (running) return running;
    let stored = 0;
    running = mailbox
      .poll(async (batch) => {
        for (const raw of batch) {
          const r = await ingestRaw(deps.db, mailboxId, raw, deps.now());
          if (r.status === 'stored' && r.state === 'received') {
            stored++;
            await onStored(r.id);
          }
        }
      })
      .then(() => stored)
      .catch((err: unknown) => {
        deps.log.warn({ err: (err as Error).message }, 'mailbox poll failed; will retry');
        return stored;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  void pollNow();
  const timer = setInterval(() => void pollNow(), intervalMs);
  return {
    pollNow,
    async stop() {
      clearInterval(timer);
      await running;
      await mailbox.close();
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
  const mailbox = await openMailbox(config, mailboxCursorStore(app.db, IMAP_MAILBOX_ID), app.log);
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
