import { ImapFlow } from 'imapflow';
import type { ImapFlowOptions } from 'imapflow';
import type { Logger } from 'pino';
import { backoffDelay, DEFAULT_BACKOFF, sleep } from './backoff.ts';
import type { BackoffOptions } from './backoff.ts';
import type { CursorStore, MailboxCursor } from './cursor.ts';
import type { Mailbox, RawMessage } from './port.ts';

// IMAP ingest on imapflow. Reads only UIDs above the saved cursor, in bounded batches, and saves
// the cursor only after the batch handler resolved: a crash re-delivers at most one batch, which
// the store's Message-ID dedupe absorbs. A dropped connection (server restart, network) is
// reconnected with jittered exponential backoff and reading resumes from the cursor.

export interface ImapMailboxOptions {
  host: string;
  port: number;
  /** Implicit TLS (993). When false imapflow still upgrades with STARTTLS if the server offers it. */
  secure: boolean;
  user: string;
  password?: string;
  /** OAuth2 access token (XOAUTH2/OAUTHBEARER, e.g. Gmail, Outlook); used instead of the password. */
  accessToken?: string;
  /** Default INBOX. */
  mailbox?: string;
  /** Messages per batch. Default 100. */
  batchSize?: number;
  /** A batch is also cut when its messages add up to this many bytes. Default 32 MiB. */
  maxBatchBytes?: number;
  /**
   * Messages larger than this (the size the server reports) are not downloaded: only their header
   * block is fetched, and they are handed on marked `tooLarge`. Default 30 MiB.
   */
  maxMessageBytes?: number;
  /** Move handled messages to this mailbox (must exist). */
  moveTo?: string;
  logger?: Logger;
  /** Reconnect policy. */
  backoff?: Partial<BackoffOptions>;
  /** watch(): ms without commands before IDLE starts. Default 500. */
  idleDelayMs?: number;
  /** watch(): poll interval when the server has no IDLE (or useIdle is false). Default 30 s. */
  pollIntervalMs?: number;
  /** watch(): use IDLE when the server offers it. Default true. */
  useIdle?: boolean;
  /** Passed through to ImapFlow (tls, timeouts, proxy); cannot override auth or logging. */
  imap?: Omit<ImapFlowOptions, 'auth' | 'logger' | 'host' | 'port' | 'secure'>;
}

export class ImapMailbox implements Mailbox {
  readonly kind = 'imap' as const;
  private readonly path: string;
  private readonly batchSize: number;
  private readonly maxBatchBytes: number;
  private readonly maxMessageBytes: number;
  private readonly backoff: BackoffOptions;
  private client: ImapFlow | null = null;
  /** Set by the server's EXISTS notifications; cleared when a poll starts reading. */
  private dirty = false;
  private wake: (() => void) | null = null;
  /** UIDs handled but not yet moved because the connection dropped; retried on reconnect. */
  private pendingMove: { uidValidity: string; uids: number[] } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  private readonly options: ImapMailboxOptions;
  private readonly cursors: CursorStore;

  constructor(options: ImapMailboxOptions, cursors: CursorStore) {
    this.options = options;
    this.cursors = cursors;
    if (!options.password && !options.accessToken) throw new Error('ImapMailbox needs a password or an OAuth2 access token');
    this.path = options.mailbox ?? 'INBOX';
    this.batchSize = options.batchSize ?? 100;
    this.maxBatchBytes = options.maxBatchBytes ?? 32 * 1024 * 1024;
    this.maxMessageBytes = options.maxMessageBytes ?? 30 * 1024 * 1024;
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  }

