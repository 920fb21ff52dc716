import { Hono } from 'hono';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { inboundParseRoutes } from './inboundParse.ts';
import type { IngressOptions } from './options.ts';
import { sendgridEventRoutes } from './sendgridEvents.ts';
import { shopifyWebhookRoutes } from './shopifyWebhooks.ts';

export { ingestApiRoutes } from './ingestApi.ts';

/**
 * The webhooks, mounted at /webhooks (no session: each route verifies its own signature):
 *   POST /webhooks/sendgrid/events          SendGrid Event Webhook (ECDSA-signed)
 *   POST /webhooks/sendgrid/inbound/:token  SendGrid Inbound Parse (raw MIME)
 *   POST /webhooks/shopify                  Shopify webhooks incl. the privacy topics (HMAC)
 */
export function webhookRoutes(deps: PipelineDeps, opts: IngressOptions = {}): Hono {
  const app = new Hono();
  app.route('/sendgrid/events', sendgridEventRoutes(deps, opts));
  app.route('/sendgrid/inbound', inboundParseRoutes(deps, opts));
  app.route('/shopify', shopifyWebhookRoutes(deps, opts));
  return app;
}
