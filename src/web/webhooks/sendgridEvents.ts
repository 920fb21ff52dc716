import { Hono } from 'hono';
import { z } from 'zod';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import type { Db } from '../../store/db.ts';
import { appendEvent } from '../../store/events.ts';
import { type SuppressionKind, suppressReplies } from '../../store/replySuppressions.ts';
import { limitBody } from '../bodyLimit.ts';
import { type IngressOptions, systemClock } from './options.ts';
import { claimReceipt, pruneReceipts } from './replayGuard.ts';
import { SENDGRID_SIGNATURE_HEADER, SENDGRID_TIMESTAMP_HEADER, verifySendgridEvents } from './sendgridSignature.ts';

// One event of SendGrid's Event Webhook (an array of these is POSTed). custom_args set when
// sending (deskhand_message_id) come back as top-level keys.
export const SendgridEvent = z.looseObject({
  event: z.string(),
  email: z.string().optional(),
  timestamp: z.number().optional(),
  sg_event_id: z.string().min(1),
  sg_message_id: z.string().optional(),
  reason: z.string().optional(),
  status: z.string().optional(),
  type: z.string().optional(),
  deskhand_message_id: z.string().optional(),
});
export type SendgridEvent = z.infer<typeof SendgridEvent>;

/** Delivery events we keep on the thread; others (processed, click, deferred …) are acknowledged and skipped. */
const TRACKED = new Set(['delivered', 'open', 'bounce', 'dropped', 'spamreport', 'deferred']);
/** Events after which the customer did not get (or did not want) the reply: a person must look. */
const FLAGS: Record<string, string> = { bounce: 'reply bounced', dropped: 'reply dropped', spamreport: 'reply reported as spam' };

/**
 * Events after which no automatic reply may go to the address again: a hard bounce (SendGrid's
 * "bounce" of type bounce, not "blocked"), a spam report, or a drop because SendGrid itself already
 * holds the address as bounced or reporting spam.
 */
export function suppressionKind(e: SendgridEvent): SuppressionKind | null {
  if (e.event === 'spamreport') return 'complaint';
  if (e.event === 'bounce' && (e.type ?? 'bounce') === 'bounce') return 'hard_bounce';
  if (e.event === 'dropped' && /spam report/i.test(e.reason ?? '')) return 'complaint';
  if (e.event === 'dropped' && /bounced address/i.test(e.reason ?? '')) return 'hard_bounce';
  return null;
}

export interface EventsOutcome {
  applied: number;
  duplicates: number;
  skipped: number;
}

/** Puts each event on its message's thread once (deduped on sg_event_id), flagging the thread on failures. */
export async function applySendgridEvents(db: Db, events: SendgridEvent[], now: Date, windowSeconds: number): Promise<EventsOutcome> {
  const out: EventsOutcome = { applied: 0, duplicates: 0, skipped: 0 };
  await db.transaction().execute(async (trx) => {
    await pruneReceipts(trx, windowSeconds, now);
    for (const e of events) {
      if (!(await claimReceipt(trx, 'sendgrid_event', e.sg_event_id, now))) {
        out.duplicates++;
        continue;
      }
      const msg = e.deskhand_message_id && TRACKED.has(e.event)
        ? await trx.selectFrom('messages').select(['id', 'thread_id', 'from_address']).where('id', '=', e.deskhand_message_id).executeTakeFirst()
        : undefined;
      if (!msg) {
        out.skipped++;
        continue;
      }
      const at = e.timestamp ? new Date(e.timestamp * 1000).toISOString() : now.toISOString();
      await appendEvent(trx, {
        type: `delivery_${e.event}`,
        messageId: msg.id,
        threadId: msg.thread_id,
        customerEmail: msg.from_address,
        at,
        data: { event: e.event, reason: e.reason ?? null, status: e.status ?? null, bounceType: e.type ?? null, sgMessageId: e.sg_message_id ?? null },
      });
      const kind = suppressionKind(e);
      if (kind) {
        const to = e.email ?? (await trx.selectFrom('outbox').select('to_address').where('message_id', '=', msg.id).executeTakeFirst())?.to_address;
        if (to) await suppressReplies(trx, { address: to, kind, reason: e.reason ?? null, messageId: msg.id, at });
      }
      const flag = FLAGS[e.event];
      if (flag && msg.thread_id) {
        await trx.updateTable('threads').set({ flagged: e.reason ? `${flag}: ${e.reason}` : flag }).where('id', '=', msg.thread_id).execute();
      }
      out.applied++;
    }
  });
  return out;
}

export function parseSendgridEvents(rawBody: string): SendgridEvent[] | null {
  try {
    const parsed = z.array(SendgridEvent).safeParse(JSON.parse(rawBody));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * POST / : SendGrid's signed Event Webhook. The signature's timestamp must be within
 * WEBHOOK_WINDOW_SECONDS of the real time it arrived (SendGrid signs each retry afresh).
 */
export function sendgridEventRoutes(deps: PipelineDeps, opts: IngressOptions = {}): Hono {
  const app = new Hono();
  const clock = opts.clock ?? systemClock;
  app.post('/', limitBody(deps.config.MAX_BODY_BYTES), async (c) => {
    const receivedAt = clock();
    const key = deps.config.SENDGRID_WEBHOOK_PUBLIC_KEY;
    if (!key) return c.json({ error: 'event webhook verification key not configured' }, 503);
    const raw = await c.req.text();
    const window = deps.config.WEBHOOK_WINDOW_SECONDS;
    const verdict = verifySendgridEvents(key, raw, c.req.header(SENDGRID_SIGNATURE_HEADER), c.req.header(SENDGRID_TIMESTAMP_HEADER), receivedAt, window);
    if (verdict !== 'ok') {
      deps.log.warn({ verdict }, 'sendgrid event webhook refused');
      return c.json({ error: verdict }, verdict === 'stale' ? 401 : 403);
    }
    const events = parseSendgridEvents(raw);
    if (!events) return c.json({ error: 'body is not an array of SendGrid events' }, 400);
    return c.json(await applySendgridEvents(deps.db, events, deps.now(), window));
  });
  return app;
}
