import { beforeAll, describe, expect, it } from 'vitest';
import { syncCustomerProfile } from '../../src/crm/profileSync.ts';
import type { TimelineEntry } from '../../src/crm/timeline.ts';
import type { CustomerListItem, CustomerRecord } from '../../src/web/queries/customers.ts';
import { AGENT, type Desk, deskTestApp, login, ORIGIN, OWNER, type Session } from './deskTestApp.ts';

// The built-in CRM in the desk, on the demo inbox put through the pipeline and every thread's
// customer profile synced from the demo store (clock: 2026-11-24T09:00Z).

let d: Desk;
let agent: Session;
let owner: Session;
const EMMA = 'emma.johnson@example.com';
const HANNAH = 'hannah.weber@example.net';
const path = (email: string) => `/customers/${encodeURIComponent(email)}`;

beforeAll(async () => {
  d = await deskTestApp();
  const emails = (await d.deps.db.selectFrom('threads').select('customer_email').distinct().execute()).map((r) => r.customer_email);
  for (const e of emails) await syncCustomerProfile({ db: d.deps.db, shop: d.shop, now: d.deps.now }, e);
  agent = await login(d.app, AGENT);
  owner = await login(d.app, OWNER);
});

const list = async (s: Session, qs = '') => (await (await s.get(`/api/customers${qs ? `?${qs}` : ''}`)).json()) as { customers: CustomerListItem[]; segments: { id: string; count: number }[] };
const record = async (s: Session, email: string) => (await (await s.get(`/api${path(email)}`)).json()) as CustomerRecord;
const eventsOf = (type: string, email: string) => d.deps.db.selectFrom('events').selectAll().where('type', '=', type).where('customer_email', '=', email).orderBy('id').execute();

