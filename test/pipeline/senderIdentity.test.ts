import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { approveDraft } from '../../src/pipeline/reviewActions.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { getMessage } from '../../src/store/messages.ts';
import { TRUSTED, ingestMail, type RawMailSpec } from '../helpers/hostileMail.ts';
import { type TestApp, testApp } from '../helpers/pipeline.ts';

// Order #1004 belongs to emma.johnson@example.com; these are facts only she may read.
const EMMA = 'Emma Johnson <emma.johnson@example.com>';
const TRACKING_1004 = '1Z999AA10123456784';
const ITEM_1004 = 'Merino Crew Sweater';
const AUTO = { REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0', TRUSTED_AUTHSERV_IDS: TRUSTED };

let app: TestApp;
afterEach(async () => {
  await app?.db.destroy();
});

async function run(spec: Omit<RawMailSpec, 'messageId'>, env: Record<string, string> = {}) {
  app = await testApp({ env: { ...AUTO, ...env } });
  const id = await ingestMail(app, { messageId: '<hostile-1@mail.example>', ...spec });
  await runInline(app);
  const row = (await getMessage(app.db, id))!;
  const draft = await app.db.selectFrom('drafts').selectAll().where('message_id', '=', id).executeTakeFirst();
  return { id, row, draft };
}

/** Every .eml the outbox wrote, parsed back by mailparser: who it went to and what it says. */
async function outbox() {
  const rows = await app.db.selectFrom('outbox').select(['provider_id', 'to_address']).where('status', '=', 'sent').execute();
  return Promise.all(
    rows.map(async (r) => {
      const mail = await simpleParser(readFileSync(r.provider_id!));
      const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address));
      return { to, text: mail.text ?? '', headers: mail.headers };
    }),
  );
}

const passFor = (domain: string) => `${TRUSTED}; dkim=pass header.d=${domain} header.s=sel; spf=pass smtp.mailfrom=bounce@${domain}; dmarc=pass (p=reject) header.from=${domain}`;

describe('the reply goes only to the verified owner', () => {
  it('Reply-To elsewhere: identity not confirmed, a draft without order facts, never auto-sent; approved, the .eml goes to the From address', async () => {
    // Even with the sender authenticated and unchecked senders allowed, the Reply-To alone stops it.
    const { id, row, draft } = await run(
      { from: EMMA, replyTo: 'Emma <attacker@elsewhere.example>', authResults: [passFor('example.com')] },
      { AUTO_SEND_UNCHECKED_SENDERS: 'true' },
    );
    expect(row.sender_check).toBe('not_confirmed');
    expect(row.sender_check_reason).toContain('Reply-To (attacker@elsewhere.example) differs from From (emma.johnson@example.com)');
    expect(row.state).toBe('awaiting_review');
    expect(row.reason).toMatch(/identity unconfirmed/);
    expect(draft!.body).not.toContain(TRACKING_1004);
    expect(draft!.body).not.toContain(ITEM_1004);
    expect(draft!.body).toMatch(/email address that was used at checkout/);

    await approveDraft(app, draft!.id, 'reviewer');
    await runInline(app);
    const sent = await outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual(['emma.johnson@example.com']);
    expect(sent[0]!.text).not.toContain(TRACKING_1004);
    expect((await app.db.selectFrom('outbox').select('to_address').where('message_id', '=', id).executeTakeFirstOrThrow()).to_address).toBe('emma.johnson@example.com');
  });

  it('a Sender header naming someone else: identity not confirmed', async () => {
    const { row, draft } = await run({ from: EMMA, sender: 'attacker@elsewhere.example', authResults: [passFor('example.com')] });
    expect(row.sender_check).toBe('not_confirmed');
    expect(row.sender_check_reason).toMatch(/^Sender \(attacker@elsewhere\.example\)/);
    expect(row.state).toBe('awaiting_review');
    expect(draft!.body).not.toContain(TRACKING_1004);
  });

  it('a second From header: identity not confirmed', async () => {
    const { row, draft } = await run({ from: [EMMA, 'attacker@elsewhere.example'], authResults: [passFor('example.com')] });
    expect(row.from_address).toBe('emma.johnson@example.com');
    expect(row.sender_check).toBe('not_confirmed');
    expect(row.sender_check_reason).toMatch(/second From address \(attacker@elsewhere\.example\)/);
    expect(draft!.body).not.toContain(TRACKING_1004);
  });
});

describe('sender authentication from trusted Authentication-Results only', () => {
  it('a forged From the trusted server failed DMARC for: no order facts, not sent', async () => {
    const { row, draft } = await run({
      from: EMMA,
      authResults: [`${TRUSTED}; spf=fail smtp.mailfrom=attacker@elsewhere.example; dkim=none; dmarc=fail (p=none) header.from=example.com`],
    });
    expect(row.sender_check).toBe('not_confirmed');
    expect(row.sender_check_reason).toBe(`${TRUSTED} reports dmarc=fail for example.com`);
    expect(row.state).toBe('awaiting_review');
    expect(draft!.body).not.toContain(TRACKING_1004);
    expect(draft!.body).not.toContain(ITEM_1004);
    expect(JSON.parse(row.facts!)).toMatchObject({ identity: 'unconfirmed', orders: [], customer: null });
  });

  it('no aligned pass from the trusted server (dkim for another domain): not confirmed', async () => {
    const { row } = await run({ from: EMMA, authResults: [`${TRUSTED}; dkim=pass header.d=elsewhere.example; spf=none; dmarc=none`] });
    expect(row.sender_check).toBe('not_confirmed');
    expect(row.sender_check_reason).toMatch(/no aligned dkim=pass or spf=pass for example\.com/);
  });

  it("an untrusted server's dmarc=pass is ignored: sender not checked, and not auto-sent", async () => {
    const { row, draft } = await run({ from: EMMA, authResults: ['mx.elsewhere.example; dkim=pass header.d=example.com; dmarc=pass header.from=example.com'] });
    expect(row.sender_check).toBe('not_checked');
    expect(row.state).toBe('awaiting_review');
    expect(row.reason).toMatch(/sender not checked/);
    // Not checked is not a contradiction: the draft may use her facts (it can only go to her address).
    expect(draft!.body).toContain(TRACKING_1004);
  });

  it("a trusted-looking header below the trusted server's own is ignored (the sender wrote it)", async () => {
    const { row } = await run({
      from: EMMA,
      authResults: [`${TRUSTED}; dmarc=fail header.from=example.com`, passFor('example.com')],
    });
    expect(row.sender_check).toBe('not_confirmed');
  });

  it('trusted dmarc=pass for the From domain: authenticated, auto-sent with her order facts to her address', async () => {
    const { row } = await run({ from: EMMA, replyTo: 'emma.johnson@EXAMPLE.com', authResults: [passFor('example.com')] });
    expect(row.sender_check).toBe('authenticated');
    expect(row.state).toBe('logged');
    const sent = await outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual(['emma.johnson@example.com']);
    expect(sent[0]!.text).toContain(TRACKING_1004);
  });

  it('no trusted result: auto-sent only when the owner opted in (AUTO_SEND_UNCHECKED_SENDERS)', async () => {
    const waits = await run({ from: EMMA });
    expect(waits.row.sender_check).toBe('not_checked');
    expect(waits.row.state).toBe('awaiting_review');
    await app.db.destroy();
    const sent = await run({ from: EMMA }, { AUTO_SEND_UNCHECKED_SENDERS: 'true' });
    expect(sent.row.sender_check).toBe('not_checked');
    expect(sent.row.state).toBe('logged');
  });
});
