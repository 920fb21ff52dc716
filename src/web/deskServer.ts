import type { Hono } from 'hono';
import type { Metrics } from '../ops/metrics.ts';
import { metricsHandler } from '../ops/server.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { mountBullBoard } from '../queue/bullBoard.ts';
import { kicker } from '../queue/enqueue.ts';
import type { StepQueues } from '../queue/queues.ts';
import { createWebApp } from './app.tsx';
import type { DeskEnv } from './env.ts';
import { requireOwner } from './session.ts';
import { ingestApiRoutes, webhookRoutes } from './webhooks/routes.ts';

export interface DeskServerOptions {
  /** The BullMQ queues when REDIS_URL is set: approvals are enqueued, Bull Board is mounted. */
  queues?: StepQueues | null;
  metrics?: Metrics | null;
  /** How "approve & send" moves a message on without BullMQ; default: its steps run inline at once. */
  kick?: (messageId: string) => Promise<void>;
  /** Called when a webhook or the ingest API stored a new message (wake the runner). */
  onIngested?: (messageId: string) => void | Promise<void>;
}

/**
 * Everything the desk's port serves, the same for `deskhand web` and `deskhand start`: the desk,
 * the webhooks (/webhooks), the signed ingest API of the edge worker (/api/ingest), /healthz
 * (database, and Redis with BullMQ), and for owners /metrics and Bull Board (/admin/queues).
 */
export function createDeskServer(deps: PipelineDeps, opts: DeskServerOptions = {}): Hono<DeskEnv> {
  const queues = opts.queues ?? null;
  const hooks = opts.onIngested ? { onIngested: opts.onIngested } : {};
  return createWebApp(deps, {
    ...(queues ? { kick: kicker(deps.db, queues), redis: queues.redis } : opts.kick ? { kick: opts.kick } : {}),
    extraRoutes: (app) => {
      app.route('/webhooks', webhookRoutes(deps, hooks));
      app.route('/api/ingest', ingestApiRoutes(deps, hooks));
      if (opts.metrics) app.get('/admin/metrics', metricsHandler(opts.metrics, queues));
      if (queues) mountBullBoard(app, queues, requireOwner);
    },
  });
}
