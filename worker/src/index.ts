import { Hono } from 'hono';
import { limitBody } from '../../src/web/bodyLimit.ts';
import { ingestHeaders } from '../../src/web/webhooks/ingestSignature.ts';
import { SENDGRID_SIGNATURE_HEADER, SENDGRID_TIMESTAMP_HEADER, verifySendgridEvents } from '../../src/web/webhooks/sendgridSignature.ts';
import { verifyShopifyWebhook } from '../../src/web/webhooks/shopifyHmac.ts';

// deskhand's edge worker (Cloudflare): receives mail through Email Routing and the Shopify and
// SendGrid webhooks, verifies them at the edge, and forwards them to the core's ingest API
// (/api/ingest) as requests signed with INGEST_SIGNING_SECRET. It keeps no state: dedupe and
// replay protection happen in the core.

export interface Env {
  /** The core's ingest API, e.g. https://desk.example.com/api/ingest */
  CORE_INGEST_URL: string;
  INGEST_SIGNING_SECRET: string;
  SHOPIFY_API_SECRET?: string;
  SENDGRID_WEBHOOK_PUBLIC_KEY?: string;
}

/** The parts of Cloudflare's ForwardableEmailMessage this worker uses. */
export interface IncomingEmail {
  readonly from: string;
  readonly to: string;
  readonly raw: ReadableStream<Uint8Array>;
  readonly rawSize: number;
  setReject(reason: string): void;
}

interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}

async function forward(env: Env, path: '/email' | '/webhook', body: Uint8Array<ArrayBuffer>, contentType: string): Promise<Response> {
  const signed = await ingestHeaders(env.INGEST_SIGNING_SECRET, body);
  return fetch(`${env.CORE_INGEST_URL.replace(/\/$/, '')}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...signed },
    body,
  });
}

const json = (v: unknown): Uint8Array<ArrayBuffer> => new TextEncoder().encode(JSON.stringify(v));

/** Passes the core's answer back, but a core failure becomes 502 so the sender retries. */
async function relay(res: Response): Promise<Response> {
  const text = await res.text();
  return new Response(text, { status: res.status >= 500 ? 502 : res.status, headers: { 'Content-Type': 'application/json' } });
}

export const app = new Hono<{ Bindings: Env }>();

app.get('/health', (c) => c.json({ ok: true }));
// The core's default MAX_BODY_BYTES: a webhook body is never buffered past it here either.
app.use('/webhooks/*', limitBody(1024 * 1024));

app.post('/webhooks/shopify', async (c) => {
  if (!c.env.SHOPIFY_API_SECRET) return c.json({ error: 'not configured' }, 503);
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (!(await verifyShopifyWebhook(c.env.SHOPIFY_API_SECRET, raw, c.req.header('X-Shopify-Hmac-Sha256')))) return c.json({ error: 'invalid hmac' }, 401);
  const topic = c.req.header('X-Shopify-Topic');
  const webhookId = c.req.header('X-Shopify-Webhook-Id');
  if (!topic || !webhookId) return c.json({ error: 'missing topic or webhook id' }, 400);
  // The core checks the headers the HMAC does not cover (shop, trigger time); pass them on as sent.
  const envelope = {
    source: 'shopify',
    topic,
    webhookId,
    shopDomain: c.req.header('X-Shopify-Shop-Domain') ?? null,
    triggeredAt: c.req.header('X-Shopify-Triggered-At') ?? null,
    body: new TextDecoder().decode(raw),
  };
  return relay(await forward(c.env, '/webhook', json(envelope), 'application/json'));
});

app.post('/webhooks/sendgrid/events', async (c) => {
  if (!c.env.SENDGRID_WEBHOOK_PUBLIC_KEY) return c.json({ error: 'not configured' }, 503);
  const raw = await c.req.text();
  const verdict = verifySendgridEvents(c.env.SENDGRID_WEBHOOK_PUBLIC_KEY, raw, c.req.header(SENDGRID_SIGNATURE_HEADER), c.req.header(SENDGRID_TIMESTAMP_HEADER), new Date());
  if (verdict !== 'ok') return c.json({ error: verdict }, verdict === 'stale' ? 401 : 403);
  return relay(await forward(c.env, '/webhook', json({ source: 'sendgrid', body: raw }), 'application/json'));
});

/**
 * Email Routing hands each message to this handler. A core failure is thrown, which Cloudflare
 * turns into a temporary SMTP failure so the sending server retries; the core dedupes on Message-ID.
 */
async function email(message: IncomingEmail, env: Env, _ctx: WaitUntil): Promise<void> {
  const raw = new Uint8Array(await new Response(message.raw).arrayBuffer());
  const res = await forward(env, '/email', raw, 'message/rfc822');
  if (res.ok) return;
  const detail = await res.text();
  if (res.status >= 400 && res.status < 500 && res.status !== 401 && res.status !== 409) {
    message.setReject(`deskhand could not accept this message (${res.status})`);
    return;
  }
  throw new Error(`core ingest failed: ${res.status} ${detail.slice(0, 200)}`);
}

export default { fetch: app.fetch, email };
