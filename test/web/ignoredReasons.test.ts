// The desk shows why the loop guard stopped a message: "ignored: <reason>" in the Ignored tab, with
// the rule's code, and the same on the thread page.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { AGENT, type Desk, deskTestApp, login, type Session } from './deskTestApp.ts';

let d: Desk;
let agent: Session;
let bounceId: string;
let unreadableId: string;
beforeAll(async () => {
  d = await deskTestApp();
  const store = async (file: string) =>
    (await ingestRaw(d.deps.db, 'demo', { source: 'file', uid: null, raw: readFileSync(`test/fixtures-loop/${file}`) }, d.deps.now())).id;
  bounceId = await store('bounce-mixed-post-master.eml');
  unreadableId = await store('unreadable-empty-from.eml');
  await runInline(d.deps);
  agent = await login(d.app, AGENT);
});

describe('desk: loop-guard reasons', () => {
  it('stores the rule and the reason on the message', async () => {
    const rows = await d.deps.db.selectFrom('messages').select(['id', 'state', 'guard_code', 'reason']).where('id', 'in', [bounceId, unreadableId]).execute();
    expect(rows.find((r) => r.id === bounceId)).toMatchObject({ state: 'ignored', guard_code: 'bounce_sender', reason: 'delivery report from post_master@sms.carrier.example' });
    expect(rows.find((r) => r.id === unreadableId)).toMatchObject({ state: 'ignored', guard_code: 'unreadable_sender', reason: 'sender cannot be read: From: <>' });
  });

  it('shows "ignored: <reason>" with the rule in the Ignored tab', async () => {
    const html = await (await agent.get('/queue?tab=ignored')).text();
    expect(html).toContain('ignored: delivery report from post_master@sms.carrier.example');
    expect(html).toContain('title="loop guard: bounce_sender"');
    expect(html).toContain('ignored: sender cannot be read: From: &lt;&gt;');
  });

  it('shows the reason and the rule on the thread page', async () => {
    const m = await d.deps.db.selectFrom('messages').select('thread_id').where('id', '=', bounceId).executeTakeFirstOrThrow();
    const html = await (await agent.get(`/threads/${m.thread_id}`)).text();
    expect(html).toContain('delivery report from post_master@sms.carrier.example (loop guard: bounce_sender)');
  });
});
