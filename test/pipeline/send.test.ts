import { afterEach, describe, expect, it } from 'vitest';
import { advance } from '../../src/pipeline/advance.ts';
import { ingestInbox, outboxFiles, type TestApp, testApp } from '../helpers/pipeline.ts';

let app: TestApp;
afterEach(async () => {
  await app?.db.destroy();
});

// The inbox fixtures carry no trusted Authentication-Results: their senders are "not checked".
const AUTO = { REVIEW_MODE: 'auto', AUTO_INTENTS: 'order_status', AUTO_CONFIDENCE: '0', AUTO_SEND_UNCHECKED_SENDERS: 'true' };

/** A message auto-approved and due for sending, plus the outbox row an earlier run left behind (if any). */
async function approvedWith(earlier: { status: string; sent_at?: string | null } | null) {
  app = await testApp({ env: AUTO });
  const { ['01-en-order-status-tracking.eml']: id } = await ingestInbox(app, ['01-en-order-status-tracking.eml']);
  await advance(app, id!); // triage
  expect((await advance(app, id!)).state).toBe('approved'); // resolve, draft, review
  if (earlier) {
    const draft = await app.db.selectFrom('drafts').select(['id', 'thread_id']).where('message_id', '=', id!).executeTakeFirstOrThrow();
    await app.db
      .insertInto('outbox')
      .values({
        id: 'earlier-run',
        message_id: id!,
        draft_id: draft.id,
        thread_id: draft.thread_id,
        rfc_message_id: '<earlier@demo-store.example>',
        from_address: 'support@demo-store.example',
        to_address: 'emma.johnson@example.com',
        subject: 'old subject',
        body: 'old body',
        in_reply_to: '<customer@example.com>',
        references: '[]',
        status: earlier.status,
        provider: 'eml',
        provider_id: null,
        error: earlier.status === 'failed' ? 'HTTP 503' : null,
        created_at: app.now().toISOString(),
        sent_at: earlier.sent_at ?? null,
      })
      .execute();
  }
  return id!;
}

const outboxRows = (id: string) => app.db.selectFrom('outbox').select(['id', 'status', 'subject']).where('message_id', '=', id).execute();

describe('send step: exactly one reply per message', () => {
  it('first attempt: claims the outbox row and sends once', async () => {
    const id = await approvedWith(null);
    expect(await advance(app, id)).toMatchObject({ step: 'send', state: 'sent', error: null });
    expect(await outboxRows(id)).toEqual([expect.objectContaining({ status: 'sent' })]);
    expect(outboxFiles(app)).toHaveLength(1);
  });

  it('a row still "sending" (an earlier run died mid-send) is flagged for a person and not sent again', async () => {
    const id = await approvedWith({ status: 'sending' });
    expect((await advance(app, id)).state).toBe('needs_attention');
    expect(await outboxRows(id)).toEqual([{ id: 'earlier-run', status: 'needs_attention', subject: 'old subject' }]);
    expect(outboxFiles(app)).toHaveLength(0);
  });

  it('a row the provider refused ("failed") is sent again, once, with the current draft', async () => {
    const id = await approvedWith({ status: 'failed' });
    expect((await advance(app, id)).state).toBe('sent');
    const rows = await outboxRows(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'earlier-run', status: 'sent' });
    expect(rows[0]!.subject).not.toBe('old subject');
    expect(outboxFiles(app)).toHaveLength(1);
  });

  it('a row already "sent" moves the message on without sending again', async () => {
    const id = await approvedWith({ status: 'sent', sent_at: '2026-11-24T09:00:01.000Z' });
    expect((await advance(app, id)).state).toBe('sent');
    expect(outboxFiles(app)).toHaveLength(0);
  });
});
