import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { ActionCheck } from '../../src/domain/actionCheck.ts';
import type { ProposedAction } from '../../src/domain/shop.ts';
import { OpenAIClassifier } from '../../src/llm/openaiClassifier.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { approveProposedAction, ReviewError } from '../../src/pipeline/reviewActions.ts';
import { requestLog, useMswServer } from '../helpers/msw.ts';
import { ingestInbox, testApp } from '../helpers/pipeline.ts';
import { type Desk, deskTestApp, login, OWNER, type Session } from './deskTestApp.ts';

// A proposed action (address change, which order, refund amount) is cross-checked against the
// customer's own message and the order before one-click approval (src/domain/actionCheck.ts).

const ADDRESS_FILE = '05-en-change-address.eml'; // olivia.brown@example.org moves #1032 to Flat 2, 19 Marchmont Road, Edinburgh EH9 1HY

const server = useMswServer();
const OPENAI_URL = 'https://api.openai.com/v1/chat/completions';
/** The model's classify_email call for 05-en-change-address.eml, with an address that is not in the email. */
const MODEL_ARGS = {
  intent: 'change_address',
  action: 'reply',
  orderNumbers: ['#1032'],
  language: 'en',
  entities: { trackingNumbers: [], productQuery: null, newAddress: '221B Baker Street\nLondon NW1 6XE', discountCode: null },
  confidence: 0.93,
  reasons: ['new address'],
  escalation: null,
};
/** A chat.completion with the one forced tool call, shaped like the API reference's example. */
const completion = (args: unknown) => ({
  id: 'chatcmpl-actioncheck',
  object: 'chat.completion',
  created: 1741569952,
  model: 'gpt-4o-mini-2024-07-18',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'classify_email', arguments: JSON.stringify(args) } }], refusal: null },
      logprobs: null,
      finish_reason: 'stop',
    },
  ],
  usage: { prompt_tokens: 900, completion_tokens: 60, total_tokens: 960 },
});

let d: Desk;
let owner: Session;
beforeAll(async () => {
  d = await deskTestApp();
  owner = await login(d.app, OWNER);
});

const draftOf = (file: string) => d.deps.db.selectFrom('drafts').selectAll().where('message_id', '=', d.ids[file]!).executeTakeFirstOrThrow();
const setAction = (draftId: string, action: ProposedAction) =>
  d.deps.db.updateTable('drafts').set({ proposed_action: JSON.stringify(action), action_status: 'proposed', action_check: null }).where('id', '=', draftId).execute();

