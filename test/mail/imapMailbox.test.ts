// The parts of ImapMailbox that need no IMAP server. The Dovecot-backed behaviour is in
// test/services/imapMailbox.test.ts.
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { groupBySize, ImapMailbox, isConnectionError, newUids, planFetch, resolveCursor, toSequenceSet } from '../../src/mail/imapMailbox.ts';

describe('toSequenceSet', () => {
  it('compresses consecutive UIDs into ranges, sorted and without duplicates', () => {
    expect(toSequenceSet([7, 1, 2, 3, 5, 8, 3])).toBe('1:3,5,7:8');
    expect(toSequenceSet([42])).toBe('42');
    expect(toSequenceSet([])).toBe('');
  });
});

describe('newUids', () => {
  it('drops UIDs at or below the cursor, which `UID n:*` returns when n is past the last message', () => {
    expect(newUids([25], 25)).toEqual([]);
    expect(newUids([24], 25)).toEqual([]);
    expect(newUids([30, 26, 27, 26], 25)).toEqual([26, 27, 30]);
  });
});

describe('groupBySize', () => {
  it('cuts a batch when its bytes would exceed the limit, keeping order', () => {
    const messages = [
      { uid: 1, size: 40 },
      { uid: 2, size: 50 },
      { uid: 3, size: 20 },
      { uid: 4, size: 10 },
    ];
    expect(groupBySize(messages, 100)).toEqual([[1, 2], [3, 4]]);
  });

  it('gives a message larger than the limit a batch of its own instead of dropping it', () => {
    expect(groupBySize([{ uid: 1, size: 10 }, { uid: 2, size: 500 }, { uid: 3, size: 10 }], 100)).toEqual([[1], [2], [3]]);
  });
});

describe('planFetch', () => {
  it('does not download a message over the size limit: it is listed as too large, with its size', () => {
    const plan = planFetch([{ uid: 1, size: 10 }, { uid: 2, size: 400 * 1024 * 1024 }, { uid: 3, size: 10 }], 30 * 1024 * 1024, 100);
    expect([...plan.tooLarge]).toEqual([[2, 400 * 1024 * 1024]]);
    // Only its headers are fetched, so it does not count towards a batch's bytes.
    expect(plan.groups).toEqual([[1, 2, 3]]);
  });

  it('a message exactly at the limit is still downloaded', () => {
    expect(planFetch([{ uid: 7, size: 1000 }], 1000, 1 << 20).tooLarge.size).toBe(0);
  });
});

describe('resolveCursor', () => {
  it('keeps the position while UIDVALIDITY is unchanged', () => {
    expect(resolveCursor({ uidValidity: '77', lastUid: 12 }, '77')).toEqual({ cursor: { uidValidity: '77', lastUid: 12 }, changed: false });
  });

  it('starts from UID 0 on a new UIDVALIDITY or a first run', () => {
    expect(resolveCursor({ uidValidity: '77', lastUid: 12 }, '78')).toEqual({ cursor: { uidValidity: '78', lastUid: 0 }, changed: true });
    expect(resolveCursor({ uidValidity: null, lastUid: 0 }, '5')).toEqual({ cursor: { uidValidity: '5', lastUid: 0 }, changed: true });
  });
});

describe('isConnectionError', () => {
  it('retries dropped connections, not bad credentials or refused commands', () => {
    expect(isConnectionError(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('gone'), { code: 'NoConnection' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('bad login'), { authenticationFailed: true, code: 'NoConnection' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('Mailbox doesn\'t exist'), { responseStatus: 'NO' }), { usable: true })).toBe(false);
    // A command that failed because the socket died under it.
    expect(isConnectionError(new Error('socket closed'), { usable: false })).toBe(true);
  });
});

describe('ImapMailbox', () => {
  it('refuses to start without a password or an access token', () => {
    const cursors = { load: async () => ({ uidValidity: null, lastUid: 0 }), save: async () => undefined };
    expect(() => new ImapMailbox({ host: 'localhost', port: 993, secure: true, user: 'u' }, cursors)).toThrow(/password or an OAuth2 access token/);
  });

  it('retries a refused connection with backoff, then gives up with the connection error', async () => {
    // A port that was just free: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const entries: Array<{ msg: string; attempt?: number; delayMs?: number }> = [];
    const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _e, cb) => (entries.push(JSON.parse(String(chunk))), cb()) }));
    const saves: unknown[] = [];
    const box = new ImapMailbox(
      { host: '127.0.0.1', port, secure: false, user: 'u', password: 'p', logger, backoff: { baseMs: 10, maxMs: 40, maxAttempts: 4 } },
      { load: async () => ({ uidValidity: null, lastUid: 0 }), save: async (c) => void saves.push(c) },
    );
    await expect(box.poll(async () => undefined)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const retries = entries.filter((e) => e.msg === 'imap connection lost, reconnecting');
    expect(retries.map((e) => e.attempt)).toEqual([1, 2, 3]);
    for (const [i, e] of retries.entries()) expect(e.delayMs).toBeLessThan(Math.min(40, 10 * 2 ** i));
    expect(saves).toEqual([]);
    await box.close();
  });
});
