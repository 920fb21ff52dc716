/** One raw message as it came from a mailbox, before parsing. */
export interface RawMessage {
  /** Where it came from: "imap", "file", "inbound_parse", "edge". */
  source: string;
  /** IMAP UID when the source is a mailbox. */
  uid: number | null;
  raw: Buffer;
  /**
   * Set when the message was over the size limit and was not downloaded: `raw` then holds only
   * its header block, and `size` is the whole message's size as the server reported it.
   */
  tooLarge?: { size: number; limit: number };
}

/**
 * A mailbox that yields new raw messages in batches. The IMAP adapter (src/mail/imapMailbox.ts)
 * remembers UIDVALIDITY and the last UID through the store so a restart resumes exactly.
 */
export interface Mailbox {
  readonly kind: 'files' | 'imap';
  /** Fetch what is new since the last call, in bounded batches; calls onBatch for each. */
  poll(onBatch: (batch: RawMessage[]) => Promise<void>, onProgress?: (done: number, total: number) => void): Promise<void>;
  close(): Promise<void>;
  /**
   * Optional push mode: calls onBatch as mail arrives (IMAP IDLE, or polling when the server has
   * no IDLE) until `signal` aborts. Catches up on anything already waiting first.
   */
  watch?(onBatch: (batch: RawMessage[]) => Promise<void>, signal: AbortSignal): Promise<void>;
}
