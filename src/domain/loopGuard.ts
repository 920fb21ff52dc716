import type { ParsedEmail } from './email.ts';
import type { Intent } from './intents.ts';

export interface LoopGuardContext {
  /** Our own addresses (support address, aliases), lower-cased. Mail from them is never answered. */
  ownAddresses: string[];
  /** Replies we sent to this sender in the last 24 hours. */
  recentRepliesToSender: number;
  /** The per-sender cap: at or above it, no more automatic replies. */
  replyCap: number;
}

export type LoopGuardVerdict =
  | { ignore: false }
  | { ignore: true; intent: Extract<Intent, 'auto_reply' | 'bounce' | 'spam_or_marketing'> | null; reason: string };

type Ignored = Extract<LoopGuardVerdict, { ignore: true }>;
const ignore = (intent: Ignored['intent'], reason: string): Ignored => ({ ignore: true, intent, reason });

const BOUNCE_SENDERS = /^(?:mailer-daemon|postmaster|bounces?(?:[+\-._].*)?)$/;
const NO_REPLY_SENDERS = /^(?:no[-_]?reply|do[-_]?not[-_]?reply|donotreply|notifications?|notify|mailer)(?:[+\-._].*)?$/;
/** Senders that only ever send bulk mail, for the lists that come without list headers. */
const BULK_SENDERS = /^(?:newsletters?|news|marketing|promo(?:tions?)?|campaigns?|digest|offers|deals)(?:[+\-._].*)?$/;

/** Subjects of out-of-office and vacation replies, en/es/fr/de/fa/ar. */
const AUTO_REPLY_SUBJECTS: RegExp[] = [
  /\bout of (?:the )?office\b/i,
  /\bautomatic reply\b/i,
  /\bauto[- ]?repl(?:y|ies)\b/i,
  /\bauto[- ]?response\b/i,
  /\babwesenheitsnotiz\b/i,
  /\bautomatische antwort\b/i,
  /r[ée]ponse automatique/i,
  /\babsent(?:e)? du bureau\b/i,
  /respuesta autom[áa]tica/i,
  /\bfuera de la oficina\b/i,
  /پاسخ\s*(?:\u200c)?خودکار/u,
  /رد\s+(?:ال)?تلقائي/u,
];

/** First token of a header value, lower-cased ("auto-replied; owner-email=…" → "auto-replied"). */
const token = (value: string | undefined): string => (value ?? '').split(/[;,\s]/)[0]?.trim().toLowerCase() ?? '';

/**
 * Decides, before any classifier or model sees it, whether an inbound email must never get an
 * automatic reply: auto-replies, bounces, bulk mail, our own mail, or a sender we have already
 * answered too often. Pure: headers in, verdict out.
 */
export function loopGuard(email: ParsedEmail, ctx: LoopGuardContext): LoopGuardVerdict {
  const h = email.headers;
  const sender = email.from.address.toLowerCase();
  const local = sender.split('@')[0] ?? '';

  if (sender !== '' && ctx.ownAddresses.some((a) => a.toLowerCase() === sender)) {
    return ignore(null, `sender ${sender} is our own address (mail loop)`);
  }

  // Bounces: delivery-status reports and mailer daemons.
  const reportType = /report-type\s*=\s*"?([\w-]+)/i.exec(h['content-type'] ?? '')?.[1]?.toLowerCase();
  if (email.contentType === 'multipart/report') {
    if (reportType === 'disposition-notification') return ignore('auto_reply', 'Content-Type: multipart/report (read receipt)');
    return ignore('bounce', `Content-Type: multipart/report${reportType ? `; report-type=${reportType}` : ''}`);
  }
  if (email.contentType === 'message/delivery-status') return ignore('bounce', 'Content-Type: message/delivery-status');
  if (BOUNCE_SENDERS.test(local)) return ignore('bounce', `sender ${sender} is a mailer daemon`);

  // RFC 3834 and the vendor headers auto-responders set.
  const autoSubmitted = token(h['auto-submitted']);
  if (autoSubmitted !== '' && autoSubmitted !== 'no') return ignore('auto_reply', `Auto-Submitted: ${autoSubmitted}`);
  if (h['x-autoreply'] !== undefined) return ignore('auto_reply', `X-Autoreply: ${h['x-autoreply']}`.trim());
  if (h['x-autorespond'] !== undefined) return ignore('auto_reply', `X-Autorespond: ${h['x-autorespond']}`.trim());
  const suppress = (h['x-auto-response-suppress'] ?? '').toLowerCase();
  if (/\b(?:all|oof)\b/.test(suppress)) return ignore('auto_reply', `X-Auto-Response-Suppress: ${h['x-auto-response-suppress']}`);

  const subjectSignal = AUTO_REPLY_SUBJECTS.find((re) => re.test(email.subject));
  const precedence = token(h.precedence);
  if (precedence === 'auto_reply') return ignore('auto_reply', 'Precedence: auto_reply');
  if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk') {
    // Some vacation responders mark their replies "Precedence: bulk".
    return ignore(subjectSignal ? 'auto_reply' : 'spam_or_marketing', `Precedence: ${precedence}`);
  }
  if (h['list-unsubscribe'] !== undefined) return ignore('spam_or_marketing', 'List-Unsubscribe header (bulk mail)');
  if (h['list-id'] !== undefined) return ignore('spam_or_marketing', `List-Id: ${h['list-id']}`);

  if (NO_REPLY_SENDERS.test(local)) return ignore('auto_reply', `sender ${sender} is a no-reply address`);
  if (BULK_SENDERS.test(local)) return ignore('spam_or_marketing', `sender ${sender} is a bulk-mail address`);

  if (ctx.recentRepliesToSender >= ctx.replyCap) {
    return ignore(null, `reply cap reached: ${ctx.recentRepliesToSender} replies to ${sender} in 24 h (cap ${ctx.replyCap})`);
  }

  if (subjectSignal) return ignore('auto_reply', `subject looks like an auto-reply: "${email.subject.slice(0, 80)}"`);

  return { ignore: false };
}
