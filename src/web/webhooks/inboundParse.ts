import { Hono } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { ingestRaw } from '../../pipeline/ingest.ts';
import { ensureMailbox } from '../../store/mailboxes.ts';
import { limitBody } from '../bodyLimit.ts';
import type { IngressOptions } from './options.ts';

export const INBOUND_PARSE_MAILBOX = 'inbound-parse';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /:token : SendGrid Inbound Parse with "POST the raw, full MIME message" on. The form's
 * `email` field holds the whole message, stored like mail from any other mailbox (deduped on
 * Message-ID). The hook URL carries SENDGRID_INBOUND_PARSE_TOKEN as its last path segment,
 * since Inbound Parse signs nothing.
 */
export function inboundParseRoutes(deps: PipelineDeps, opts: IngressOptions = {}): Hono {
  const app = new Hono();
  // The raw message may be MAX_MAIL_BYTES; the form's other fields (headers, envelope …) fit in MAX_BODY_BYTES.
  const limit = limitBody(deps.config.MAX_MAIL_BYTES + deps.config.MAX_BODY_BYTES);
  // The hook token is checked before a byte of the body is read.
  app.post(
    '/:token',
    async (c, next) => {
      const expected = deps.config.SENDGRID_INBOUND_PARSE_TOKEN;
      if (!expected) return c.json({ error: 'SENDGRID_INBOUND_PARSE_TOKEN not configured' }, 503);
      if (!sameSecret(c.req.param('token'), expected)) return c.json({ error: 'unknown hook' }, 404);
      await next();
    },
    limit,
    async (c) => {
      const form = await c.req.parseBody();
      const email = form['email'];
      const raw = typeof email === 'string' ? Buffer.from(email, 'utf8') : email instanceof File ? Buffer.from(await email.arrayBuffer()) : null;
      // Without the raw message (the "raw" setting off) there is nothing faithful to store.
      if (!raw || raw.length === 0) return c.json({ error: 'no raw `email` field: enable "POST the raw, full MIME message"' }, 400);
      const now = deps.now();
      await ensureMailbox(deps.db, deps.config, INBOUND_PARSE_MAILBOX, 'inbound_parse', now);
      const result = await ingestRaw(deps.db, INBOUND_PARSE_MAILBOX, { source: 'inbound_parse', uid: null, raw }, now);
      if (result.status === 'stored') await opts.onIngested?.(result.id);
      return c.json(result);
    },
  );
  return app;
}
