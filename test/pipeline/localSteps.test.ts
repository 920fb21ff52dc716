import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { advance } from '../../src/pipeline/advance.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { ingestInbox, type TestApp, testApp } from '../helpers/pipeline.ts';

let app: TestApp;
afterEach(async () => {
  await app?.db.destroy();
});

const stateEvents = async (id: string) =>
  (await app.db.selectFrom('events').select('data').where('message_id', '=', id).where('type', '=', 'state').orderBy('id').execute()).map(
    (e) => `${(JSON.parse(e.data) as { from: string }).from}→${(JSON.parse(e.data) as { to: string }).to}`,
  );

/** A "where is my order" email from the order's owner: replies, so it goes through every step. */
const WISMO = '01-en-order-status-tracking.eml';

describe('local steps (draft, review) run in the transaction of the step before them', () => {
  it('one advance takes a message from triaged through resolve, draft and review, with every transition logged', async () => {
    app = await testApp();
    const { [WISMO]: id } = await ingestInbox(app, [WISMO]);
    expect((await advance(app, id!)).state).toBe('triaged');
    const r = await advance(app, id!);
    expect(r).toMatchObject({ step: 'resolve', error: null, state: 'awaiting_review' });
    expect(await stateEvents(id!)).toEqual(['received→triaged', 'triaged→resolved', 'resolved→drafted', 'drafted→awaiting_review']);
    const draft = await app.db.selectFrom('drafts').select(['status', 'body']).where('message_id', '=', id!).executeTakeFirstOrThrow();
    expect(draft.status).toBe('pending');
    expect(draft.body).toContain('#1004');
  });

  it('a local step that fails is undone alone: the step before it commits, and the failing step retries on its own with its reason', async () => {
    app = await testApp();
    const { [WISMO]: id } = await ingestInbox(app, [WISMO]);
    await advance(app, id!);
    // The database refuses draft rows (as a full disk or a broken migration would).
    await sql`create trigger no_drafts before insert on drafts begin select raise(abort, 'drafts table is read-only'); end`.execute(app.db);
    const r = await advance(app, id!);
    expect(r).toMatchObject({ step: 'resolve', error: null, state: 'resolved' });
    const resolved = await app.db.selectFrom('messages').select(['state', 'facts', 'attempts']).where('id', '=', id!).executeTakeFirstOrThrow();
    expect(resolved).toMatchObject({ state: 'resolved', attempts: 0 });
    expect(resolved.facts).toContain('#1004');

    const again = await advance(app, id!);
    expect(again.step).toBe('draft');
    expect(again.error).toContain('drafts table is read-only');
    const row = await app.db.selectFrom('messages').select(['state', 'attempts', 'reason']).where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'resolved', attempts: 1 });
    expect(row.reason).toMatch(/^draft: .*read-only.*will retry/);

    await sql`drop trigger no_drafts`.execute(app.db);
    app.clock.advance(60 * 60_000);
    await runInline(app);
    expect((await app.db.selectFrom('messages').select('state').where('id', '=', id!).executeTakeFirstOrThrow()).state).toBe('awaiting_review');
    expect(await stateEvents(id!)).toEqual(['received→triaged', 'triaged→resolved', 'resolved→drafted', 'drafted→awaiting_review']);
  });
});

describe('record step', () => {
  it('writes the customer profile and both emails of the thread once, in the commit that logs the message', async () => {
    app = await testApp({ env: { REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0', AUTO_SEND_UNCHECKED_SENDERS: 'true' } });
    const { [WISMO]: id } = await ingestInbox(app, [WISMO]);
    await runInline(app);
    const msg = await app.db.selectFrom('messages').select(['state', 'from_address']).where('id', '=', id!).executeTakeFirstOrThrow();
    expect(msg.state).toBe('logged');
    const customers = await app.db.selectFrom('customers').selectAll().where('email', '=', msg.from_address!.toLowerCase()).execute();
    expect(customers).toHaveLength(1);
    expect(customers[0]!.shopify_id).not.toBeNull();
    expect(customers[0]!.first_order_at).not.toBeNull();
    const timeline = await app.db.selectFrom('events').select('type').where('message_id', '=', id!).where('type', 'like', 'crm_email_%').orderBy('id').execute();
    expect(timeline.map((e) => e.type)).toEqual(['crm_email_in', 'crm_email_out']);
  });

  it('a failure writing the CRM record leaves the message sent, with nothing half-written, and it retries', async () => {
    app = await testApp({ env: { REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0', AUTO_SEND_UNCHECKED_SENDERS: 'true' } });
    const { [WISMO]: id } = await ingestInbox(app, [WISMO]);
    await sql`create trigger no_timeline before insert on events when new.type = 'crm_email_out' begin select raise(abort, 'timeline unavailable'); end`.execute(app.db);
    await runInline(app);
    const row = await app.db.selectFrom('messages').select(['state', 'reason']).where('id', '=', id!).executeTakeFirstOrThrow();
    expect(row.state).toBe('sent');
    expect(row.reason).toMatch(/^record: .*timeline unavailable/);
    // All or nothing: the inbound email did not reach the timeline either.
    expect(await app.db.selectFrom('events').select('id').where('message_id', '=', id!).where('type', '=', 'crm_email_in').execute()).toEqual([]);
    await sql`drop trigger no_timeline`.execute(app.db);
    app.clock.advance(60 * 60_000);
    await runInline(app);
    expect((await app.db.selectFrom('messages').select('state').where('id', '=', id!).executeTakeFirstOrThrow()).state).toBe('logged');
  });
});
