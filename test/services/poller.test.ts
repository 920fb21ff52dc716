// The mailbox poller of `deskhand start` against a real Dovecot: a backfill of waiting mail,
// then new mail picked up through IDLE and taken through the inline pipeline.
import { execFileSync } from 'node:child_process';
import { realClockEnv } from './support/realClockEnv.ts';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAP_MAILBOX_ID, openMailbox, startPoller } from '../../src/commands/poll.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { ensureMailbox, mailboxCursorStore } from '../../src/store/mailboxes.ts';
import { type TestApp, testApp } from '../helpers/pipeline.ts';

const PORT = Number(process.env.DOVECOT_PORT ?? 1143);
const USER = process.env.DOVECOT_USER ?? 'deskhand';
const PASSWORD = process.env.DOVECOT_PASSWORD ?? 'deskhand';
const SCRIPT = fileURLToPath(new URL('../../scripts/services/dovecot.sh', import.meta.url));

const portOpen = () =>
  new Promise<boolean>((resolve) => {
    const s = connect(PORT, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

/** A fixture email with a fresh Message-ID, so every run is new mail. */
function fixtureMail(file: string): { raw: Buffer; messageId: string } {
  const messageId = `<${randomUUID()}@poller.test>`;
  const raw = readFileSync(`fixtures/inbox/${file}`, 'latin1').replace(/^Message-ID:.*$/im, `Message-ID: ${messageId}`);
  return { raw: Buffer.from(raw, 'latin1'), messageId };
}

async function waitFor<T>(what: () => Promise<T | undefined>, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

let admin: ImapFlow;
let app: TestApp;
const folder = `poller-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  if (!(await portOpen())) execFileSync(SCRIPT, ['start'], { stdio: 'inherit', timeout: 300_000, env: realClockEnv() });
  admin = new ImapFlow({ host: '127.0.0.1', port: PORT, secure: false, doSTARTTLS: false, auth: { user: USER, pass: PASSWORD }, logger: false });
  await admin.connect();
  await admin.mailboxCreate(folder);
  app = await testApp({ env: { IMAP_HOST: '127.0.0.1', IMAP_PORT: String(PORT), IMAP_SECURE: 'false', IMAP_USER: USER, IMAP_PASSWORD: PASSWORD, IMAP_MAILBOX: folder } });
  await ensureMailbox(app.db, app.config, IMAP_MAILBOX_ID, 'imap', app.now());
});

afterAll(async () => {
  await admin?.mailboxDelete(folder).catch(() => undefined);
  await admin?.logout();
  await app?.db.destroy();
});

describe('mailbox poller (deskhand start) on Dovecot', () => {
  it('backfills waiting mail, then takes new mail through the pipeline as it arrives', async () => {
    const waiting = [fixtureMail('01-en-order-status-tracking.eml'), fixtureMail('31-es-cancel-order.eml')];
    for (const m of waiting) await admin.append(folder, m.raw);

    const mailbox = openMailbox(app.config, mailboxCursorStore(app.db, IMAP_MAILBOX_ID), app.log);
    expect(mailbox?.kind).toBe('imap');
    const poller = startPoller(app, mailbox!, IMAP_MAILBOX_ID, 30_000, async () => void (await runInline(app)));
    try {
      const stateOf = (messageId: string) => async () =>
        (await app.db.selectFrom('messages').select('state').where('rfc_message_id', '=', messageId).executeTakeFirst())?.state;
      for (const m of waiting) expect(await waitFor(async () => ((await stateOf(m.messageId)()) === 'awaiting_review' ? 'ok' : undefined), 10_000)).toBe('ok');

      // New mail while the poller waits in IDLE (the poll interval is 30 s, so only IDLE can be this quick).
      const fresh = fixtureMail('40-fr-order-status.eml');
      await admin.append(folder, fresh.raw);
      expect(await waitFor(async () => ((await stateOf(fresh.messageId)()) === 'awaiting_review' ? 'ok' : undefined), 5_000)).toBe('ok');

      const cursor = await mailboxCursorStore(app.db, IMAP_MAILBOX_ID).load();
      expect(cursor.lastUid).toBe(3);
      expect(await app.db.selectFrom('messages').select('id').where('mailbox_id', '=', IMAP_MAILBOX_ID).execute()).toHaveLength(3);
    } finally {
      await poller.stop();
    }
  });
});
