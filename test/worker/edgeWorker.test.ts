import { execFileSync } from 'node:child_process';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineDeps } from '../../src/pipeline/deps.ts';
import { ingestApiRoutes } from '../../src/web/webhooks/routes.ts';
import { rawEmail, seedConversation, testDeps } from '../web/webhooks/harness.ts';

// The edge worker, bundled by wrangler (dry run: nothing is uploaded) and run in workerd through
// Miniflare. The core's ingest API runs on a local port over an in-memory SQLite.

const INGEST_SECRET = 'edge-ingest-secret-71c2';
const SHOPIFY_SECRET = 'shpss_edge_test';
const sg = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const SG_PUBLIC_KEY = sg.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');

// CI's later-date pass runs the suite under libfaketime (LD_PRELOAD), and workerd deadlocks at
// start under it (even `workerd --version`). Both sides of this test keep the real clock, so it
// does not depend on the date; it is skipped there, and runs in every other pass.
const underFaketime = /faketime/.test(process.env['LD_PRELOAD'] ?? '');
if (underFaketime) console.log('edge worker tests skipped: workerd cannot start under libfaketime');

let mf: Miniflare;
let core: ServerType;
let deps: PipelineDeps;

beforeAll(async () => {
  if (underFaketime) return;
  const outdir = mkdtempSync(join(tmpdir(), 'deskhand-edge-'));
  execFileSync(process.execPath, ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--outdir', outdir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    stdio: 'pipe',
  });

  // Real clock: the worker signs with workerd's time.
  deps = await testDeps({ INGEST_SIGNING_SECRET: INGEST_SECRET }, () => new Date());
  const coreApp = new Hono().route('/api/ingest', ingestApiRoutes(deps));
  core = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: coreApp.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = core.address() as AddressInfo;

  const text = (value: string) => ({ type: 'text' as const, value });
  mf = new Miniflare({
    workers: [
      {
        config: {
          name: 'deskhand-edge',
          // The same date as wrangler.toml, so the test runs what would be deployed.
          compatibilityDate: /compatibility_date = "([\d-]+)"/.exec(readFileSync('wrangler.toml', 'utf8'))![1]!,
          compatibilityFlags: ['nodejs_compat'],
          manifest: { mainModule: 'index.js', modules: { 'index.js': { type: 'esm', contents: readFileSync(join(outdir, 'index.js'), 'utf8') } } },
          env: {
            CORE_INGEST_URL: text(`http://127.0.0.1:${port}/api/ingest`),
            INGEST_SIGNING_SECRET: text(INGEST_SECRET),
            SHOPIFY_API_SECRET: text(SHOPIFY_SECRET),
            SENDGRID_WEBHOOK_PUBLIC_KEY: text(SG_PUBLIC_KEY),
          },
        },
      },
    ],
    unsafeTriggerHandlers: true,
  });
  await mf.ready;
}, 60_000);

afterAll(async () => {
  await mf?.dispose();
  await new Promise((r) => core?.close(r));
  await deps?.db.destroy();
});

/** Hands a message to the worker's email() handler, as Email Routing would. */
async function deliverEmail(raw: Buffer) {
  const res = await mf.dispatchFetch('http://localhost/cdn-cgi/local/email?from=ana%40example.com&to=support%40demo-store.example', { method: 'POST', body: raw });
  return { status: res.status, text: await res.text() };
}