  poll(onBatch: (batch: RawMessage[]) => Promise<void>, onProgress?: (done: number, total: number) => void): Promise<void> {
    // Serialised: watch() and a manual poll() must not read the same UIDs twice.
    const run = this.queue.then(() => this.pollWithReconnect(onBatch, onProgress));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Catches up, then waits for EXISTS notifications (IDLE) or the poll timer, until `signal` aborts
   * or close(). Rejects when the handler fails or the server stays unreachable past the backoff.
   */
  async watch(onBatch: (batch: RawMessage[]) => Promise<void>, signal: AbortSignal): Promise<void> {
    while (!signal.aborted && !this.closed) {
      await this.poll(onBatch);
      await this.waitForChange(signal);
    }
  }

  /** Logs out; a running watch() returns. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    const client = this.client;
    this.client = null;
    if (client?.usable) await client.logout().catch(() => client.close());
    else client?.close();
  }

  private async pollWithReconnect(onBatch: (batch: RawMessage[]) => Promise<void>, onProgress?: (done: number, total: number) => void): Promise<void> {
    const progress = { done: 0, total: 0 };
    let failures = 0;
    for (;;) {
      try {
        await this.pollOnce(onBatch, progress, onProgress, () => (failures = 0));
        return;
      } catch (error) {
        if (error instanceof NotRetryable) throw error.cause;
        const client = this.client;
        if (!isConnectionError(error, client) || ++failures >= this.backoff.maxAttempts || this.closed) throw error;
        this.dropClient();
        const delay = backoffDelay(failures - 1, this.backoff);
        this.options.logger?.warn({ mailbox: this.path, attempt: failures, delayMs: delay, err: describeError(error) }, 'imap connection lost, reconnecting');
        await sleep(delay);
      }
    }
  }

  private async pollOnce(
    onBatch: (batch: RawMessage[]) => Promise<void>,
    progress: { done: number; total: number },
    onProgress: ((done: number, total: number) => void) | undefined,
    madeProgress: () => void,
  ): Promise<void> {
    const client = await this.connect();
    const lock = await client.getMailboxLock(this.path);
    try {
      this.dirty = false;
      // The server adds mail that arrived since the last command to this session's view only
      // when a command completes, so without this a SEARCH would not see it yet.
      await client.noop();
      if (!client.mailbox) throw new Error(`mailbox ${this.path} is not selected`);
      const uidValidity = client.mailbox.uidValidity.toString();
      const saved = await notRetryable(() => this.cursors.load());
      let { cursor, changed } = resolveCursor(saved, uidValidity);
      if (changed) {
        if (saved.uidValidity !== null)
          this.options.logger?.warn({ mailbox: this.path, previous: saved.uidValidity, current: uidValidity }, 'UIDVALIDITY changed: reading the mailbox again from the start');
        await notRetryable(() => this.cursors.save(cursor));
      }
      await this.movePending(client, uidValidity);

      const found = await client.search({ uid: `${cursor.lastUid + 1}:*` }, { uid: true });
      const uids = newUids(found || [], cursor.lastUid);
      progress.total = progress.done + uids.length;
      if (uids.length > 0) onProgress?.(progress.done, progress.total);

      for (let i = 0; i < uids.length; i += this.batchSize) {
        const chunk = uids.slice(i, i + this.batchSize);
        const sizes = await this.fetchSizes(client, chunk);
        const { groups, tooLarge } = planFetch(chunk.map((uid) => ({ uid, size: sizes.get(uid) ?? 0 })), this.maxMessageBytes, this.maxBatchBytes);
        for (const group of groups) {
          const batch: RawMessage[] = [];
          const download = group.filter((uid) => !tooLarge.has(uid));
          const headersOnly = group.filter((uid) => tooLarge.has(uid));
          // No other command may run inside these loops (imapflow), so the handler runs after them.
          if (download.length > 0) {
            for await (const msg of client.fetch(toSequenceSet(download), { uid: true, source: true }, { uid: true })) {
              if (msg.uid > cursor.lastUid && msg.source) batch.push({ source: 'imap', uid: msg.uid, raw: msg.source });
            }
          }
          // Over the limit: the header block only (who sent it, the subject), never the body.
          if (headersOnly.length > 0) {
            for await (const msg of client.fetch(toSequenceSet(headersOnly), { uid: true, headers: true }, { uid: true })) {
              if (msg.uid > cursor.lastUid && msg.headers) batch.push({ source: 'imap', uid: msg.uid, raw: msg.headers, tooLarge: { size: tooLarge.get(msg.uid)!, limit: this.maxMessageBytes } });
            }
          }
          // Fewer messages than asked is fine when some were expunged meanwhile, but not when the
          // connection died mid-FETCH: advancing the cursor then would skip the rest.
          if (batch.length < group.length && !client.usable) throw Object.assign(new Error('connection lost during FETCH'), { code: 'NoConnection' });
          batch.sort((a, b) => (a.uid ?? 0) - (b.uid ?? 0));
          if (batch.length > 0) await notRetryable(() => onBatch(batch));
          const next: MailboxCursor = { uidValidity, lastUid: Math.max(cursor.lastUid, ...group) };
          await notRetryable(() => this.cursors.save(next));
          cursor = next;
          progress.done += group.length;
          onProgress?.(progress.done, progress.total);
          madeProgress();
          if (this.options.moveTo && batch.length > 0) {
            this.pendingMove = { uidValidity, uids: batch.map((m) => m.uid ?? 0) };
            await this.movePending(client, uidValidity);
          }
        }
      }
    } finally {
      lock.release();
    }
  }

  /** Each message's size as the server reports it (RFC822.SIZE), before anything is downloaded. */
  private async fetchSizes(client: ImapFlow, chunk: number[]): Promise<Map<number, number>> {
    const sizes = new Map<number, number>();
    for await (const msg of client.fetch(toSequenceSet(chunk), { uid: true, size: true }, { uid: true })) sizes.set(msg.uid, msg.size ?? 0);
    return sizes;
  }

  private async movePending(client: ImapFlow, uidValidity: string): Promise<void> {
    const pending = this.pendingMove;
    if (!pending || !this.options.moveTo) return;
    if (pending.uidValidity === uidValidity && pending.uids.length > 0)
      await client.messageMove(toSequenceSet(pending.uids), this.options.moveTo, { uid: true });
    this.pendingMove = null;
  }

  private async connect(): Promise<ImapFlow> {
    if (this.client?.usable) return this.client;
    this.dropClient();
    const o = this.options;
    const client = new ImapFlow({
      ...o.imap,
      host: o.host,
      port: o.port,
      secure: o.secure,
      auth: o.accessToken ? { user: o.user, accessToken: o.accessToken } : { user: o.user, pass: o.password ?? '' },
      logger: false,
      autoIdleDelay: o.idleDelayMs ?? 500,
      disableAutoIdle: o.useIdle === false,
      // Restart IDLE now and then: some servers drop a session that has been silent too long.
      maxIdleTime: o.imap?.maxIdleTime ?? 4 * 60_000,
    });
    client.on('error', (err) => this.options.logger?.debug({ mailbox: this.path, err: describeError(err) }, 'imap connection error'));
    client.on('exists', (event) => {
      if (event.path !== this.path) return;
      this.dirty = true;
      this.wake?.();
    });
    client.on('close', () => {
      if (this.client === client) this.client = null;
      this.wake?.();
    });
    this.client = client;
    try {
      await client.connect();
    } catch (error) {
      if (this.client === client) this.client = null;
      client.close();
      throw error;
    }
    return client;
  }

  private dropClient(): void {
    const client = this.client;
    this.client = null;
    client?.close();
  }

  /** Resolves on new mail (IDLE), on a lost connection (so the next poll reconnects), on the poll timer, or on abort. */
  private waitForChange(signal: AbortSignal): Promise<void> {
    if (this.dirty || signal.aborted || this.closed || !this.client?.usable) return Promise.resolve();
    const idling = this.options.useIdle !== false && this.client.capabilities.has('IDLE');
    // With IDLE the timer is only a safety net; without it, it is the polling interval.
    const waitMs = idling ? 10 * 60_000 : (this.options.pollIntervalMs ?? 30_000);
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      signal.addEventListener('abort', done, { once: true });
      this.wake = done;
    });
  }
}

