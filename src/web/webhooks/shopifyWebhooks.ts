import { rm } from 'node:fs/promises';
import { Hono } from 'hono';
import { z } from 'zod';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { eraseCustomerData } from '../../privacy/eraseCustomer.ts';
import { eraseShopData } from '../../privacy/eraseShop.ts';
import { storeCustomerExport } from '../../privacy/exportCustomer.ts';
import { EmlOutbox } from '../../send/emlOutbox.ts';
import { limitBody } from '../bodyLimit.ts';
import { type IngressOptions, systemClock } from './options.ts';
import { claimReceipt, pruneReceipts } from './replayGuard.ts';
import { verifyShopifyWebhook } from './shopifyHmac.ts';
import { noteOrderUpdate, ORDER_TOPICS } from './shopifyOrderUpdates.ts';
import { CustomerRedactPayload, DataRequestPayload, PRIVACY_PAYLOADS } from './shopifyPrivacyPayloads.ts';
import { WebhookRefused } from './webhookRefused.ts';

/** One verified Shopify webhook delivery (from the route below, or forwarded by the edge worker). */
export interface ShopifyDelivery {
  topic: string;
  webhookId: string;
  shopDomain: string | null;
  /** X-Shopify-Triggered-At: when Shopify triggered it (the same on every retry). */
  triggeredAt: string | null;
  payload: unknown;
}

export type ShopifyOutcome = { status: 'applied' | 'duplicate' | 'ignored'; detail?: string };

const TriggeredAt = z.iso.datetime({ offset: true });

/**
 * Checks on the headers the HMAC does not cover (it signs only the body): the delivery names a
 * shop and it is the connected one, and it was triggered within the window, so a captured
 * delivery cannot be replayed later under a new webhook id. Throws WebhookRefused; returns an
 * 'ignored' outcome for another shop, null when the delivery may go on.
 */
function checkDelivery(deps: PipelineDeps, d: ShopifyDelivery, receivedAt: Date): ShopifyOutcome | null {
  if (!d.shopDomain) throw new WebhookRefused(400, 'X-Shopify-Shop-Domain is required');
  const shop = deps.config.SHOPIFY_SHOP;
  if (shop && d.shopDomain !== shop) return { status: 'ignored', detail: 'another shop' };
  const triggered = TriggeredAt.safeParse(d.triggeredAt);
  if (!triggered.success) throw new WebhookRefused(400, 'X-Shopify-Triggered-At is missing or not an ISO 8601 time');
  const window = deps.config.WEBHOOK_WINDOW_SECONDS;
  if (Math.abs(receivedAt.getTime() - new Date(triggered.data).getTime()) > window * 1000) {
    throw new WebhookRefused(401, `stale: triggered at ${triggered.data}, outside the ${window} s window (WEBHOOK_WINDOW_SECONDS)`);
  }
  return null;
}

/**
 * Applies one delivery exactly once (deduped on X-Shopify-Webhook-Id, in the same transaction as
 * its effect, so a failed delivery can be retried by Shopify). `receivedAt` is the real time it
 * arrived (see IngressOptions.clock).
 */
