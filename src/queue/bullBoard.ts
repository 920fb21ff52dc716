import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import type { StepQueues } from './queues.ts';

export const BULL_BOARD_PATH = '/admin/queues';

/**
 * Mounts Bull Board (the queues' dashboard) on `app` at /admin/queues. It can retry and delete
 * jobs, so pass the desk's owner-only middleware as `guard`: every request to the board goes
 * through it first.
 */
export function mountBullBoard(app: Hono<any>, queues: StepQueues, guard: MiddlewareHandler<any>, basePath = BULL_BOARD_PATH): void {
  const serverAdapter = new HonoAdapter(serveStatic);
  createBullBoard({ queues: Object.values(queues.byStep).map((q) => new BullMQAdapter(q)), serverAdapter });
  serverAdapter.setBasePath(basePath);
  app.use(basePath, guard);
  app.use(`${basePath}/*`, guard);
  app.route(basePath, serverAdapter.registerPlugin());
}
