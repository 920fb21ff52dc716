import { describe, expect, it } from 'vitest';
import { createDeskServer } from '../../src/web/deskServer.ts';
import { testApp } from '../helpers/pipeline.ts';

const CHUNK = 64 * 1024;
const MAIL_LIMIT = 2 * 1024 * 1024;

/**
 * A request body made lazily, chunk by chunk, that would be 400 MB if read to the end. `pulled`
 * says how many bytes the server actually asked for.
 */
function hugeBody(totalBytes = 400 * 1024 * 1024, fill = 'a') {
  const chunk = new TextEncoder().encode(fill.repeat(CHUNK));
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= totalBytes) return controller.close();
        counter.pulled += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

async function desk() {
  const deps = await testApp({
    env: { SHOPIFY_API_SECRET: 'shpss_test', SENDGRID_WEBHOOK_PUBLIC_KEY: 'MFkw', SENDGRID_INBOUND_PARSE_TOKEN: 'parse-token-1', INGEST_SIGNING_SECRET: 'ingest-secret', MAX_MAIL_BYTES: String(MAIL_LIMIT) },
  });
  return { deps, app: createDeskServer(deps) };
}

const post = (app: Awaited<ReturnType<typeof desk>>['app'], path: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body, duplex: 'half', headers: { Origin: 'http://localhost', ...headers } } as RequestInit);

describe('request body limits', () => {
  it('answers 413 to a streamed (chunked) body past 1 MB on the login form, the webhooks and the ingest API, reading only about the limit', async () => {
    const { deps, app } = await desk();
    const limit = deps.config.MAX_BODY_BYTES;
    expect(limit).toBe(1024 * 1024);
    for (const [path, type] of [
      ['/login', 'application/x-www-form-urlencoded'],
      ['/api/drafts/x/edit', 'application/json'],
      ['/webhooks/shopify', 'application/json'],
      ['/webhooks/sendgrid/events', 'application/json'],
      ['/api/ingest/webhook', 'application/json'],
      ['/api/ingest/whatever', 'application/octet-stream'],
    ] as const) {
      const { stream, counter } = hugeBody();
      const res = await post(app, path, stream, { 'content-type': type });
      expect(res.status, path).toBe(413);
      expect(counter.pulled, path).toBeLessThanOrEqual(limit + 2 * CHUNK);
      expect(counter.pulled, path).toBeLessThan(400 * 1024 * 1024);
    }
    await deps.db.destroy();
  });

  it('lets inbound mail be bigger (MAX_MAIL_BYTES), and still stops at that limit', async () => {
    const { deps, app } = await desk();
    for (const path of ['/webhooks/sendgrid/inbound/parse-token-1', '/api/ingest/email']) {
      const { stream, counter } = hugeBody();
      const res = await post(app, path, stream, { 'content-type': 'multipart/form-data; boundary=x' });
      expect(res.status, path).toBe(413);
      expect(counter.pulled, path).toBeGreaterThan(deps.config.MAX_BODY_BYTES);
      expect(counter.pulled, path).toBeLessThanOrEqual(MAIL_LIMIT + deps.config.MAX_BODY_BYTES + 2 * CHUNK);
    }
    await deps.db.destroy();
  });

  it('reads nothing of a body whose Content-Length is over the limit', async () => {
    const { deps, app } = await desk();
    const { stream, counter } = hugeBody();
    const res = await post(app, '/webhooks/shopify', stream, { 'content-type': 'application/json', 'content-length': String(400 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(counter.pulled).toBe(0);
    await deps.db.destroy();
  });

  it('reads nothing for an Inbound Parse post to a wrong token', async () => {
    const { deps, app } = await desk();
    const { stream, counter } = hugeBody();
    const res = await post(app, '/webhooks/sendgrid/inbound/not-the-token', stream, { 'content-type': 'multipart/form-data; boundary=x' });
    expect(res.status).toBe(404);
    expect(counter.pulled).toBe(0);
    await deps.db.destroy();
  });

  it('still takes a body under the limit (a login form)', async () => {
    const { deps, app } = await desk();
    const { stream } = hugeBody(CHUNK, 'x');
    const res = await post(app, '/login', stream, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(401); // read and judged: no such user
    await deps.db.destroy();
  });
});
