import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { webhookRoutes } from '../../../src/web/webhooks/routes.ts';
import { seedConversation, testDeps } from './harness.ts';

// Signature timestamps are SendGrid's real clock, checked against the real receive time: built from now.
// A P-256 key pair like the one SendGrid keeps; SendGrid shows the public half as base64 DER (SPKI).
const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const PUBLIC_KEY = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
const OTHER = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

function signed(body: string, timestamp: string, key: KeyObject = privateKey) {
  // SendGrid: ECDSA/SHA-256 over timestamp + payload, DER signature, base64.
  const signature = sign('sha256', Buffer.from(timestamp + body), key).toString('base64');
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Twilio-Email-Event-Webhook-Signature': signature, 'X-Twilio-Email-Event-Webhook-Timestamp': timestamp },
    body,
  };
}
const ts = (d: Date) => String(Math.floor(d.getTime() / 1000));

// Event shapes as in SendGrid's Event Webhook reference; custom_args come back as top-level keys.
function events(messageId: string) {
  return [
    { email: 'ana@example.com', timestamp: 1763632800, 'smtp-id': '<14c5d75ce93.dfd.64b469@ismtpd-555>', event: 'delivered', response: '250 OK', sg_event_id: 'ZGVsaXZlcmVkLTAtMTIz', sg_message_id: '14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0', deskhand_message_id: messageId },
    { email: 'ana@example.com', timestamp: 1763632900, event: 'open', sg_machine_open: false, useragent: 'Mozilla/5.0', ip: '255.255.255.255', sg_event_id: 'b3Blbi0wLTQ1Ng', sg_message_id: '14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0', deskhand_message_id: messageId },
    { email: 'someone@example.com', timestamp: 1763632900, event: 'processed', sg_event_id: 'cHJvY2Vzc2VkLTA', sg_message_id: 'abc.filter0001' },
  ];
}

async function setup() {
  const deps = await testDeps({ SENDGRID_WEBHOOK_PUBLIC_KEY: PUBLIC_KEY });
  const app = webhookRoutes(deps);
  const conv = await seedConversation(deps, 'ana@example.com', '1001');
  const timeline = () => deps.db.selectFrom('events').selectAll().where('thread_id', '=', conv.threadId).where('type', 'like', 'delivery_%').orderBy('id').execute();
  return { deps, app, conv, timeline };
}

