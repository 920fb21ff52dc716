import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { AUTO_REPLY_HEADERS, type OutgoingReply, type SendReceipt, type Sender } from './port.ts';

export interface EmlOutboxOptions {
  /** DESKHAND_DATA_DIR; files go to `<dataDir>/outbox/`. */
  dataDir: string;
  /** Clock for the Date header (tests). */
  now?: () => Date;
}

/**
 * The embedded sender: writes each reply as an RFC 5322 message (.eml) that any mail client
 * opens, instead of sending it. The file name comes from the deskhand message id, so sending
 * the same reply twice overwrites one file rather than making two.
 */
export class EmlOutbox implements Sender {
  readonly kind = 'eml' as const;
  readonly dir: string;
  private readonly now: () => Date;

  constructor(opts: EmlOutboxOptions) {
    this.dir = resolve(opts.dataDir, 'outbox');
    this.now = opts.now ?? (() => new Date());
  }

  /** Where the reply for this deskhand message id is written. */
  pathFor(deskhandMessageId: string): string {
    return join(this.dir, `${safeFileName(deskhandMessageId)}.eml`);
  }

  async send(reply: OutgoingReply): Promise<SendReceipt> {
    const raw = await new MailComposer({
      messageId: reply.rfcMessageId,
      date: this.now(),
      from: { name: reply.from.name, address: reply.from.address },
      to: reply.to,
      ...(reply.replyTo ? { replyTo: reply.replyTo } : {}),
      subject: reply.subject,
      inReplyTo: reply.inReplyTo,
      ...(reply.references.length ? { references: reply.references } : {}),
      headers: { 'X-Deskhand-Message-Id': reply.deskhandMessageId, ...(reply.autoReply ? AUTO_REPLY_HEADERS : {}) },
      text: reply.text,
      newline: 'win',
    })
      .compile()
      .build();

    await mkdir(this.dir, { recursive: true });
    const path = this.pathFor(reply.deskhandMessageId);
    // Write then rename: a reader (or a crash) never sees half a message.
    const tmp = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(tmp, raw, { flag: 'wx' });
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { provider: 'eml', providerId: path };
  }
}

/** Keeps ids like "msg_01H…" or a UUID as they are; anything that could escape the folder becomes "_". */
function safeFileName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  if (!name) throw new Error('empty deskhand message id');
  return name;
}