export async function handleShopifyWebhook(deps: PipelineDeps, d: ShopifyDelivery, receivedAt: Date): Promise<ShopifyOutcome> {
  const otherShop = checkDelivery(deps, d, receivedAt);
  if (otherShop) return otherShop;
  // The body must be the one documented for its topic (strict), naming the same shop.
  const privacy = d.topic in PRIVACY_PAYLOADS ? PRIVACY_PAYLOADS[d.topic as keyof typeof PRIVACY_PAYLOADS].parse(d.payload) : null;
  if (privacy && privacy.shop_domain !== d.shopDomain) throw new WebhookRefused(400, 'shop_domain in the body is not X-Shopify-Shop-Domain');
  const now = deps.now();
  let erasedMessageIds: string[] = [];
  const outcome = await deps.db.transaction().execute(async (trx): Promise<ShopifyOutcome> => {
    await pruneReceipts(trx, deps.config.WEBHOOK_WINDOW_SECONDS, now);
    if (!(await claimReceipt(trx, 'shopify', d.webhookId, now))) return { status: 'duplicate' };
    if (ORDER_TOPICS.has(d.topic)) {
      return (await noteOrderUpdate(trx, d.topic, d.payload, now)) ? { status: 'applied' } : { status: 'ignored', detail: 'no open thread' };
    }
    switch (d.topic) {
      case 'customers/data_request': {
        const p = DataRequestPayload.parse(d.payload);
        if (!p.customer.email) return { status: 'ignored', detail: 'customer without email' };
        const id = await storeCustomerExport(trx, p.customer.email, now, { shopDomain: p.shop_domain, requestId: String(p.data_request.id) });
        return { status: 'applied', detail: `export ${id}` };
      }
      case 'customers/redact': {
        const p = CustomerRedactPayload.parse(d.payload);
        if (!p.customer.email) return { status: 'ignored', detail: 'customer without email' };
        erasedMessageIds = (await eraseCustomerData(trx, p.customer.email, now, 'shopify customers/redact')).messageIds;
        return { status: 'applied' };
      }
      case 'shop/redact': {
        erasedMessageIds = (await eraseShopData(trx, now, 'shopify shop/redact')).messageIds;
        return { status: 'applied' };
      }
      default:
        return { status: 'ignored', detail: `topic ${d.topic}` };
    }
  });
  // Replies written as .eml files (the embedded sender) are erased with their messages.
  if (deps.sender instanceof EmlOutbox && erasedMessageIds.length) {
    const outbox = deps.sender;
    await Promise.all(erasedMessageIds.map((id) => rm(outbox.pathFor(id), { force: true })));
  }
  return outcome;
}

/** POST / : every Shopify webhook topic (the topic comes from X-Shopify-Topic), HMAC-verified. */
export function shopifyWebhookRoutes(deps: PipelineDeps, opts: IngressOptions = {}): Hono {
  const app = new Hono();
  const clock = opts.clock ?? systemClock;
  app.post('/', limitBody(deps.config.MAX_BODY_BYTES), async (c) => {
    const receivedAt = clock();
    const secret = deps.config.SHOPIFY_API_SECRET;
    if (!secret) return c.json({ error: 'SHOPIFY_API_SECRET not configured' }, 503);
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (!(await verifyShopifyWebhook(secret, raw, c.req.header('X-Shopify-Hmac-Sha256')))) {
      deps.log.warn({ topic: c.req.header('X-Shopify-Topic') }, 'shopify webhook with a bad HMAC refused');
      return c.json({ error: 'invalid hmac' }, 401);
    }
    const topic = c.req.header('X-Shopify-Topic');
    const webhookId = c.req.header('X-Shopify-Webhook-Id');
    if (!topic || !webhookId) return c.json({ error: 'X-Shopify-Topic and X-Shopify-Webhook-Id are required' }, 400);
    let payload: unknown;
    try {
      payload = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      return c.json({ error: 'body is not JSON' }, 400);
    }
    const delivery = { topic, webhookId, shopDomain: c.req.header('X-Shopify-Shop-Domain') ?? null, triggeredAt: c.req.header('X-Shopify-Triggered-At') ?? null, payload };
    try {
      return c.json(await handleShopifyWebhook(deps, delivery, receivedAt));
    } catch (err) {
      if (err instanceof WebhookRefused) {
        deps.log.warn({ topic, webhookId, reason: err.message }, 'shopify webhook refused');
        return c.json({ error: err.message }, err.status);
      }
      if (err instanceof z.ZodError) {
        deps.log.warn({ topic, webhookId }, 'shopify webhook body does not match its topic');
        return c.json({ error: `the body is not a ${topic} payload`, issues: err.issues.length }, 400);
      }
      throw err;
    }
  });
  return app;
}
