import { beforeAll, describe, expect, it } from 'vitest';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { getMessage } from '../../src/store/messages.ts';
import { TRUSTED, ingestMail } from '../helpers/hostileMail.ts';
import { AGENT, type Desk, deskTestApp, login, type Session } from './deskTestApp.ts';

let d: Desk;
let agent: Session;
const ids: Record<string, string> = {};
beforeAll(async () => {
  d = await deskTestApp({ env: { TRUSTED_AUTHSERV_IDS: TRUSTED } });
  agent = await login(d.app, AGENT);
  const ask = { subject: 'Where is my order #1004?', text: 'Where is my order #1004? Tracking please.' };
  ids.replyTo = await ingestMail(d.deps, { from: 'Emma Johnson <emma.johnson@example.com>', replyTo: 'attacker@elsewhere.example', ...ask, messageId: '<desk-replyto@x>' });
  ids.unchecked = await ingestMail(d.deps, { from: 'Emma Johnson <emma.johnson@example.com>', ...ask, messageId: '<desk-unchecked@x>' });
  ids.authenticated = await ingestMail(d.deps, { from: 'Emma Johnson <emma.johnson@example.com>', authResults: [`${TRUSTED}; dmarc=pass header.from=example.com`], ...ask, messageId: '<desk-auth@x>' });
  await runInline(d.deps);
});

/** The thread page's HTML around one message's Send button. */
async function editorOf(id: string): Promise<string> {
  const m = (await getMessage(d.deps.db, id))!;
  expect(m.state).toBe('awaiting_review');
  const html = await (await agent.get(`/threads/${m.thread_id}`)).text();
  const start = html.indexOf(`data-approve`, html.indexOf(`id="m-${id}"`));
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('data-reject', start));
}

describe('the desk shows where the reply goes, next to the Send button', () => {
  it('Reply-To elsewhere: the reply goes to the From address, and the desk says identity not confirmed, in red, with the reason', async () => {
    const html = await editorOf(ids.replyTo!);
    expect(html).toContain('data-reply-to="emma.johnson@example.com"');
    expect(html).not.toContain('attacker@elsewhere.example"');
    expect(html).toContain('data-sender-check="not_confirmed"');
    expect(html).toMatch(/data-destination-warning[^]*Identity not confirmed: Reply-To \(attacker@elsewhere\.example\) differs from From/);
  });

  it('no trusted result: "sender not checked", no red warning', async () => {
    const html = await editorOf(ids.unchecked!);
    expect(html).toContain('data-reply-to="emma.johnson@example.com"');
    expect(html).toContain('sender not checked');
    expect(html).not.toContain('data-destination-warning');
  });

  it("authenticated and addressed to the order's email: no warning", async () => {
    const html = await editorOf(ids.authenticated!);
    expect(html).toContain('data-sender-check="authenticated"');
    expect(html).not.toContain('data-destination-warning');
  });

  it("flags an address that is not the order's email (a thread whose customer is someone else)", async () => {
    // A row from before threads checked participants: Mallory's message sits in Emma's thread.
    const emma = (await getMessage(d.deps.db, ids.unchecked!))!;
    await d.deps.db.updateTable('messages').set({ from_address: 'mallory@elsewhere.example' }).where('id', '=', ids.unchecked!).execute();
    const html = await editorOf(ids.unchecked!);
    expect(html).toContain('data-reply-to="mallory@elsewhere.example"');
    expect(html).toMatch(/data-destination-warning[^]*mallory@elsewhere\.example is not the order(&#39;|')s email \(emma\.johnson@example\.com\)/);
    await d.deps.db.updateTable('messages').set({ from_address: emma.from_address }).where('id', '=', ids.unchecked!).execute();
  });

  it('the JSON API carries the same destination', async () => {
    const m = (await getMessage(d.deps.db, ids.replyTo!))!;
    const view = (await (await agent.get(`/api/threads/${m.thread_id}`)).json()) as { items: { kind: string; message?: { id: string; destination: unknown } }[] };
    const item = view.items.find((i) => i.message?.id === ids.replyTo);
    expect(item?.message?.destination).toMatchObject({ address: 'emma.johnson@example.com', senderCheck: 'not_confirmed', warnings: [expect.stringMatching(/^Identity not confirmed/)] });
  });
});