describe('customers list', () => {
  it('lists every thread customer with the synced profile, segments and thread counts', async () => {
    const { customers } = await list(agent);
    const threadEmails = (await d.deps.db.selectFrom('threads').select('customer_email').distinct().execute()).map((r) => r.customer_email);
    expect(customers.map((c) => c.email).sort()).toEqual(threadEmails.sort());
    const emma = customers.find((c) => c.email === EMMA)!;
    expect(emma).toMatchObject({ name: 'Emma Johnson', synced: true, ordersCount: 4, totalSpent: '388.95', currency: 'EUR', threads: 5, segments: ['repeat_contacts'] });
    expect(emma.lastOrderAt?.slice(0, 10)).toBe('2026-11-16');
    // The spam sender's only message was ignored: a thread, but nothing open.
    expect(customers.find((c) => c.email === 'hello@rankfast-seo.example')).toMatchObject({ threads: 1, openThreads: 0, ordersCount: 0, synced: false });

    const html = await (await agent.get('/customers')).text();
    expect(html).toContain(`data-customer="${EMMA}"`);
    expect(html).toContain('388.95 EUR');
    expect(html).toContain('<a href="/customers" class="active">Customers</a>');
  });

  it('filters by segment: repeat contacts and new customers of the demo data', async () => {
    const repeat = await list(agent, 'segment=repeat_contacts');
    expect(repeat.customers.map((c) => c.email).sort()).toEqual([EMMA, HANNAH, 'liam.obrien@example.net']);
    // First order in the last 30 days (since 2026-10-25), by the orders in fixtures/store.
    const fresh = await list(agent, 'segment=new');
    expect(fresh.customers.map((c) => c.email).sort()).toEqual(
      ['javier.morales@example.com', 'layla.haddad@example.com', 'marco.rossi@example.org', 'olivia.brown@example.org', 'omar.khalil@example.org', 'reza.karimi@example.net', 'sofia.g.trabajo@example.com'].sort(),
    );
    expect(fresh.customers.every((c) => c.segments.includes('new'))).toBe(true);
    expect((await list(agent, 'segment=vip')).customers).toEqual([]); // nobody spent 500
    expect(fresh.segments.find((s) => s.id === 'repeat_contacts')!.count).toBe(3);
    const html = await (await agent.get('/customers?segment=repeat_contacts')).text();
    expect(html.match(/data-customer="/g)).toHaveLength(3);
    expect(html).toContain('data-segment-tab="repeat_contacts"');
  });

  it('searches by name or email and filters by staff tag', async () => {
    expect((await list(agent, 'q=DUBOIS')).customers.map((c) => c.email)).toEqual(['camille.dubois@example.com']);
    expect((await list(agent, 'q=example.org')).customers.every((c) => c.email.includes('example.org'))).toBe(true);
    expect((await agent.postJson(`/api${path(HANNAH)}/tags`, { tag: 'Fragile Items' })).status).toBe(200);
    expect((await list(agent, 'tag=fragile-items')).customers.map((c) => c.email)).toEqual([HANNAH]);
    expect((await list(agent, 'tag=fragile-items&segment=new')).customers).toEqual([]);
  });

  it('counts open threads: a thread whose message was answered no longer counts', async () => {
    const before = (await list(agent, 'q=emma')).customers[0]!;
    const draft = await d.deps.db
      .selectFrom('drafts')
      .innerJoin('messages', 'messages.id', 'drafts.message_id')
      .select(['drafts.id', 'drafts.thread_id'])
      .where('messages.from_address', '=', EMMA)
      .where('messages.state', '=', 'awaiting_review')
      .executeTakeFirstOrThrow();
    const others = await d.deps.db.selectFrom('messages').select('state').where('thread_id', '=', draft.thread_id).execute();
    expect(others).toHaveLength(1); // a one-message thread: answering it closes the thread
    const res = await agent.postJson(`/api/drafts/${draft.id}/approve`);
    expect(((await res.json()) as { state: string }).state).toBe('logged');
    const after = (await list(agent, 'q=emma')).customers[0]!;
    expect(after.openThreads).toBe(before.openThreads - 1);
    expect(after.threads).toBe(before.threads);
  });
});

describe('customer record', () => {
  it('shows the profile, segments and conversations to an agent', async () => {
    const res = await agent.get(path(EMMA));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h2>Emma Johnson</h2>');
    expect(html).toContain('388.95 EUR');
    expect(html).toContain('data-segment="repeat_contacts"');
    expect(html).toContain('<li class="tag shop">newsletter</li>'); // Shopify tag
    const threads = await d.deps.db.selectFrom('threads').select('id').where('customer_email', '=', EMMA).execute();
    for (const t of threads) expect(html).toContain(`href="/threads/${t.id}"`);
    expect(html).toContain('Refresh from Shopify');
    expect((await agent.get(path('nobody@example.com'))).status).toBe(404);
  });

  it('adds a note and a tag from the forms: shown on the record and in the event log with the user id', async () => {
    const note = await agent.postForm(`${path(EMMA)}/notes`, { body: 'Prefers <b>DHL</b> deliveries.' });
    expect(note.status).toBe(303);
    expect(note.headers.get('location')).toBe(`${path(EMMA)}?done=note_added`);
    const tag = await agent.postForm(`${path(EMMA)}/tags`, { tag: 'Gift Wrap' });
    expect(tag.status).toBe(303);

    const html = await (await agent.get(`${path(EMMA)}?done=tag_added`)).text();
    expect(html).toContain('Tag added.');
    expect(html).toContain('Prefers &lt;b&gt;DHL&lt;/b&gt; deliveries.');
    expect(html).toContain('data-tag="gift-wrap"');
    expect(html).toMatch(/data-type="customer_tag_added"[^]*?Tag added: gift-wrap[^]*?by you/);

    const [noteEvent] = await eventsOf('customer_note_added', EMMA);
    expect(noteEvent).toMatchObject({ actor: d.agent.id });
    const stored = await d.deps.db.selectFrom('customer_notes').selectAll().where('customer_email', '=', EMMA).executeTakeFirstOrThrow();
    expect(stored.author).toBe(d.agent.id);
    expect(JSON.parse(noteEvent!.data)).toEqual({ noteId: stored.id });
    const tagEvents = await eventsOf('customer_tag_added', EMMA);
    expect(tagEvents.map((e) => [e.actor, JSON.parse(e.data)])).toEqual([[d.agent.id, { tag: 'gift-wrap' }]]);

    // The record as JSON and the owner's view show the same.
    const r = await record(owner, EMMA);
    expect(r.tags.staff).toEqual(['gift-wrap']);
    expect(r.notes.map((n) => n.body)).toEqual(['Prefers <b>DHL</b> deliveries.']);

    const removed = await owner.postForm(`${path(EMMA)}/tags/remove`, { tag: 'gift-wrap' });
    expect(removed.status).toBe(303);
    expect((await record(owner, EMMA)).tags.staff).toEqual([]);
    expect((await eventsOf('customer_tag_removed', EMMA)).map((e) => e.actor)).toEqual([d.owner.id]);
  });

  it('lets staff delete their own notes only', async () => {
    const res = await agent.postJson(`/api${path(HANNAH)}/notes`, { body: 'Called about the parcel.' });
    expect(res.status).toBe(200);
    const { note } = (await res.json()) as { note: { id: string; author: string } };
    expect(note.author).toBe(d.agent.id);
    const del = (s: Session) => d.app.request(`/api${path(HANNAH)}/notes/${note.id}`, { method: 'DELETE', headers: { Cookie: s.cookie, Origin: ORIGIN, 'x-csrf-token': s.csrf } });
    expect((await del(owner)).status).toBe(403);
    const ownerPage = await (await owner.get(path(HANNAH))).text();
    expect(ownerPage).toContain('Called about the parcel.');
    expect(ownerPage).not.toContain(`data-delete-note="${note.id}"`);
    expect(await (await agent.get(path(HANNAH))).text()).toContain(`data-delete-note="${note.id}"`);
    expect((await del(agent)).status).toBe(200);
    expect((await record(agent, HANNAH)).notes).toEqual([]);
    expect((await eventsOf('customer_note_deleted', HANNAH)).map((e) => e.actor)).toEqual([d.agent.id]);
    expect((await del(agent)).status).toBe(404);
    expect((await agent.postJson(`/api${path(HANNAH)}/notes`, { body: '   ' })).status).toBe(400);
  });

  it('refuses writes without the CSRF token, and anyone not signed in', async () => {
    const notes = () => d.deps.db.selectFrom('customer_notes').select('id').where('customer_email', '=', 'liam.obrien@example.net').execute();
    expect((await agent.postForm(`${path('liam.obrien@example.net')}/notes`, { body: 'no token' }, { csrf: null })).status).toBe(403);
    expect((await agent.postForm(`${path('liam.obrien@example.net')}/tags`, { tag: 'forged' }, { csrf: 'forged' })).status).toBe(403);
    expect((await agent.postJson(`/api${path('liam.obrien@example.net')}/notes`, { body: 'x' }, { 'x-csrf-token': 'forged' })).status).toBe(403);
    expect(await notes()).toEqual([]);
    expect((await record(agent, 'liam.obrien@example.net')).tags.staff).toEqual([]);

    const page = await d.app.request(path(EMMA));
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path(EMMA))}`);
    expect((await d.app.request('/api/customers')).status).toBe(401);
    expect((await d.app.request(`/api${path(EMMA)}/notes`, { method: 'POST', body: '{"body":"x"}', headers: { 'content-type': 'application/json', Origin: ORIGIN } })).status).toBe(401);
  });

  it('refreshes the profile from the shop, recorded with who asked', async () => {
    await d.deps.db.updateTable('customers').set({ orders_count: 0, total_spent: '0' }).where('email', '=', 'noah.williams@example.com').execute();
    const res = await owner.postForm(`${path('noah.williams@example.com')}/sync`, {});
    expect(res.status).toBe(303);
    const r = await record(owner, 'noah.williams@example.com');
    expect(r.customer).toMatchObject({ orders_count: 3, total_spent: '413.00' });
    expect((await eventsOf('customer_synced', 'noah.williams@example.com')).map((e) => [e.actor, JSON.parse(e.data)])).toEqual([[d.owner.id, { found: true }]]);
  });
});

describe('customer timeline', () => {
  it("lists a thread's events newest first, approval by the user included, each linking to its thread", async () => {
    const target = await d.deps.db.selectFrom('messages').select(['id', 'thread_id', 'state']).where('id', '=', d.ids['02-en-order-status-no-number.eml']!).executeTakeFirstOrThrow();
    expect(target.state).toBe('awaiting_review');
    const draft = await d.deps.db.selectFrom('drafts').select(['id']).where('message_id', '=', target.id).executeTakeFirstOrThrow();
    const email = (await d.deps.db.selectFrom('threads').select('customer_email').where('id', '=', target.thread_id!).executeTakeFirstOrThrow()).customer_email;
    expect((await agent.postJson(`/api/drafts/${draft.id}/approve`, { body: 'Your parcel is on its way.' })).status).toBe(200);

    const { timeline } = await record(agent, email);
    const ofThread = (e: TimelineEntry) => e.threadId === target.thread_id || e.messageId === target.id;
    const got = timeline.filter(ofThread);
    const expected = await d.deps.db
      .selectFrom('events')
      .select(['id', 'type', 'actor'])
      .where((eb) => eb.or([eb('thread_id', '=', target.thread_id), eb('message_id', '=', target.id)]))
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(got.map((e) => e.id)).toEqual(expected.map((e) => String(e.id)));
    const types = got.map((e) => e.type).reverse(); // oldest first
    const at = (t: string) => types.indexOf(t);
    expect(at('received')).toBe(0);
    expect(at('received')).toBeLessThan(at('drafted'));
    expect(at('drafted')).toBeLessThan(at('draft_edited'));
    expect(at('draft_edited')).toBeLessThan(at('sent'));
    expect(at('sent')).toBeLessThan(at('crm_email_out'));
    const approval = got.find((e) => e.type === 'state' && e.data['to'] === 'approved');
    expect(approval?.actor).toBe(d.agent.id);

    // The page shows the same order, without the pipeline's routine state moves.
    const html = await (await agent.get(path(email))).text();
    const shown = [...html.matchAll(/data-entry="(\d+)"/g)].map((m) => m[1]!).filter((id) => expected.some((e) => String(e.id) === id));
    expect(shown).toEqual(expected.map((e) => String(e.id)).filter((id) => shown.includes(id)));
    const shownTypes = shown.map((id) => got.find((e) => e.id === id)!.type);
    expect(shownTypes).toEqual(expect.arrayContaining(['received', 'drafted', 'draft_edited', 'sent', 'crm_email_in', 'crm_email_out']));
    expect(shown).toContain(approval!.id);
    expect(shownTypes.filter((t) => t === 'state')).toHaveLength(1); // only the approval
    expect(html).toContain(`href="/threads/${target.thread_id}#m-${target.id}"`);
    expect(html).toContain('Reply approved');
  });
});

describe('thread sidebar', () => {
  it("links the customer's name to the record and shows segment badges and staff tags", async () => {
    await agent.postJson(`/api${path(HANNAH)}/tags`, { tag: 'wholesale-lead' });
    const t = await d.deps.db.selectFrom('threads').select('id').where('customer_email', '=', HANNAH).executeTakeFirstOrThrow();
    const html = await (await agent.get(`/threads/${t.id}`)).text();
    expect(html).toMatch(new RegExp(`<a href="${path(HANNAH).replace(/[.]/g, '\\.')}"[^>]*data-customer-link[^>]*>\\s*Hannah Weber`));
    expect(html).toContain('data-segment="repeat_contacts"');
    expect(html).toContain('data-staff-tag="wholesale-lead"');
  });
});
