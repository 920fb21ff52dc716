import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { approveDraft } from '../../src/pipeline/reviewActions.ts';
import { SendGridSender } from '../../src/send/sendgridSender.ts';
import { TRUSTED, ingestMail } from '../helpers/hostileMail.ts';
import { requestLog, useMswServer } from '../helpers/msw.ts';
import { type TestApp, testApp } from '../helpers/pipeline.ts';

const server = useMswServer();
const MAIL_SEND = 'https://api.sendgrid.com/v3/mail/send';

// Auto mode: an authenticated order-status question is sent unreviewed; one that is not waits
// for a person (here: no trusted Authentication-Results and no opt-in).
const ENV = { REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0', TRUSTED_AUTHSERV_IDS: TRUSTED };
const AUTHENTICATED = [`${TRUSTED}; dkim=pass header.d=example.com; dmarc=pass header.from=example.com`];

let app: TestApp;
afterEach(async () => {
  await app?.db.destroy();
});

/** One auto-sent reply and one a person approved, through the whole pipeline. */
async function sendBoth(): Promise<{ auto: string; human: string }> {
  const auto = await ingestMail(app, { from: 'emma.johnson@example.com', messageId: '<auto-1@mail.example.com>', authResults: AUTHENTICATED });
  const human = await ingestMail(app, { from: 'noah.williams@example.com', subject: 'Where is my order #1003?', text: 'Where is my order #1003 please?', messageId: '<human-1@mail.example.com>' });
  await runInline(app);
  const draft = await app.db.selectFrom('drafts').select(['id', 'approved_by']).where('message_id', '=', human).executeTakeFirstOrThrow();
  expect(draft.approved_by).toBeNull(); // it waited for review
  await approveDraft(app, draft.id, 'reviewer');
  await runInline(app);
  const approvedBy = await app.db.selectFrom('drafts').select(['message_id', 'approved_by']).execute();
  expect(Object.fromEntries(approvedBy.map((d) => [d.message_id, d.approved_by]))).toEqual({ [auto]: 'auto', [human]: 'reviewer' });
  return { auto, human };
}

describe('replies sent without a person say so (RFC 3834)', () => {
  it('.eml outbox: Auto-Submitted and X-Auto-Response-Suppress on the auto-sent reply only', async () => {
    app = await testApp({ env: ENV });
    const ids = await sendBoth();
    const eml = async (id: string) => {
      const row = await app.db.selectFrom('outbox').select(['provider_id', 'status']).where('message_id', '=', id).executeTakeFirstOrThrow();
      expect(row.status).toBe('sent');
      return (await simpleParser(readFileSync(row.provider_id!))).headers;
    };
    const auto = await eml(ids.auto);
    expect(auto.get('auto-submitted')).toBe('auto-replied');
    expect(auto.get('x-auto-response-suppress')).toBe('All');
    const human = await eml(ids.human);
    expect(human.has('auto-submitted')).toBe(false);
    expect(human.has('x-auto-response-suppress')).toBe(false);
  });

  it('SendGrid: the mail/send JSON carries the headers on the auto-sent reply only', async () => {
    const seen = requestLog();
    server.use(
      http.post(MAIL_SEND, async ({ request }) => {
        await seen.record(request);
        return new HttpResponse(null, { status: 202, headers: { 'X-Message-Id': `sg-${seen.all.length}` } });
      }),
    );
    app = await testApp({ env: ENV, sender: new SendGridSender({ apiKey: 'SG.test-key.abc', sandbox: false }) });
    await sendBoth();
    expect(seen.all).toHaveLength(2);
    const bodies = seen.all.map((r) => r.json<{ personalizations: { to: { email: string }[] }[]; headers: Record<string, string> }>());
    const byRecipient = Object.fromEntries(bodies.map((b) => [b.personalizations[0]!.to[0]!.email, b.headers]));
    expect(byRecipient['emma.johnson@example.com']).toMatchObject({ 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' });
    expect(byRecipient['noah.williams@example.com']).not.toHaveProperty('Auto-Submitted');
    expect(byRecipient['noah.williams@example.com']).not.toHaveProperty('X-Auto-Response-Suppress');
  });
});