/** Wraps errors from the caller's handler and the cursor store: those are never retried here. */
class NotRetryable extends Error {
  override readonly cause: unknown;

  constructor(cause: unknown) {
    super('not retryable');
    this.cause = cause;
  }
}

async function notRetryable<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw new NotRetryable(error);
  }
}

/** Keeps the saved position while UIDVALIDITY is unchanged; otherwise starts over at UID 0. */
export function resolveCursor(saved: MailboxCursor, uidValidity: string): { cursor: MailboxCursor; changed: boolean } {
  if (saved.uidValidity === uidValidity) return { cursor: saved, changed: false };
  return { cursor: { uidValidity, lastUid: 0 }, changed: true };
}

/**
 * UIDs strictly above lastUid, ascending. Needed because `UID n:*` always matches the highest
 * UID in the mailbox, even when it is below n.
 */
export function newUids(uids: Iterable<number>, lastUid: number): number[] {
  return [...new Set(uids)].filter((uid) => uid > lastUid).sort((a, b) => a - b);
}

/** Compresses UIDs into an IMAP sequence set: [1,2,3,5,7,8] → "1:3,5,7:8". */
export function toSequenceSet(uids: readonly number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * Which messages to download and in which batches: a message over `maxMessageBytes` is not
 * downloaded (only its headers, so it counts as nothing towards a batch) and is listed in
 * `tooLarge` with its size; the rest are grouped by groupBySize.
 */
export function planFetch(messages: readonly { uid: number; size: number }[], maxMessageBytes: number, maxBatchBytes: number): { groups: number[][]; tooLarge: Map<number, number> } {
  const tooLarge = new Map(messages.filter((m) => m.size > maxMessageBytes).map((m) => [m.uid, m.size] as const));
  const groups = groupBySize(
    messages.map((m) => (tooLarge.has(m.uid) ? { uid: m.uid, size: 0 } : m)),
    maxBatchBytes,
  );
  return { groups, tooLarge };
}

/** Groups messages in order so each group's total size stays within maxBytes; a larger message gets a group of its own. */
export function groupBySize(messages: readonly { uid: number; size: number }[], maxBytes: number): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const { uid, size } of messages) {
    if (current.length > 0 && bytes + size > maxBytes) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(uid);
    bytes += size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

const CONNECTION_ERROR_CODES = new Set([
  'NoConnection',
  'EConnectionClosed',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
  'ETIMEOUT',
  'ETHROTTLE',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Whether an error means "the connection is gone, try again later" rather than a problem a retry
 * cannot fix (bad credentials, a missing mailbox, a refused command on a live connection).
 */
export function isConnectionError(error: unknown, client?: { usable: boolean } | null): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; authenticationFailed?: unknown };
  if (e.authenticationFailed) return false;
  if (typeof e.code === 'string' && CONNECTION_ERROR_CODES.has(e.code)) return true;
  return client != null && !client.usable;
}

/** Loggable summary of an error: message and code only, never the command text (it may hold credentials). */
function describeError(error: unknown): { message: string; code?: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? { message: error.message, code } : { message: error.message };
  }
  return { message: String(error) };
}
