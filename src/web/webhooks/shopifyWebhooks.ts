import { rm } from 'node:fs/promises';
import { Hono } from 'hono';
import { z } from 'zod';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { eraseCustomerData } from '../../privacy/eraseCustomer.ts';
import { eraseShopData } from '../../privacy/eraseShop.ts';
import { storeCustomerExport } from '../../privacy/exportCustomer.ts';
import { EmlOutbox } from '../../send/emlOutbox.ts';
import { limitBody } from '../bodyLimit.ts';
import { claimReceipt } from './replayGuard.ts';
import { verifyShopifyWebhook } from './shopifyHmac.ts';
import { noteOrderUpdate, ORDER_TOPICS } from './shopifyOrderUpdates.ts';

/** One verified Shopify webhook delivery (from the route below, or forwarded by the edge worker). */
export interface ShopifyDelivery {
  topic: string;
  webhookId: string;
  shopDomain: string | null;
  payload: unknown;
}

export type ShopifyOutcome = { status: 'applied' | 'duplicate' | 'ignored'; detail?: string };

// The mandatory privacy webhooks' payloads, as Shopify documents them.
const PrivacyCustomer = z.looseObject({ id: z.union([z.number(), z.string()]).nullish(), email: z.string().nullish() });
const DataRequest = z.looseObject({ shop_domain: z.string(), customer: PrivacyCustomer, data_request: z.looseObject({ id: z.union([z.number(), z.string()]) }).nullish() });
const CustomerRedact = z.looseObject({ shop_domain: z.string(), customer: PrivacyCustomer });
const ShopRedact = z.looseObject({ shop_domain: z.string() });

/**
 * Applies one delivery exactly once (deduped on X-Shopify-Webhook-Id, in the same transaction as
 * its effect, so a failed delivery can be retried by Shopify).
 */
export async function handleShopifyWebhook(deps: PipelineDeps, d: ShopifyDelivery): Promise<ShopifyOutcome> {
  const now = deps.now();
  const shop = deps.config.SHOPIFY_SHOP;
  if (shop && d.shopDomain && d.shopDomain !== shop) return { status: 'ignored', detail: 'another shop' };
  let erasedMessageIds: string[] = [];
  const outcome = await deps.db.transaction().execute(async (trx): Promise<ShopifyOutcome> => {
    if (!(await claimReceipt(trx, 'shopify', d.webhookId, now))) return { status: 'duplicate' };
    if (ORDER_TOPICS.has(d.topic)) {
      return (await noteOrderUpdate(trx, d.topic, d.payload, now)) ? { status: 'applied' } : { status: 'ignored', detail: 'no open thread' };
    }
    switch (d.topic) {
      case 'customers/data_request': {
        const p = DataRequest.parse(d.payload);
        if (!p.customer.email) return { status: 'ignored', detail: 'customer without email' };
        const id = await storeCustomerExport(trx, p.customer.email, now, { shopDomain: p.shop_domain, requestId: p.data_request ? String(p.data_request.id) : null });
        return { status: 'applied', detail: `export ${id}` };
      }
      case 'customers/redact': {
        const p = CustomerRedact.parse(d.payload);
        if (!p.customer.email) return { status: 'ignored', detail: 'customer without email' };
        erasedMessageIds = (await eraseCustomerData(trx, p.customer.email, now, 'shopify customers/redact')).messageIds;
        return { status: 'applied' };
      }
      case 'shop/redact': {
        ShopRedact.parse(d.payload);
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
export function shopifyWebhookRoutes(deps: PipelineDeps): Hono {
  const app = new Hono();
  app.post('/', limitBody(deps.config.MAX_BODY_BYTES), async (c) => {
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
    try {
      return c.json(await handleShopifyWebhook(deps, { topic, webhookId, shopDomain: c.req.header('X-Shopify-Shop-Domain') ?? null, payload }));
    } catch (err) {
      if (err instanceof z.ZodError) return c.json({ error: 'unexpected payload', issues: err.issues.length }, 400);
      throw err;
    }
  });
  return app;
}
