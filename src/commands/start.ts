import { serve } from '@hono/node-server';
import type { Config } from '../config.ts';
import { openApp } from '../app/wiring.ts';
import { createMetrics, instrumentDeps } from '../ops/metrics.ts';
import { startOpsServer } from '../ops/server.ts';
import { untilSignal } from '../ops/shutdown.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { runInline } from '../pipeline/inlineRunner.ts';
import { startBullRuntime } from '../queue/runtime.ts';
import { createDeskServer } from '../web/deskServer.ts';
import { ensureMailbox, mailboxCursorStore } from '../store/mailboxes.ts';
import { enqueueStored, IMAP_MAILBOX_ID, openMailbox, startPoller } from './poll.ts';


/** Runs the inline runner whenever woken (and every interval), one run at a time. */
function inlineLoop(deps: PipelineDeps, intervalMs: number): { wake(): void; stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  let again = false;
  const wake = () => {
    if (running) {
      again = true;
      return;
    }
    running = runInline(deps)
      .catch((err: unknown) => deps.log.error({ err: (err as Error).message }, 'inline run failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          wake();
        }
      });
  };
  wake();
  const timer = setInterval(wake, intervalMs);
  return {
    wake,
    async stop() {
      clearInterval(timer);
      while (running) await running;
    },
  };
}

/**
 * `deskhand start`: everything in one process — mailbox polling, the pipeline and the desk. With
 * REDIS_URL the pipeline runs on BullMQ workers (more `deskhand worker` processes may join); without
 * it, on the inline runner. /metrics and /healthz are served with the desk.
 */
export async function startCommand(config: Config, opts: { concurrency?: number } = {}): Promise<void> {
  const app = await openApp(config);
  const metrics = createMetrics({ defaultMetrics: true });
  const deps = instrumentDeps(app, metrics);
  await ensureMailbox(app.db, config, IMAP_MAILBOX_ID, 'imap', app.now());
  const mailbox = openMailbox(config, mailboxCursorStore(app.db, IMAP_MAILBOX_ID), app.log);

  const bull = config.REDIS_URL ? startBullRuntime(deps, config, { ...(opts.concurrency ? { concurrency: opts.concurrency } : {}), metrics }) : null;
  const inline = bull ? null : inlineLoop(deps, config.POLL_INTERVAL_MS);
  const onStored = bull ? enqueueStored(deps, bull.queues) : async () => inline!.wake();
  const poller = mailbox ? startPoller(deps, mailbox, IMAP_MAILBOX_ID, config.POLL_INTERVAL_MS, onStored) : null;

  // Inline: approvals wake the one runner loop rather than running steps beside it, so two runs
  // never meet on one message (a second send would find "sending" and flag it).
  const web = createDeskServer(deps, { queues: bull?.queues ?? null, metrics, onIngested: onStored, ...(inline ? { kick: async () => inline.wake() } : {}) });
  const ops = config.METRICS_PORT ? startOpsServer({ port: config.METRICS_PORT, host: config.WEB_HOST, metrics, db: app.db, queues: bull?.queues ?? null }) : null;
  const server = serve({ fetch: web.fetch, port: config.WEB_PORT, hostname: config.WEB_HOST });
  app.log.info({ url: `http://${config.WEB_HOST}:${config.WEB_PORT}`, runner: bull ? 'bullmq' : 'inline', mailbox: mailbox ? 'imap' : 'none' }, 'deskhand started');

  const sig = await untilSignal();
  app.log.info({ signal: sig }, 'stopping');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await ops?.close();
  await poller?.stop();
  await inline?.stop();
  await bull?.close();
  await app.close();
}
