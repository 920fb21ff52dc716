import { Hono } from 'hono';
import { z } from 'zod';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { ingestRaw } from '../../pipeline/ingest.ts';
import { ensureMailbox } from '../../store/mailboxes.ts';
import { INGEST_NONCE_HEADER, INGEST_SIGNATURE_HEADER, INGEST_TIMESTAMP_HEADER, verifyIngestRequest } from './ingestSignature.ts';
import { limitBody } from '../bodyLimit.ts';
import { type IngressOptions, systemClock } from './options.ts';
import { claimReceipt, pruneReceipts } from './replayGuard.ts';
import { applySendgridEvents, SendgridEvent } from './sendgridEvents.ts';
import { handleShopifyWebhook } from './shopifyWebhooks.ts';
import { WebhookRefused } from './webhookRefused.ts';

export const EDGE_MAILBOX = 'edge';

/** A webhook the edge worker verified and forwards (signed as a whole, so the topic cannot be swapped). */
export const ForwardedWebhook = z.discriminatedUnion('source', [
  z.object({ source: z.literal('shopify'), topic: z.string(), webhookId: z.string(), shopDomain: z.string().nullable(), triggeredAt: z.string().nullable().default(null), body: z.string() }),
  z.object({ source: z.literal('sendgrid'), body: z.string() }),
]);
export type ForwardedWebhook = z.infer<typeof ForwardedWebhook>;

/**
 * The ingest API the edge worker calls (mounted at /api/ingest):
 *   POST /email    raw MIME body (message/rfc822) from Cloudflare Email Routing
 *   POST /webhook  a ForwardedWebhook JSON envelope
 * Each request is signed (src/web/webhooks/ingestSignature.ts); a stale timestamp or a nonce seen
 * before is refused.
 */
export type IngestEnv = { Variables: { body: Uint8Array } };

export function ingestApiRoutes(deps: PipelineDeps, opts: IngressOptions = {}): Hono<IngestEnv> {
  const app = new Hono<IngestEnv>();

  // Raw mail may be MAX_MAIL_BYTES; anything else (webhook envelopes, unknown paths) MAX_BODY_BYTES.
  const mailLimit = limitBody(deps.config.MAX_MAIL_BYTES);
  const bodyLimit = limitBody(deps.config.MAX_BODY_BYTES);
  app.use('*', async (c, next) => (c.req.path.endsWith('/email') ? mailLimit(c, next) : bodyLimit(c, next)));

  app.use('*', async (c, next) => {
    // The edge worker signs with its real clock: compare with the real receive time.
    const receivedAt = (opts.clock ?? systemClock)();
    const secret = deps.config.INGEST_SIGNING_SECRET;
    if (!secret) return c.json({ error: 'INGEST_SIGNING_SECRET not configured' }, 503);
    const body = new Uint8Array(await c.req.arrayBuffer());
    const nonce = c.req.header(INGEST_NONCE_HEADER);
    const verdict = await verifyIngestRequest(secret, { timestamp: c.req.header(INGEST_TIMESTAMP_HEADER), nonce, signature: c.req.header(INGEST_SIGNATURE_HEADER) }, body, receivedAt);
    if (verdict !== 'ok') {
      deps.log.warn({ verdict, path: c.req.path }, 'ingest request refused');
      return c.json({ error: verdict }, 401);
    }
    await pruneReceipts(deps.db, deps.config.WEBHOOK_WINDOW_SECONDS, deps.now());
    if (!(await claimReceipt(deps.db, 'ingest', nonce!, deps.now()))) return c.json({ error: 'replayed request' }, 409);
    c.set('body', body);
    await next();
  });

  app.post('/email', async (c) => {
    const raw = Buffer.from(c.get('body'));
    if (raw.length === 0) return c.json({ error: 'empty message' }, 400);
    const now = deps.now();
    await ensureMailbox(deps.db, deps.config, EDGE_MAILBOX, 'edge', now);
    const result = await ingestRaw(deps.db, EDGE_MAILBOX, { source: 'edge', uid: null, raw }, now);
    if (result.status === 'stored') await opts.onIngested?.(result.id);
    return c.json(result);
  });

  app.post('/webhook', async (c) => {
    const receivedAt = (opts.clock ?? systemClock)();
    let envelope: ForwardedWebhook;
    try {
      envelope = ForwardedWebhook.parse(JSON.parse(new TextDecoder().decode(c.get('body'))));
    } catch {
      return c.json({ error: 'not a forwarded webhook envelope' }, 400);
    }
    try {
      if (envelope.source === 'sendgrid') {
        const events = z.array(SendgridEvent).parse(JSON.parse(envelope.body));
        return c.json(await applySendgridEvents(deps.db, events, deps.now(), deps.config.WEBHOOK_WINDOW_SECONDS));
      }
      const payload: unknown = JSON.parse(envelope.body);
      const { topic, webhookId, shopDomain, triggeredAt } = envelope;
      return c.json(await handleShopifyWebhook(deps, { topic, webhookId, shopDomain, triggeredAt, payload }, receivedAt));
    } catch (err) {
      if (err instanceof WebhookRefused) return c.json({ error: err.message }, err.status);
      if (err instanceof z.ZodError || err instanceof SyntaxError) return c.json({ error: 'unexpected payload' }, 400);
      throw err;
    }
  });
  return app;
}
