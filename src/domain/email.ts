import { z } from 'zod';

export const Address = z.object({ address: z.string(), name: z.string().default('') });
export type Address = z.infer<typeof Address>;

export const AttachmentInfo = z.object({
  filename: z.string().nullable(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
});

/**
 * Every header that names who sent the message or where a reply should go, plus the mail
 * servers' Authentication-Results, kept apart from `headers` (which joins repeated fields and
 * keeps only the first From): src/domain/senderIdentity.ts reads these.
 */
export const IdentityHeaders = z.object({
  /** Every address of every From field, in order. */
  from: z.array(z.string()),
  sender: z.string().nullable(),
  /** Every Reply-To address. */
  replyTo: z.array(z.string()),
  /** Each Authentication-Results field, unfolded, topmost (added last) first. */
  authenticationResults: z.array(z.string()),
});
export type IdentityHeaders = z.infer<typeof IdentityHeaders>;

/**
 * One inbound email after MIME parsing (src/mail/parse.ts, mailparser). Pure data: the
 * domain functions (extraction, loop guard, classifier) take this and nothing else.
 */
export const ParsedEmail = z.object({
  /** RFC 5322 Message-ID with angle brackets, or a synthetic `<sha256@deskhand>` when absent. */
  messageId: z.string(),
  inReplyTo: z.string().nullable(),
  references: z.array(z.string()),
  from: Address,
  to: z.array(Address),
  replyTo: Address.nullable(),
  subject: z.string(),
  /** ISO timestamp from the Date header, null when missing or unparseable. */
  date: z.string().nullable(),
  /** Header names lower-cased; multi-valued headers joined with ", ". */
  headers: z.record(z.string(), z.string()),
  /** Top-level Content-Type, lower-cased, without parameters ("multipart/report"). */
  contentType: z.string(),
  /** Whole plain-text body (converted from HTML when the mail had no text part). */
  text: z.string(),
  /** What the customer wrote in this message: quoted history, forwards and signature removed. */
  newText: z.string(),
  /** Quoted history and forwarded blocks, in order. */
  quotedText: z.string(),
  signature: z.string(),
  htmlOnly: z.boolean(),
  /**
   * Text in the HTML that a reader never sees (comments, display:none, white or zero-size text,
   * alt text: src/mail/hiddenHtml.ts). Not part of the customer's message; read only by the
   * prompt-injection screen, since an attacker chooses where to hide it.
   */
  hiddenText: z.string().optional(),
  attachments: z.array(AttachmentInfo),
  /** Set by the parser; absent on emails built in code (then only `from` and `replyTo` are known). */
  identityHeaders: IdentityHeaders.optional(),
});
export type ParsedEmail = z.infer<typeof ParsedEmail>;
