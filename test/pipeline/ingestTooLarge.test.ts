import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import { testApp } from '../helpers/pipeline.ts';

/** The header block of a message, as IMAP's BODY.PEEK[HEADER] returns it (ends with the blank line). */
async function headerBlock(): Promise<Buffer> {
  const raw = await new MailComposer({ from: 'Ana Lima <ana@example.com>', to: 'support@demo-store.example', subject: 'Photos of the damaged parcel', text: 'x', messageId: '<big-1@mail.example.com>' }).compile().build();
  return raw.subarray(0, raw.indexOf('\r\n\r\n') + 4);
}

describe('ingest of a message over the size limit', () => {
  it('stores it as failed with a "too large" reason and its real size, with sender and subject, and never processes it', async () => {
    const deps = await testApp();
    const raw = await headerBlock();
    const size = 412 * 1024 * 1024;
    const res = await ingestRaw(deps.db, 'demo', { source: 'imap', uid: 42, raw, tooLarge: { size, limit: 30 * 1024 * 1024 } }, deps.now());
    expect(res).toMatchObject({ status: 'stored', state: 'failed' });
    const row = await deps.db.selectFrom('messages').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'failed', raw_size: size, from_address: 'ana@example.com', subject: 'Photos of the damaged parcel', rfc_message_id: '<big-1@mail.example.com>' });
    expect(row.reason).toBe('too large: 412.0 MB, over the 30.0 MB limit (MAX_MAIL_BYTES); not downloaded, read it in the mailbox');
    // Fetched again (a crash before the cursor moved): the same message, not a second row.
    const again = await ingestRaw(deps.db, 'demo', { source: 'imap', uid: 42, raw, tooLarge: { size, limit: 30 * 1024 * 1024 } }, deps.now());
    expect(again).toEqual({ status: 'duplicate', id: row.id });
    await deps.db.destroy();
  });
});
