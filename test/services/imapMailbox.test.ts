// ImapMailbox against a real Dovecot (scripts/services/dovecot.sh). Every test works in its own
// freshly created mailbox, so the tests do not see each other's mail.
import { execFileSync } from 'node:child_process';
import { realClockEnv } from './support/realClockEnv.ts';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CursorStore, MailboxCursor } from '../../src/mail/cursor.ts';
import { ImapMailbox } from '../../src/mail/imapMailbox.ts';
import type { ImapMailboxOptions } from '../../src/mail/imapMailbox.ts';
import type { RawMessage } from '../../src/mail/port.ts';

const HOST = '127.0.0.1';
const PORT = Number(process.env.DOVECOT_PORT ?? 1143);
const USER = process.env.DOVECOT_USER ?? 'deskhand';
const PASSWORD = process.env.DOVECOT_PASSWORD ?? 'deskhand';
const OAUTH_PORT = Number(process.env.DOVECOT_OAUTH_PORT ?? 1144);
const SCRIPT = fileURLToPath(new URL('../../scripts/services/dovecot.sh', import.meta.url));

class MemoryCursorStore implements CursorStore {
  saves: MailboxCursor[] = [];
  cursor: MailboxCursor;
  constructor(cursor: MailboxCursor = { uidValidity: null, lastUid: 0 }) {
    this.cursor = cursor;
  }
  async load(): Promise<MailboxCursor> {
    return { ...this.cursor };
  }
  async save(cursor: MailboxCursor): Promise<void> {
    this.cursor = { ...cursor };
    this.saves.push({ ...cursor });
  }
}

function portOpen(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(PORT, HOST);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function dovecot(command: 'start' | 'restart'): void {
  execFileSync(SCRIPT, [command], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000, env: realClockEnv() });
}

function adminClient(): ImapFlow {
  return new ImapFlow({ host: HOST, port: PORT, secure: false, auth: { user: USER, pass: PASSWORD }, logger: false, doSTARTTLS: false });
}

async function compose(n: number, tag: string): Promise<{ messageId: string; raw: Buffer }> {
  const messageId = `<${tag}-${n}@test.deskhand>`;
  const raw = await new MailComposer({
    from: `Customer ${n} <customer${n}@example.com>`,
    to: 'support@demo-store.example',
    subject: `Where is my order #${1000 + n}?`,
    text: `Hello, this is message ${n}.`,
    messageId,
  })
    .compile()
    .build();
  return { messageId, raw };
}

/** Appends `count` messages to `path` and returns their Message-IDs in order. */
async function appendMessages(path: string, count: number, from = 1): Promise<string[]> {
  const tag = randomUUID();
  const ids: string[] = [];
  for (let n = from; n < from + count; n++) {
    const { messageId, raw } = await compose(n, tag);
    await admin.append(path, raw);
    ids.push(messageId);
  }
  return ids;
}

async function messageIds(batch: RawMessage[]): Promise<string[]> {
  return Promise.all(batch.map(async (m) => (await simpleParser(m.raw)).messageId ?? '(none)'));
}

function recordingLogger(): { logger: pino.Logger; entries: Array<{ msg: string; [k: string]: unknown }> } {
  const entries: Array<{ msg: string }> = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      entries.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), entries };
}

let admin: ImapFlow;
const opened: ImapMailbox[] = [];
const created: string[] = [];

async function freshMailbox(): Promise<string> {
  const path = `t-${randomUUID().slice(0, 8)}`;
  await admin.mailboxCreate(path);
  created.push(path);
  return path;
}

function mailbox(options: Partial<ImapMailboxOptions>, cursors: CursorStore): ImapMailbox {
  const box = new ImapMailbox({ host: HOST, port: PORT, secure: false, user: USER, password: PASSWORD, imap: { doSTARTTLS: false }, ...options }, cursors);
  opened.push(box);
  return box;
}

async function ensureAdmin(): Promise<void> {
  if (admin?.usable) return;
  admin = adminClient();
  await admin.connect();
}

beforeAll(async () => {
  if (!(await portOpen())) dovecot('start');
  await ensureAdmin();
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((b) => b.close()));
  await ensureAdmin(); // a test may have restarted Dovecot under it
});

afterAll(async () => {
  for (const path of created) await admin.mailboxDelete(path).catch(() => undefined);
  await admin.logout();
});