describe('SendGrid event webhook', () => {
  it('puts delivered and open events on the reply\'s thread when the signature is valid', async () => {
    const { app, conv, timeline } = await setup();
    const res = await app.request('/sendgrid/events', signed(JSON.stringify(events(conv.messageId)), ts(new Date())));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ applied: 2, duplicates: 0, skipped: 1 });
    const rows = await timeline();
    expect(rows.map((r) => r.type)).toEqual(['delivery_delivered', 'delivery_open']);
    expect(rows[0]).toMatchObject({ message_id: conv.messageId, customer_email: 'ana@example.com', at: new Date(1763632800_000).toISOString() });
  });

  it('flags the thread when the reply bounced', async () => {
    const { deps, app, conv } = await setup();
    const bounce = [{ email: 'ana@example.com', timestamp: 1763632800, event: 'bounce', type: 'bounce', status: '5.1.1', reason: '550 5.1.1 The email account that you tried to reach does not exist', sg_event_id: 'Ym91bmNlLTA', sg_message_id: 'x.filter1', deskhand_message_id: conv.messageId }];
    const res = await app.request('/sendgrid/events', signed(JSON.stringify(bounce), ts(new Date())));
    expect(res.status).toBe(200);
    const thread = await deps.db.selectFrom('threads').select('flagged').where('id', '=', conv.threadId).executeTakeFirstOrThrow();
    expect(thread.flagged).toBe('reply bounced: 550 5.1.1 The email account that you tried to reach does not exist');
  });

  it('refuses a body signed by another key, or altered after signing, and stores nothing', async () => {
    const { app, conv, timeline } = await setup();
    const body = JSON.stringify(events(conv.messageId));
    const forged = await app.request('/sendgrid/events', signed(body, ts(new Date()), OTHER));
    expect(forged.status).toBe(403);
    const good = signed(body, ts(new Date()));
    const altered = await app.request('/sendgrid/events', { ...good, body: body.replace('delivered', 'dropped') });
    expect(altered.status).toBe(403);
    const unsigned = await app.request('/sendgrid/events', { method: 'POST', body });
    expect(unsigned.status).toBe(403);
    expect(await timeline()).toHaveLength(0);
  });

  it('refuses a correctly signed request whose timestamp is stale (a replayed capture)', async () => {
    const { app, conv, timeline } = await setup();
    const old = new Date(Date.now() - 10 * 60_000);
    const res = await app.request('/sendgrid/events', signed(JSON.stringify(events(conv.messageId)), ts(old)));
    expect(res.status).toBe(401);
    expect(await timeline()).toHaveLength(0);
  });

  it('applies a replayed event id only once, even when freshly signed', async () => {
    const { app, conv, timeline } = await setup();
    const body = JSON.stringify(events(conv.messageId));
    await app.request('/sendgrid/events', signed(body, ts(new Date())));
    const again = await app.request('/sendgrid/events', signed(body, ts(new Date(Date.now() + 1000))));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ applied: 0, duplicates: 3, skipped: 0 });
    expect(await timeline()).toHaveLength(2);
  });

  it('answers 503 and accepts nothing when no verification key is configured', async () => {
    const deps = await testDeps();
    const res = await webhookRoutes(deps).request('/sendgrid/events', signed('[]', ts(new Date())));
    expect(res.status).toBe(503);
  });

  describe('reply suppressions (no automatic reply to an address that hard-bounced or complained)', () => {
    const event = (messageId: string, over: Record<string, unknown>) => ({ email: 'Ana@Example.com', timestamp: 1763632800, sg_message_id: 'x.filter1', deskhand_message_id: messageId, ...over });
    const suppressions = (deps: Awaited<ReturnType<typeof setup>>['deps']) => deps.db.selectFrom('reply_suppressions').select(['address', 'kind', 'reason', 'message_id']).execute();

    it('remembers the address of a hard bounce and of a spam report', async () => {
      const { deps, app, conv } = await setup();
      const hard = [event(conv.messageId, { event: 'bounce', type: 'bounce', reason: '550 5.1.1 no such user', sg_event_id: 'aGFyZC0x' })];
      expect((await app.request('/sendgrid/events', signed(JSON.stringify(hard), ts(new Date())))).status).toBe(200);
      expect(await suppressions(deps)).toEqual([{ address: 'ana@example.com', kind: 'hard_bounce', reason: '550 5.1.1 no such user', message_id: conv.messageId }]);

      const other = await seedConversation(deps, 'bo@example.com', '1002');
      const spam = [{ ...event(other.messageId, { event: 'spamreport', sg_event_id: 'c3BhbS0x' }), email: 'bo@example.com' }];
      expect((await app.request('/sendgrid/events', signed(JSON.stringify(spam), ts(new Date())))).status).toBe(200);
      expect((await suppressions(deps)).find((s) => s.address === 'bo@example.com')).toMatchObject({ kind: 'complaint' });
    });

    it('does not suppress for a soft block, a deferral or a delivery', async () => {
      const { deps, app, conv } = await setup();
      const soft = [
        event(conv.messageId, { event: 'bounce', type: 'blocked', reason: '421 try again later', sg_event_id: 'YmxvY2stMQ' }),
        event(conv.messageId, { event: 'deferred', reason: '451 greylisted', sg_event_id: 'ZGVmZXItMQ' }),
        event(conv.messageId, { event: 'delivered', sg_event_id: 'ZGVsaXYtMQ' }),
      ];
      expect((await app.request('/sendgrid/events', signed(JSON.stringify(soft), ts(new Date())))).status).toBe(200);
      expect(await suppressions(deps)).toEqual([]);
    });
  });
});

describe('SendGrid event webhook window', () => {
  it('checks the signature timestamp against the injected receive clock and WEBHOOK_WINDOW_SECONDS', async () => {
    const deps = await testDeps({ SENDGRID_WEBHOOK_PUBLIC_KEY: PUBLIC_KEY, WEBHOOK_WINDOW_SECONDS: '900' });
    const received = new Date();
    const app = webhookRoutes(deps, { clock: () => received });
    const conv = await seedConversation(deps, 'ana@example.com', '1001');
    const tenMinutesAgo = new Date(received.getTime() - 10 * 60_000);
    const accepted = await app.request('/sendgrid/events', signed(JSON.stringify(events(conv.messageId)), ts(tenMinutesAgo)));
    expect(accepted.status).toBe(200);
    const twentyMinutesAgo = new Date(received.getTime() - 20 * 60_000);
    const stale = await app.request('/sendgrid/events', signed(JSON.stringify([{ event: 'bounce', sg_event_id: 'late-1', deskhand_message_id: conv.messageId }]), ts(twentyMinutesAgo)));
    expect(stale.status).toBe(401);
  });
});
