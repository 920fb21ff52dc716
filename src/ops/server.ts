import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Redis } from 'ioredis';
import type { StepQueues } from '../queue/queues.ts';
import type { Db } from '../store/db.ts';
import { healthHandler } from './health.ts';
import { type Metrics, renderMetrics } from './metrics.ts';

/** GET /metrics (Prometheus text format) as a Hono handler. */
export function metricsHandler(metrics: Metrics, queues?: StepQueues | null) {
  return async (): Promise<Response> => {
    const { body, contentType } = await renderMetrics(metrics, queues);
    return new Response(body, { headers: { 'content-type': contentType } });
  };
}

/** Adds /metrics and /healthz to an app (the desk's, through its extraRoutes, or the ops server below). */
export function mountOpsRoutes(app: Hono<any>, o: { metrics: Metrics; db: Db; queues?: StepQueues | null; redis?: Redis | null }): void {
  app.get('/metrics', metricsHandler(o.metrics, o.queues));
  app.get('/healthz', healthHandler(o.db, o.redis ?? o.queues?.redis ?? null));
}

/** A small HTTP server with only /metrics and /healthz, for processes that serve no desk (worker, poll). */
export function startOpsServer(o: { port: number; host: string; metrics: Metrics; db: Db; queues?: StepQueues | null }): { close(): Promise<void> } {
  const app = new Hono();
  mountOpsRoutes(app, o);
  const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host });
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
