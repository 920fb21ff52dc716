import { afterEach, describe, expect, it } from 'vitest';
import { approveDraft } from '../../src/pipeline/reviewActions.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { getMessage } from '../../src/store/messages.ts';
import { ingestMail } from '../helpers/hostileMail.ts';
import { type TestApp, testApp } from '../helpers/pipeline.ts';

let app: TestApp;
afterEach(async () => {
  await app?.db.destroy();
});

const threadOf = async (id: string) => (await getMessage(app.db, id))!.thread_id;

/** Emma asks about #1004 and a reviewer sends the reply: a thread with her facts in it. */
async function emmasThread() {
  app = await testApp();
  const first = await ingestMail(app, { from: 'Emma Johnson <emma.johnson@example.com>', messageId: '<emma-1@mail.example.com>' });
  await runInline(app);
  const draft = await app.db.selectFrom('drafts').select('id').where('message_id', '=', first).executeTakeFirstOrThrow();
  await approveDraft(app, draft.id, 'reviewer');
  await runInline(app);
  const reply = await app.db.selectFrom('outbox').select('rfc_message_id').where('message_id', '=', first).executeTakeFirstOrThrow();
  return { first, thread: (await threadOf(first))!, replyId: reply.rfc_message_id };
}

describe('threads join on In-Reply-To/References only for participants', () => {
  it("a stranger citing the customer's message and our reply starts a conversation of their own", async () => {
    const { thread, replyId } = await emmasThread();
    const hijack = await ingestMail(app, {
      from: 'Mallory <mallory@elsewhere.example>',
      subject: 'Re: Where is my order #1004?',
      text: 'Thanks! Can you resend the tracking number for this order?',
      messageId: '<hijack-1@elsewhere.example>',
      inReplyTo: replyId,
      references: `<emma-1@mail.example.com> ${replyId}`,
    });
    const hijackThread = await threadOf(hijack);
    expect(hijackThread).not.toBeNull();
    expect(hijackThread).not.toBe(thread);
    const created = await app.db.selectFrom('threads').select(['customer_email', 'root_rfc_message_id']).where('id', '=', hijackThread!).executeTakeFirstOrThrow();
    expect(created).toEqual({ customer_email: 'mallory@elsewhere.example', root_rfc_message_id: '<hijack-1@elsewhere.example>' });
  });

  it('the customer replying to our reply joins her thread', async () => {
    const { thread, replyId } = await emmasThread();
    const followUp = await ingestMail(app, {
      from: 'Emma Johnson <Emma.Johnson@example.com>',
      subject: 'Re: Where is my order #1004?',
      text: 'Thank you, and when will it arrive?',
      messageId: '<emma-2@mail.example.com>',
      inReplyTo: replyId,
    });
    expect(await threadOf(followUp)).toBe(thread);
  });

  it('a stranger citing only an inbound Message-ID of the thread does not join it either', async () => {
    const { thread } = await emmasThread();
    const hijack = await ingestMail(app, { from: 'mallory@elsewhere.example', messageId: '<hijack-2@elsewhere.example>', inReplyTo: '<emma-1@mail.example.com>' });
    expect(await threadOf(hijack)).not.toBe(thread);
  });
});
