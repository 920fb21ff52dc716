import { serve } from '@hono/node-server';
import type { Config } from '../config.ts';
import { openApp } from '../app/wiring.ts';
import { createDeskServer } from '../web/deskServer.ts';

/**
 * `deskhand web`: serves the review desk (and the webhooks) on WEB_HOST:WEB_PORT. "Approve & send"
 * sends inline in this process; `deskhand start` runs the desk together with polling and workers.
 */
export async function webCommand(config: Config): Promise<void> {
  const app = await openApp(config);
  const web = createDeskServer(app);
  const server = serve({ fetch: web.fetch, port: config.WEB_PORT, hostname: config.WEB_HOST });
  const users = await app.db.selectFrom('users').select('id').limit(1).execute();
  process.stdout.write(`deskhand review desk on http://${config.WEB_HOST}:${config.WEB_PORT}\n`);
  if (users.length === 0) process.stdout.write('No desk users yet: add one with `deskhand user add --email you@example.com --name "You" --role owner`.\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await app.close();
}
