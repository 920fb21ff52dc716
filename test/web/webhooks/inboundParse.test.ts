import { describe, expect, it } from 'vitest';
import { webhookRoutes } from '../../../src/web/webhooks/routes.ts';
import { rawEmail, testDeps } from './harness.ts';

const TOKEN = 'parse-8f3a1c2e9b';

// The multipart form SendGrid Inbound Parse POSTs with "POST the raw, full MIME message" on.
async function parseForm(raw: Buffer): Promise<FormData> {
  const form = new FormData();
  form.set('dkim', '{@example.com : pass}');
  form.set('email', raw.toString('utf8'));
  form.set('to', 'support@demo-store.example');
  form.set('from', 'Ana <ana@example.com>');
  form.set('sender_ip', '209.85.220.41');
  form.set('envelope', '{"to":["support@demo-store.example"],"from":"ana@example.com"}');
  form.set('subject', 'Where is my order #1001?');
  form.set('charsets', '{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}');
  form.set('SPF', 'pass');
  return form;
}

describe('SendGrid Inbound Parse', () => {
  it('stores the raw message once, deduping a re-post on Message-ID', async () => {
    const deps = await testDeps({ SENDGRID_INBOUND_PARSE_TOKEN: TOKEN });
    const ingested: string[] = [];
    const app = webhookRoutes(deps, { onIngested: (id) => void ingested.push(id) });
    const raw = await rawEmail({ from: 'Ana <ana@example.com>', subject: 'Where is my order #1001?', text: 'Hi, where is #1001?', messageId: '<parse-1@mail.example.com>' });

    const first = await app.request(`/sendgrid/inbound/${TOKEN}`, { method: 'POST', body: await parseForm(raw) });
    expect(first.status).toBe(200);
    const stored = (await first.json()) as { status: string; id: string };
    expect(stored.status).toBe('stored');
    const again = await app.request(`/sendgrid/inbound/${TOKEN}`, { method: 'POST', body: await parseForm(raw) });
    expect(await again.json()).toEqual({ status: 'duplicate', id: stored.id });

    const rows = await deps.db.selectFrom('messages').select(['id', 'mailbox_id', 'source', 'from_address', 'subject', 'state']).execute();
    expect(rows).toEqual([{ id: stored.id, mailbox_id: 'inbound-parse', source: 'inbound_parse', from_address: 'ana@example.com', subject: 'Where is my order #1001?', state: 'received' }]);
    expect(ingested).toEqual([stored.id]);
  });

  it('answers 404 to a wrong token and stores nothing', async () => {
    const deps = await testDeps({ SENDGRID_INBOUND_PARSE_TOKEN: TOKEN });
    const raw = await rawEmail({ from: 'ana@example.com', subject: 'x', text: 'y', messageId: '<parse-2@mail.example.com>' });
    const res = await webhookRoutes(deps).request('/sendgrid/inbound/guess', { method: 'POST', body: await parseForm(raw) });
    expect(res.status).toBe(404);
    expect(await deps.db.selectFrom('messages').select('id').execute()).toEqual([]);
  });

  it('refuses a post without the raw `email` field', async () => {
    const deps = await testDeps({ SENDGRID_INBOUND_PARSE_TOKEN: TOKEN });
    const form = new FormData();
    form.set('text', 'parsed body only');
    const res = await webhookRoutes(deps).request(`/sendgrid/inbound/${TOKEN}`, { method: 'POST', body: form });
    expect(res.status).toBe(400);
  });
});