describe('ImapMailbox on Dovecot', () => {
  it('does not download a message over maxMessageBytes: only its headers come, marked too large with the server\'s size', async () => {
    const path = await freshMailbox();
    const [small] = await appendMessages(path, 1);
    const bigId = `<big-${randomUUID()}@test.deskhand>`;
    const filler = 'All work and no play makes a large attachment. '.repeat(2 * 1024 * 1024 / 48);
    const big = await new MailComposer({ from: 'Ana <ana@example.com>', to: 'support@demo-store.example', subject: 'Photos of the damaged parcel', text: 'See attached.', messageId: bigId, attachments: [{ filename: 'photo.txt', content: filler }] })
      .compile()
      .build();
    await admin.append(path, big);
    const [after] = await appendMessages(path, 1, 50);

    const box = mailbox({ mailbox: path, maxMessageBytes: 1024 * 1024 }, new MemoryCursorStore());
    const got: RawMessage[] = [];
    await box.poll(async (batch) => void got.push(...batch));

    expect(await messageIds(got)).toEqual([small, bigId, after]);
    const kept = got[1]!;
    expect(kept.tooLarge).toEqual({ size: expect.any(Number), limit: 1024 * 1024 });
    expect(kept.tooLarge!.size).toBeGreaterThan(2 * 1024 * 1024);
    expect(kept.raw.length).toBeLessThan(4096);
    expect(kept.raw.toString()).toContain('Subject: Photos of the damaged parcel');
    expect(kept.raw.toString()).not.toContain('All work and no play');
    expect(got[0]!.tooLarge).toBeUndefined();
    expect(got[2]!.tooLarge).toBeUndefined();
  });

  it('backfills in batches, saving the cursor only after each batch was handled, and then reads only new mail', async () => {
    const path = await freshMailbox();
    const ids = await appendMessages(path, 25);
    const cursors = new MemoryCursorStore();
    const box = mailbox({ mailbox: path, batchSize: 10 }, cursors);

    const batches: string[][] = [];
    const savesSeenByBatch: number[] = [];
    const progress: Array<[number, number]> = [];
    await box.poll(
      async (batch) => {
        savesSeenByBatch.push(cursors.saves.length);
        batches.push(await messageIds(batch));
      },
      (done, total) => progress.push([done, total]),
    );

    expect(batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(batches.flat()).toEqual(ids);
    // First save is the new UIDVALIDITY; then one save after each handled batch, never before it.
    expect(savesSeenByBatch).toEqual([1, 2, 3]);
    expect(cursors.saves.map((c) => c.lastUid)).toEqual([0, 10, 20, 25]);
    expect(progress).toEqual([
      [0, 25],
      [10, 25],
      [20, 25],
      [25, 25],
    ]);

    // Nothing new: `UID 26:*` matches the last message on the server, which must not come back.
    const again: RawMessage[] = [];
    await box.poll(async (batch) => void again.push(...batch));
    expect(again).toEqual([]);

    const more = await appendMessages(path, 3, 100);
    const next: string[] = [];
    await box.poll(async (batch) => void next.push(...(await messageIds(batch))));
    expect(next).toEqual(more);
    expect(cursors.cursor.lastUid).toBe(28);
  });

  it('resumes exactly after a crash in the batch handler: nothing lost, only the failed batch offered again', async () => {
    const path = await freshMailbox();
    const ids = await appendMessages(path, 30);
    const cursors = new MemoryCursorStore();
    const handled: string[] = [];

    let calls = 0;
    const first = mailbox({ mailbox: path, batchSize: 10 }, cursors);
    await expect(
      first.poll(async (batch) => {
        if (++calls === 2) throw new Error('worker crashed');
        handled.push(...(await messageIds(batch)));
      }),
    ).rejects.toThrow('worker crashed');
    expect(cursors.cursor.lastUid).toBe(10);

    // A new process with the same cursor store.
    const second = mailbox({ mailbox: path, batchSize: 10 }, cursors);
    await second.poll(async (batch) => void handled.push(...(await messageIds(batch))));
    expect(handled).toEqual(ids);
  });

  it('reconnects and resumes when Dovecot restarts in the middle of a backfill', async () => {
    const path = await freshMailbox();
    const ids = await appendMessages(path, 40);
    const cursors = new MemoryCursorStore();
    const { logger, entries } = recordingLogger();
    const box = mailbox({ mailbox: path, batchSize: 10, logger, backoff: { baseMs: 200, maxMs: 2_000, maxAttempts: 30 } }, cursors);

    const handled: string[] = [];
    let batchNo = 0;
    await box.poll(async (batch) => {
      handled.push(...(await messageIds(batch)));
      if (++batchNo === 2) dovecot('restart');
    });

    expect(handled).toHaveLength(ids.length);
    expect(new Set(handled).size).toBe(ids.length);
    expect(new Set(handled)).toEqual(new Set(ids));
    expect(entries.some((e) => e.msg === 'imap connection lost, reconnecting')).toBe(true);
    expect(cursors.cursor.lastUid).toBe(40);
  });

  it('IDLE: watch() delivers a newly appended message within 2 seconds', async () => {
    const path = await freshMailbox();
    const cursors = new MemoryCursorStore();
    const box = mailbox({ mailbox: path }, cursors);
    const arrivals: Array<{ id: string; at: number }> = [];
    const controller = new AbortController();
    const watching = box.watch(async (batch) => {
      const at = performance.now();
      for (const id of await messageIds(batch)) arrivals.push({ id, at });
    }, controller.signal);

    // First message proves the watcher is up; then let it settle into IDLE before the measured one.
    const [warmup] = await appendMessages(path, 1, 1);
    await vi.waitFor(() => expect(arrivals.map((a) => a.id)).toEqual([warmup]), { timeout: 10_000, interval: 20 });
    await new Promise((r) => setTimeout(r, 1_500));

    const { messageId, raw } = await compose(2, randomUUID());
    const sentAt = performance.now();
    await admin.append(path, raw);
    await vi.waitFor(() => expect(arrivals.some((a) => a.id === messageId)).toBe(true), { timeout: 10_000, interval: 10 });
    const latency = arrivals.find((a) => a.id === messageId)!.at - sentAt;
    console.log(`IDLE pickup latency: ${latency.toFixed(0)} ms`);
    expect(latency).toBeLessThan(2_000);

    controller.abort();
    await watching;
    expect(arrivals).toHaveLength(2);
  });

  it('watch() without IDLE falls back to polling', async () => {
    const path = await freshMailbox();
    const box = mailbox({ mailbox: path, useIdle: false, pollIntervalMs: 200 }, new MemoryCursorStore());
    const seen: string[] = [];
    const controller = new AbortController();
    const watching = box.watch(async (batch) => void seen.push(...(await messageIds(batch))), controller.signal);
    const ids = await appendMessages(path, 2);
    await vi.waitFor(() => expect(seen).toEqual(ids), { timeout: 10_000, interval: 20 });
    controller.abort();
    await watching;
  });

  it('starts over when UIDVALIDITY changes (mailbox recreated), and logs it', async () => {
    const path = await freshMailbox();
    await appendMessages(path, 3);
    const cursors = new MemoryCursorStore();
    const { logger, entries } = recordingLogger();
    const box = mailbox({ mailbox: path, logger }, cursors);
    await box.poll(async () => undefined);
    const before = { ...cursors.cursor };
    expect(before.lastUid).toBe(3);
    await box.close();

    // Recreating the mailbox gives it a new UIDVALIDITY and restarts UIDs at 1: below lastUid 3.
    await admin.mailboxDelete(path);
    await admin.mailboxCreate(path);
    const ids = await appendMessages(path, 2, 50);

    const seen: string[] = [];
    const again = mailbox({ mailbox: path, logger }, cursors);
    await again.poll(async (batch) => void seen.push(...(await messageIds(batch))));
    expect(seen).toEqual(ids);
    expect(cursors.cursor.uidValidity).not.toBe(before.uidValidity);
    expect(cursors.cursor.lastUid).toBe(2);
    expect(entries.find((e) => e.msg.startsWith('UIDVALIDITY changed'))).toMatchObject({ previous: before.uidValidity, current: cursors.cursor.uidValidity });
  });

  it('moves handled messages to moveTo', async () => {
    const path = await freshMailbox();
    const target = await freshMailbox();
    const ids = await appendMessages(path, 5);
    const box = mailbox({ mailbox: path, moveTo: target, batchSize: 2 }, new MemoryCursorStore());
    const seen: string[] = [];
    await box.poll(async (batch) => void seen.push(...(await messageIds(batch))));
    expect(seen).toEqual(ids);

    const sourceStatus = await admin.status(path, { messages: true });
    const targetStatus = await admin.status(target, { messages: true });
    expect(sourceStatus && sourceStatus.messages).toBe(0);
    expect(targetStatus && targetStatus.messages).toBe(5);
  });

  it('logs in with an OAuth2 access token (SASL XOAUTH2/OAUTHBEARER), which Dovecot checks with the token endpoint', async () => {
    const path = await freshMailbox();
    const ids = await appendMessages(path, 2);
    // The RFC 7662 introspection endpoint Dovecot's oauth2 passdb posts the token to.
    const introspected: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const token = new URLSearchParams(body).get('token') ?? '';
        introspected.push(token);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(token === 'ya29.test-token' ? { active: true, username: USER } : { active: false }));
      });
    });
    await new Promise<void>((resolve) => server.listen(OAUTH_PORT, HOST, resolve));
    try {
      const seen: string[] = [];
      const box = mailbox({ mailbox: path, password: undefined, accessToken: 'ya29.test-token' }, new MemoryCursorStore());
      await box.poll(async (batch) => void seen.push(...(await messageIds(batch))));
      expect(seen).toEqual(ids);
      expect(introspected).toContain('ya29.test-token');

      const revoked = mailbox({ mailbox: path, password: undefined, accessToken: 'revoked' }, new MemoryCursorStore());
      await expect(revoked.poll(async () => undefined)).rejects.toMatchObject({ authenticationFailed: true });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('does not retry a wrong password', async () => {
    const path = await freshMailbox();
    const { logger, entries } = recordingLogger();
    const box = mailbox({ mailbox: path, password: 'wrong', logger }, new MemoryCursorStore());
    await expect(box.poll(async () => undefined)).rejects.toMatchObject({ authenticationFailed: true });
    expect(entries.filter((e) => e.msg === 'imap connection lost, reconnecting')).toEqual([]);
  });
});