describe('proposed action cross-check', () => {
  it('a model-proposed address that is not in the email is recorded as a mismatch at draft time and blocks approval', async () => {
    const app = await testApp();
    // The real OpenAI classifier; the model (msw at the HTTP boundary) proposes an address the customer never wrote.
    const seen = requestLog();
    server.use(
      http.post(OPENAI_URL, async ({ request }) => {
        await seen.record(request);
        return HttpResponse.json(completion(MODEL_ARGS));
      }),
    );
    app.classifier = new OpenAIClassifier({ apiKey: 'sk-test-123', model: 'gpt-4o-mini', timeoutMs: 20_000, maxRetries: 0 });
    const ids = await ingestInbox(app, [ADDRESS_FILE]);
    await runInline(app);
    expect(seen.all).toHaveLength(1);
    const message = await app.db.selectFrom('messages').select('classification').where('id', '=', ids[ADDRESS_FILE]!).executeTakeFirstOrThrow();
    expect(JSON.parse(message.classification!)).toMatchObject({ source: 'openai' });
    const draft = await app.db.selectFrom('drafts').selectAll().where('message_id', '=', ids[ADDRESS_FILE]!).executeTakeFirstOrThrow();
    expect(JSON.parse(draft.proposed_action!)).toMatchObject({ kind: 'change_address', orderName: '#1032', newAddress: '221B Baker Street\nLondon NW1 6XE' });
    const check = ActionCheck.parse(JSON.parse(draft.action_check!));
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([
      'The new address part "221B Baker Street" does not appear in the customer\'s message.',
      'The new address part "London NW1 6XE" does not appear in the customer\'s message.',
    ]);

    const before = (await app.shop.orderByName('#1032'))!.shippingAddress;
    const err = await approveProposedAction(app, draft.id, 'someone').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReviewError);
    expect((err as ReviewError).status).toBe(409);
    expect((err as ReviewError).message).toMatch(/does not match the customer's email or the order.*221B Baker Street/);
    expect((await app.shop.orderByName('#1032'))!.shippingAddress).toEqual(before);
    expect((await app.db.selectFrom('drafts').select('action_status').where('id', '=', draft.id).executeTakeFirstOrThrow()).action_status).toBe('proposed');
  });

  it('the genuine address change passes the check, shows as checked, and one click runs it', async () => {
    const draft = await draftOf(ADDRESS_FILE);
    expect(ActionCheck.parse(JSON.parse(draft.action_check!))).toEqual({ ok: true, problems: [] });
    const html = await (await owner.get(`/threads/${draft.thread_id}`)).text();
    expect(html).toContain('data-action-check-ok');
    expect(html).not.toContain('data-override');
    const res = await owner.postJson(`/api/drafts/${draft.id}/action/approve`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    expect((await d.shop.orderByName('#1032'))!.shippingAddress).toMatchObject({ address1: 'Flat 2' });
  });

  it('an action on an order of another customer is refused by the approve endpoint and shown to the reviewer', async () => {
    const draft = await draftOf('06-en-refund-status.eml'); // daniel.kim@example.com
    const liams = (await d.shop.orderByName('#1031'))!; // liam.obrien@example.net
    await setAction(draft.id, { kind: 'cancel_order', orderId: liams.id, orderName: liams.name, reason: 'CUSTOMER', refund: true, restock: true });

    const res = await owner.postJson(`/api/drafts/${draft.id}/action/approve`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toMatch(/Order #1031 does not belong to the verified customer daniel\.kim@example\.com/);
    expect((await d.shop.orderByName('#1031'))!.cancelledAt).toBeNull();

    // The form route refuses too, and the thread shows the reason beside the action with an explicit override.
    const form = await owner.postForm(`/drafts/${draft.id}/action/approve`, {});
    expect(form.status).toBe(409);
    const html = await form.text();
    expect(html).toContain('data-action-check');
    expect(html).toContain('Order #1031 does not belong to the verified customer');
    expect(html).toContain('name="override"');
    expect((await d.shop.orderByName('#1031'))!.cancelledAt).toBeNull();
  });

  it('a refund above what was paid (minus what was refunded) is refused; the reviewer can override explicitly, and that is logged', async () => {
    const draft = await draftOf('06-en-refund-status.eml');
    const order = (await d.shop.orderByName('#1015'))!; // 139.00 EUR paid, 89.00 refunded
    await setAction(draft.id, { kind: 'refund_order', orderId: order.id, orderName: order.name, amount: { amount: '120.00', currencyCode: 'EUR' }, note: null });

    const res = await owner.postJson(`/api/drafts/${draft.id}/action/approve`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: string }).error).toMatch(/refund of 120\.00 EUR is more than the 50\.00 EUR still refundable on #1015/);
    expect((await d.shop.orderByName('#1015'))!.refunds).toHaveLength(1);

    // A refund within what is left passes with one click.
    await setAction(draft.id, { kind: 'refund_order', orderId: order.id, orderName: order.name, amount: { amount: '20.00', currencyCode: 'EUR' }, note: null });
    const ok = await owner.postJson(`/api/drafts/${draft.id}/action/approve`);
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
    expect((await d.shop.orderByName('#1015'))!.refunds).toHaveLength(2);
  });

  it('an override runs a mismatching action and records the mismatches with who approved it', async () => {
    const draft = await draftOf('04-en-cancel-order.eml'); // liam.obrien@example.net, #1031
    const liams = (await d.shop.orderByName('#1031'))!;
    await setAction(draft.id, { kind: 'change_address', orderId: liams.id, orderName: liams.name, newAddress: '1 Nowhere Lane' });
    expect((await owner.postJson(`/api/drafts/${draft.id}/action/approve`)).status).toBe(409);
    const res = await owner.postJson(`/api/drafts/${draft.id}/action/approve`, { override: true });
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
    expect((await d.shop.orderByName('#1031'))!.shippingAddress).toMatchObject({ address1: '1 Nowhere Lane' });
    const ev = await d.deps.db.selectFrom('events').selectAll().where('message_id', '=', draft.message_id).where('type', '=', 'action_approved').executeTakeFirstOrThrow();
    expect(ev.actor).toBe(d.owner.id);
    expect(JSON.parse(ev.data)).toMatchObject({ overridden: ['The new address part "1 Nowhere Lane" does not appear in the customer\'s message.'] });
  });
});
