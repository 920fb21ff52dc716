import type { ParsedEmail } from './email.ts';
import { bounceMessage } from './loopBounce.ts';
import { challengeResponse } from './loopChallenge.ts';
import { complaintReport } from './loopComplaint.ts';
import type { LoopFinding, LoopGuardCode, RobotIntent } from './loopFinding.ts';
import { listRobot } from './loopListRobot.ts';
import { daemonSender, unreadableSender } from './loopSender.ts';
import { AUTO_REPLY_SUBJECTS, vacationReply } from './loopVacation.ts';

export interface LoopGuardContext {
  /** Our own addresses (support address, aliases), lower-cased. Mail from them is never answered. */
  ownAddresses: string[];
  /** Replies we sent to this sender in the last 24 hours. */
  recentRepliesToSender: number;
  /** The per-sender cap: at or above it, no more automatic replies. */
  replyCap: number;
}

/**
 * `ignore`: a machine's message, never answered (stored as ignored with the code and reason).
 * `escalate`: evidence a person could also have produced; a person decides, nothing is sent by itself.
 */
export type LoopGuardVerdict =
  | { ignore: false; escalate?: undefined }
  | { ignore: false; escalate: { intent: RobotIntent | null; code: LoopGuardCode; reason: string } }
  | { ignore: true; intent: RobotIntent | null; code: LoopGuardCode; reason: string };

type Ignored = Extract<LoopGuardVerdict, { ignore: true }>;
const ignore = (intent: Ignored['intent'], code: LoopGuardCode, reason: string): Ignored => ({ ignore: true, intent, code, reason });
const fromFinding = (f: LoopFinding): Ignored => ignore(f.intent, f.code, f.reason);

const NO_REPLY_SENDERS = /^(?:no[-_]?reply|do[-_]?not[-_]?reply|donotreply|notifications?|notify|mailer)(?:[+\-._].*)?$/;
/** Senders that only ever send bulk mail, for the lists that come without list headers. */
const BULK_SENDERS = /^(?:newsletters?|news|marketing|promo(?:tions?)?|campaigns?|digest|offers|deals)(?:[+\-._].*)?$/;

/** First token of a header value, lower-cased ("auto-replied; owner-email=…" → "auto-replied"). */
const token = (value: string | undefined): string => (value ?? '').split(/[;,\s]/)[0]?.trim().toLowerCase() ?? '';

/**
 * The kinds of machine mail recognised from their shape when they do not label themselves, most
 * certain first. Each returns a finding or null; see the module of each for what it looks at.
 */
const SHAPE_RULES: ((email: ParsedEmail) => LoopFinding | null)[] = [complaintReport, bounceMessage, challengeResponse, listRobot, vacationReply];

/**
 * Decides, before any classifier or model sees it, whether an inbound email must never get an
 * automatic reply: our own mail, a sender that cannot be read, delivery and complaint reports in
 * any shape, auto-replies, list mail and list robots, challenge-response robots, bulk mail, or a
 * sender we have already answered too often. Pure: the parsed email in, verdict out.
 */
export function loopGuard(email: ParsedEmail, ctx: LoopGuardContext): LoopGuardVerdict {
  const h = email.headers;
  const sender = email.from.address.toLowerCase();
  const local = sender.split('@')[0] ?? '';

  if (sender !== '' && ctx.ownAddresses.some((a) => a.toLowerCase() === sender)) {
    return ignore(null, 'own_address', `sender ${sender} is our own address (mail loop)`);
  }

  // Reports that say what they are: delivery-status, read receipts, complaint (ARF) reports.
  const reportType = /report-type\s*=\s*"?([\w-]+)/i.exec(h['content-type'] ?? '')?.[1]?.toLowerCase();
  if (email.contentType === 'multipart/report') {
    if (reportType === 'disposition-notification') return ignore('auto_reply', 'read_receipt', 'Content-Type: multipart/report (read receipt)');
    if (reportType === 'feedback-report') return ignore('bounce', 'complaint_report', `complaint report (ARF) from ${sender || 'an unknown sender'}`);
    return ignore('bounce', 'delivery_report', `Content-Type: multipart/report${reportType ? `; report-type=${reportType}` : ''}`);
  }
  if (email.contentType === 'message/delivery-status') return ignore('bounce', 'delivery_report', 'Content-Type: message/delivery-status');
  const daemon = daemonSender(email);
  if (daemon) return fromFinding(daemon);
  const unreadable = unreadableSender(email);
  if (unreadable) return fromFinding(unreadable);

  // RFC 3834 and the vendor headers auto-responders set.
  const autoSubmitted = token(h['auto-submitted']);
  if (autoSubmitted !== '' && autoSubmitted !== 'no') return ignore('auto_reply', 'auto_submitted', `Auto-Submitted: ${autoSubmitted}`);
  if (h['x-autoreply'] !== undefined) return ignore('auto_reply', 'autoreply_header', `X-Autoreply: ${h['x-autoreply']}`.trim());
  if (h['x-autorespond'] !== undefined) return ignore('auto_reply', 'autoreply_header', `X-Autorespond: ${h['x-autorespond']}`.trim());
  const suppress = (h['x-auto-response-suppress'] ?? '').toLowerCase();
  if (/\b(?:all|oof)\b/.test(suppress)) return ignore('auto_reply', 'autoreply_header', `X-Auto-Response-Suppress: ${h['x-auto-response-suppress']}`);

  const subjectSignal = AUTO_REPLY_SUBJECTS.find((re) => re.test(email.subject));
  const precedence = token(h.precedence);
  if (precedence === 'auto_reply') return ignore('auto_reply', 'precedence', 'Precedence: auto_reply');
  if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk') {
    // Some vacation responders mark their replies "Precedence: bulk".
    return ignore(subjectSignal ? 'auto_reply' : 'spam_or_marketing', 'precedence', `Precedence: ${precedence}`);
  }
  if (h['list-unsubscribe'] !== undefined) return ignore('spam_or_marketing', 'list_mail', 'List-Unsubscribe header (bulk mail)');
  if (h['list-id'] !== undefined) return ignore('spam_or_marketing', 'list_mail', `List-Id: ${h['list-id']}`);

  if (NO_REPLY_SENDERS.test(local)) return ignore('auto_reply', 'no_reply_sender', `sender ${sender} is a no-reply address`);
  if (BULK_SENDERS.test(local)) return ignore('spam_or_marketing', 'bulk_sender', `sender ${sender} is a bulk-mail address`);

  let doubt: LoopFinding | null = null;
  for (const rule of SHAPE_RULES) {
    const finding = rule(email);
    if (finding?.certainty === 'sure') return fromFinding(finding);
    doubt ??= finding;
  }

  if (ctx.recentRepliesToSender >= ctx.replyCap) {
    return ignore(null, 'reply_cap', `reply cap reached: ${ctx.recentRepliesToSender} replies to ${sender} in 24 h (cap ${ctx.replyCap})`);
  }
  if (doubt) return { ignore: false, escalate: { intent: doubt.intent, code: doubt.code, reason: doubt.reason } };
  return { ignore: false };
}

