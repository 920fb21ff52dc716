import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { HubspotCrm, HubspotRateLimitError } from '../../src/crm/hubspotCrm.ts';
import type { Customer } from '../../src/domain/shop.ts';
import { requestLog, useMswServer } from '../helpers/msw.ts';

const UPSERT = 'https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert';
const EMAILS = 'https://api.hubapi.com/crm/v3/objects/emails';
const TOKEN = 'pat-na1-11111111-2222-3333-4444-555555555555';
const server = useMswServer();

// Response bodies shaped as in HubSpot's CRM v3 reference.
function upsertReply(id: string, email: string, isNew = true) {
  return HttpResponse.json({
    status: 'COMPLETE',
    results: [{ id, properties: { createdate: '2026-11-20T10:00:00.000Z', email, hs_object_id: id, lastmodifieddate: '2026-11-20T10:00:00.000Z' }, createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', archived: false, new: isNew }],
    startedAt: '2026-11-20T10:00:00.000Z',
    completedAt: '2026-11-20T10:00:00.050Z',
  });
}
function emailReply(id: string) {
  return HttpResponse.json(
    { id, properties: { hs_createdate: '2026-11-20T10:00:01.000Z', hs_lastmodifieddate: '2026-11-20T10:00:01.000Z', hs_object_id: id }, createdAt: '2026-11-20T10:00:01.000Z', updatedAt: '2026-11-20T10:00:01.000Z', archived: false },
    { status: 201 },
  );
}
const rateLimited = () =>
  HttpResponse.json(
    { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: 'c033cdaa-2c40-4a64-ae48-b4cec88dad24', policyName: 'TEN_SECONDLY_ROLLING', groupName: 'publicapi:private-app:12345' },
    { status: 429, headers: { 'Retry-After': '2' } },
  );

const profile: Customer = {
  id: 'gid://shopify/Customer/7350912000029',
  email: 'emma.johnson@example.com',
  firstName: 'Emma',
  lastName: 'Johnson',
  numberOfOrders: 4,
  amountSpent: { amount: '388.95', currencyCode: 'EUR' },
  tags: ['newsletter'],
  createdAt: '2026-06-12T09:41:07Z',
  locale: 'en',
};

function crm(sleeps: number[] = []) {
  return new HubspotCrm({ accessToken: TOKEN, supportAddress: 'support@demo-store.example', sleep: async (ms) => void sleeps.push(ms), maxRetries: 2 });
}

describe('HubspotCrm', () => {
  it('upserts the contact by email with a bearer token', async () => {
    const seen = requestLog();
    server.use(http.post(UPSERT, async ({ request }) => (await seen.record(request), upsertReply('512', 'emma.johnson@example.com'))));
    await crm().upsertCustomer('Emma.Johnson@Example.com', 'Emma J', profile);
    expect(seen.all).toHaveLength(1);
    expect(seen.last.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(seen.last.json()).toEqual({ inputs: [{ idProperty: 'email', id: 'emma.johnson@example.com', properties: { email: 'emma.johnson@example.com', firstname: 'Emma', lastname: 'Johnson' } }] });
  });

  it('logs inbound and outbound emails as Email engagements associated with the contact', async () => {
    const upserts = requestLog();
    const emails = requestLog();
    server.use(
      http.post(UPSERT, async ({ request }) => (await upserts.record(request), upsertReply('512', 'ana@example.com', false))),
      http.post(EMAILS, async ({ request }) => (await emails.record(request), emailReply(String(17691787884 + emails.all.length)))),
    );
    const c = crm();
    const base = { deskhandMessageId: 'm-1', threadId: 't-1', customerEmail: 'ana@example.com' };
    await c.logEmail({ ...base, direction: 'inbound', subject: 'Where is #1001?', text: 'Hello, where is my order?', at: '2026-11-19T08:00:00.000Z' });
    await c.logEmail({ ...base, direction: 'outbound', subject: 'Re: Where is #1001?', text: 'It shipped on Monday.', at: '2026-11-19T09:00:00.000Z' });

    // The contact is looked up (upserted) once, then its id is reused.
    expect(upserts.all).toHaveLength(1);
    expect(upserts.last.json()).toEqual({ inputs: [{ idProperty: 'email', id: 'ana@example.com', properties: { email: 'ana@example.com' } }] });
    expect(emails.all).toHaveLength(2);
    const [inbound, outbound] = emails.all.map((r) => r.json<{ properties: Record<string, string>; associations: unknown[] }>());
    expect(inbound).toEqual({
      properties: {
        hs_timestamp: '2026-11-19T08:00:00.000Z',
        hs_email_direction: 'INCOMING_EMAIL',
        hs_email_status: 'SENT',
        hs_email_subject: 'Where is #1001?',
        hs_email_text: 'Hello, where is my order?',
        hs_email_headers: JSON.stringify({ from: { email: 'ana@example.com' }, to: [{ email: 'support@demo-store.example' }], cc: [], bcc: [] }),
      },
      associations: [{ to: { id: '512' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 198 }] }],
    });
    expect(outbound!.properties.hs_email_direction).toBe('EMAIL');
    expect(JSON.parse(outbound!.properties.hs_email_headers!)).toMatchObject({ from: { email: 'support@demo-store.example' }, to: [{ email: 'ana@example.com' }] });
    expect(emails.last.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('waits Retry-After on a 429 and retries', async () => {
    let calls = 0;
    server.use(http.post(UPSERT, () => (++calls === 1 ? rateLimited() : upsertReply('513', 'liam@example.net'))));
    const sleeps: number[] = [];
    await crm(sleeps).upsertCustomer('liam@example.net', 'Liam', null);
    expect(calls).toBe(2);
    expect(sleeps).toEqual([2000]);
  });

  it('gives up with HubspotRateLimitError after the retries, and does not retry other errors', async () => {
    let calls = 0;
    server.use(http.post(UPSERT, () => (calls++, rateLimited())));
    await expect(crm().upsertCustomer('liam@example.net', null, null)).rejects.toBeInstanceOf(HubspotRateLimitError);
    expect(calls).toBe(3);

    let bad = 0;
    server.use(
      http.post(UPSERT, () => (bad++, HttpResponse.json({ status: 'error', message: 'Property values were not valid', correlationId: 'x', category: 'VALIDATION_ERROR' }, { status: 400 }))),
    );
    await expect(crm().upsertCustomer('liam@example.net', null, null)).rejects.toMatchObject({ code: 400 });
    expect(bad).toBe(1);
  });
});