describe.skipIf(underFaketime)('edge worker in workerd', () => {
  it('forwards mail from Email Routing to the core, which stores it once across re-deliveries', async () => {
    const raw = await rawEmail({ from: 'Ana <ana@example.com>', subject: 'Where is my order #1001?', text: 'Hello, where is #1001?', messageId: '<edge-mail-1@mail.example.com>' });
    const first = await deliverEmail(raw);
    expect(first.status, first.text).toBe(200);
    const again = await deliverEmail(raw);
    expect(again.status, again.text).toBe(200);

    const rows = await deps.db.selectFrom('messages').select(['rfc_message_id', 'source', 'mailbox_id', 'from_address', 'raw']).where('rfc_message_id', '=', '<edge-mail-1@mail.example.com>').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: 'edge', mailbox_id: 'edge', from_address: 'ana@example.com' });
    expect(Buffer.from(rows[0]!.raw!).toString()).toContain('Hello, where is #1001?');
  });

  it('verifies a Shopify webhook at the edge and forwards it; a bad HMAC never reaches the core', async () => {
    const conv = await seedConversation(deps, 'liam@example.net', '1002');
    const body = JSON.stringify({ id: 820982911946154500, name: '#1002', email: 'liam@example.net', financial_status: 'paid', fulfillment_status: 'fulfilled', cancelled_at: null });
    const headers = {
      'Content-Type': 'application/json',
      'X-Shopify-Topic': 'orders/fulfilled',
      'X-Shopify-Webhook-Id': 'edge-wh-1',
      'X-Shopify-Shop-Domain': 'demo-store.myshopify.com',
      'X-Shopify-Triggered-At': new Date().toISOString(),
      'X-Shopify-Hmac-Sha256': createHmac('sha256', SHOPIFY_SECRET).update(body).digest('base64'),
    };
    const forged = await mf.dispatchFetch('http://localhost/webhooks/shopify', { method: 'POST', headers: { ...headers, 'X-Shopify-Hmac-Sha256': createHmac('sha256', 'nope').update(body).digest('base64') }, body });
    expect(forged.status).toBe(401);
    await forged.text();

    const ok = await mf.dispatchFetch('http://localhost/webhooks/shopify', { method: 'POST', headers, body });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'applied' });
    const replay = await mf.dispatchFetch('http://localhost/webhooks/shopify', { method: 'POST', headers, body });
    expect(await replay.json()).toEqual({ status: 'duplicate' });
    const notes = await deps.db.selectFrom('events').select('data').where('thread_id', '=', conv.threadId).where('type', '=', 'shop_order_update').execute();
    expect(notes).toHaveLength(1);
  });

  it('answers 413 to a webhook body over 1 MB without verifying or forwarding it', async () => {
    const body = JSON.stringify({ id: 1, name: '#1002', note: 'x'.repeat(2 * 1024 * 1024) });
    const headers = { 'Content-Type': 'application/json', 'X-Shopify-Topic': 'orders/updated', 'X-Shopify-Webhook-Id': 'edge-big-1', 'X-Shopify-Hmac-Sha256': createHmac('sha256', SHOPIFY_SECRET).update(body).digest('base64') };
    const res = await mf.dispatchFetch('http://localhost/webhooks/shopify', { method: 'POST', headers, body });
    expect(res.status).toBe(413);
    await res.text();
    expect(await deps.db.selectFrom('webhook_receipts').select('receipt_id').where('receipt_id', '=', 'edge-big-1').execute()).toEqual([]);
  });

  it('verifies SendGrid\'s ECDSA signature at the edge and forwards the events', async () => {
    const conv = await seedConversation(deps, 'mia@example.org', '1003');
    const body = JSON.stringify([{ email: 'mia@example.org', timestamp: 1763632800, event: 'dropped', reason: 'Bounced Address', sg_event_id: 'ZHJvcHBlZC0x', sg_message_id: 'm.filter1', deskhand_message_id: conv.messageId }]);
    const ts = String(Math.floor(Date.now() / 1000));
    const signature = sign('sha256', Buffer.from(ts + body), sg.privateKey).toString('base64');
    const headers = { 'Content-Type': 'application/json', 'X-Twilio-Email-Event-Webhook-Timestamp': ts };

    const bad = await mf.dispatchFetch('http://localhost/webhooks/sendgrid/events', { method: 'POST', headers: { ...headers, 'X-Twilio-Email-Event-Webhook-Signature': signature }, body: body.replace('dropped', 'delivered') });
    expect(bad.status).toBe(403);
    await bad.text();
    const ok = await mf.dispatchFetch('http://localhost/webhooks/sendgrid/events', { method: 'POST', headers: { ...headers, 'X-Twilio-Email-Event-Webhook-Signature': signature }, body });
    expect(await ok.json()).toEqual({ applied: 1, duplicates: 0, skipped: 0 });
    const thread = await deps.db.selectFrom('threads').select('flagged').where('id', '=', conv.threadId).executeTakeFirstOrThrow();
    expect(thread.flagged).toBe('reply dropped: Bounced Address');
  });
});
