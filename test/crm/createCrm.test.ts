import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createCrm } from '../../src/crm/createCrm.ts';
import { openDb } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';
import { requestLog, useMswServer } from '../helpers/msw.ts';

const server = useMswServer();

describe('createCrm', () => {
  it('is the built-in CRM alone without a HubSpot token', async () => {
    const db = openDb('sqlite::memory:');
    expect(createCrm(db, loadConfig({})).kind).toBe('builtin');
    await db.destroy();
  });

  it('logs each email on HubSpot once, even when the record step runs again', async () => {
    const db = openDb('sqlite::memory:');
    await migrateToLatest(db);
    const emails = requestLog();
    server.use(
      http.post('https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert', () =>
        HttpResponse.json({ status: 'COMPLETE', results: [{ id: '512', properties: { email: 'ana@example.com', hs_object_id: '512' }, createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z', archived: false, new: false }], startedAt: '2026-11-20T10:00:00.000Z', completedAt: '2026-11-20T10:00:00.050Z' }),
      ),
      http.post('https://api.hubapi.com/crm/v3/objects/emails', async ({ request }) => {
        await emails.record(request);
        return HttpResponse.json({ id: `${emails.all.length}`, properties: {}, createdAt: '2026-11-20T10:00:01.000Z', updatedAt: '2026-11-20T10:00:01.000Z', archived: false }, { status: 201 });
      }),
    );
    const crm = createCrm(db, loadConfig({ HUBSPOT_ACCESS_TOKEN: 'pat-na1-x' }));
    expect(crm.kind).toBe('hubspot');
    const email = { deskhandMessageId: 'm-1', threadId: 't-1', customerEmail: 'ana@example.com', direction: 'inbound' as const, subject: 'Hi', text: 'Where is #1001?', at: '2026-11-19T08:00:00.000Z' };
    await crm.logEmail(email);
    await crm.logEmail(email);
    await crm.logEmail({ ...email, direction: 'outbound' });
    expect(emails.all).toHaveLength(2);
    const builtin = await db.selectFrom('events').select('type').where('message_id', '=', 'm-1').where('type', 'like', 'crm_email_%').execute();
    expect(builtin).toHaveLength(2);
    await db.destroy();
  });
});
