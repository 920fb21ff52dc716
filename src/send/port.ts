import { z } from 'zod';

export const OutgoingReply = z.object({
  /** Our deskhand message row id: carried in SendGrid custom_args and in X-Deskhand-Message-Id. */
  deskhandMessageId: z.string(),
  /** RFC 5322 Message-ID we assign to the reply, with angle brackets. */
  rfcMessageId: z.string(),
  from: z.object({ address: z.string(), name: z.string() }),
  replyTo: z.string().nullable(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  inReplyTo: z.string(),
  references: z.array(z.string()),
  /** Sent without a person's approval: carries Auto-Submitted: auto-replied and X-Auto-Response-Suppress: All. */
  autoReply: z.boolean().optional(),
});

/** RFC 3834 marks for a reply no person approved; other mail systems then do not answer it. */
export const AUTO_REPLY_HEADERS: Readonly<Record<string, string>> = { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' };
export type OutgoingReply = z.infer<typeof OutgoingReply>;

export interface SendReceipt {
  provider: 'eml' | 'sendgrid';
  /** SendGrid's X-Message-Id, or the .eml file path. */
  providerId: string;
}

/** Writes .eml files (src/send/emlOutbox.ts) or sends with SendGrid (src/send/sendgridSender.ts). */
export interface Sender {
  readonly kind: 'eml' | 'sendgrid';
  send(reply: OutgoingReply): Promise<SendReceipt>;
}
