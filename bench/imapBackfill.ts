// Backfill memory benchmark: appends N small messages to the local Dovecot
// (scripts/services/dovecot.sh), backfills them with ImapMailbox in batches of 100 and prints
// resident memory every 1,000 messages. RSS should stay flat: only one batch is held at a time.
//
//   npx tsx bench/imapBackfill.ts
//
// BENCH_MESSAGES (10000), BENCH_FILL=maildir|append (maildir: write the files straight into the
// mailbox's maildir, which needs the script's layout and write access; append: IMAP APPEND over
// BENCH_APPEND_CONNECTIONS connections, ~200 msg/s on Dovecot), DOVECOT_PORT, DOVECOT_ROOT.
import { execFileSync } from 'node:child_process';
import { chown, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { CursorStore, MailboxCursor } from '../src/mail/cursor.ts';
import { ImapMailbox } from '../src/mail/imapMailbox.ts';

const HOST = '127.0.0.1';
const PORT = Number(process.env.DOVECOT_PORT ?? 1143);
const USER = process.env.DOVECOT_USER ?? 'deskhand';
const PASSWORD = process.env.DOVECOT_PASSWORD ?? 'deskhand';
const TOTAL = Number(process.env.BENCH_MESSAGES ?? 10_000);
const BATCH = 100;
const SAMPLE_EVERY = 1_000;
const ROOT = process.env.DOVECOT_ROOT ?? '/var/tmp/deskhand-dovecot';
const FILL = process.env.BENCH_FILL ?? 'maildir';
const APPEND_CONNECTIONS = Number(process.env.BENCH_APPEND_CONNECTIONS ?? 8);

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

function portOpen(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(PORT, HOST);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function client(): ImapFlow {
  return new ImapFlow({ host: HOST, port: PORT, secure: false, auth: { user: USER, pass: PASSWORD }, logger: false, doSTARTTLS: false });
}

async function composeMessage(n: number): Promise<Buffer> {
  return new MailComposer({
    from: `Customer ${n} <customer${n}@example.com>`,
    to: 'support@demo-store.example',
    subject: `Where is my order #${10_000 + n}?`,
    text: `Hello,\n\nI ordered a week ago and nothing has arrived yet. Order #${10_000 + n}.\n\nThanks,\nCustomer ${n}\n`,
    messageId: `<bench-${n}-${Date.now()}@bench.deskhand>`,
  })
    .compile()
    .build();
}

/** APPENDs `count` messages over several connections in parallel. */
async function fill(path: string, count: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: APPEND_CONNECTIONS }, async () => {
      const c = client();
      await c.connect();
      try {
        for (let n = next++; n < count; n = next++) await c.append(path, await composeMessage(n));
      } finally {
        await c.logout();
      }
    }),
  );
}

/**
 * Drops the messages into the mailbox's maildir `new/` folder (Maildir++ layout of the script's
 * config, `.<name>` under the user's Maildir); Dovecot gives them UIDs on the next access.
 */
async function fillMaildir(path: string, count: number): Promise<void> {
  const dir = join(ROOT, 'mail', USER, 'Maildir', `.${path}`);
  const owner = await stat(dir);
  const host = hostname().replace(/[/:]/g, '_');
  for (let n = 0; n < count; n++) {
    const name = `${Math.floor(Date.now() / 1000)}.P${process.pid}Q${n}.${host}`;
    const tmp = join(dir, 'tmp', name);
    await writeFile(tmp, await composeMessage(n));
    await chown(tmp, owner.uid, owner.gid);
    await rename(tmp, join(dir, 'new', name));
  }
  if ((await readdir(join(dir, 'new'))).length < count) throw new Error(`maildir ${dir} did not take the files`);
}

class MemoryCursorStore implements CursorStore {
  private cursor: MailboxCursor = { uidValidity: null, lastUid: 0 };
  async load(): Promise<MailboxCursor> {
    return { ...this.cursor };
  }
  async save(cursor: MailboxCursor): Promise<void> {
    this.cursor = { ...cursor };
  }
}

async function main(): Promise<void> {
  if (!(await portOpen())) execFileSync(fileURLToPath(new URL('../scripts/services/dovecot.sh', import.meta.url)), ['start'], { stdio: ['ignore', 'inherit', 'inherit'] });

  const admin = client();
  await admin.connect();
  const path = `bench-${Date.now()}`;
  await admin.mailboxCreate(path);
  try {
    let started = performance.now();
    if (FILL === 'maildir') await fillMaildir(path, TOTAL);
    else await fill(path, TOTAL);
    // Let Dovecot assign UIDs to the dropped files before the clock starts.
    const status = await admin.status(path, { messages: true });
    const fillSeconds = (performance.now() - started) / 1000;
    const how = FILL === 'maildir' ? 'written to the maildir' : `appended over ${APPEND_CONNECTIONS} connections`;
    console.log(`${status ? status.messages : '?'} messages ${how} in ${fillSeconds.toFixed(1)} s\n`);

    const box = new ImapMailbox({ host: HOST, port: PORT, secure: false, user: USER, password: PASSWORD, mailbox: path, batchSize: BATCH, imap: { doSTARTTLS: false } }, new MemoryCursorStore());
    const rows: Array<{ messages: number; rssMb: string; heapUsedMb: string; seconds: string }> = [];
    const sample = (messages: number): void => {
      const m = process.memoryUsage();
      rows.push({ messages, rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), seconds: ((performance.now() - started) / 1000).toFixed(2) });
    };
    let received = 0;
    let bytes = 0;
    started = performance.now();
    sample(0);
    await box.poll(async (batch) => {
      for (const message of batch) bytes += message.raw.length;
      const before = received;
      received += batch.length;
      if (Math.floor(received / SAMPLE_EVERY) > Math.floor(before / SAMPLE_EVERY)) sample(received);
    });
    const seconds = (performance.now() - started) / 1000;
    await box.close();

    console.table(rows);
    const rss = rows.slice(1).map((r) => Number(r.rssMb));
    console.log(`\nbackfilled ${received}/${TOTAL} messages (${mb(bytes)} MB of MIME) in batches of ${BATCH}: ${seconds.toFixed(2)} s, ${(received / seconds).toFixed(0)} msg/s`);
    console.log(`RSS from the first to the last sample: ${rss[0]} → ${rss.at(-1)} MB (min ${Math.min(...rss)}, max ${Math.max(...rss)})`);
    if (received !== TOTAL) process.exitCode = 1;
  } finally {
    await admin.mailboxDelete(path).catch(() => undefined);
    await admin.logout();
  }
}

await main();
