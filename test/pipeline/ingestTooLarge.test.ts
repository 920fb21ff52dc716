import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.ts';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { createWebApp } from '../../src/web/app.tsx';
import { testApp } from '../helpers/pipeline.ts';
import { login, OWNER } from '../web/deskTestApp.ts';

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
    // The runner leaves it alone: no triage, no draft.
    await runInline(deps);
    expect((await deps.db.selectFrom('messages').select('state').executeTakeFirstOrThrow()).state).toBe('failed');
    expect(await deps.db.selectFrom('drafts').select('id').execute()).toEqual([]);

    // The desk's Failed tab shows it with the reason, so a person knows to open it in the mailbox.
    await createUser(deps.db, OWNER, deps.now());
    const app = createWebApp(deps);
    const page = await (await login(app, OWNER)).get('/queue?tab=failed');
    const html = await page.text();
    expect(html).toContain('Photos of the damaged parcel');
    expect(html).toContain('too large: 412.0 MB, over the 30.0 MB limit');
    await deps.db.destroy();
  });
});
