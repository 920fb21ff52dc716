import type { ParsedEmail } from './email.ts';
import { type LoopFinding, ownWords, sure, suspect } from './loopFinding.ts';

/** The machine part of an ARF report (RFC 5965) printed as text, when the structure was lost on the way. */
const ARF_FIELDS = /^\s*feedback-type\s*:\s*(?:abuse|fraud|virus|other|not-spam|opt-out|complaint)\b/im;

/** Subjects providers give their complaint reports, old formats included. */
const COMPLAINT_SUBJECT =
  /\b(?:complaint about (?:a )?message from|(?:email|e-mail|spam|abuse) (?:feedback|complaint|abuse) report|abuse report|spam (?:complaint|report)|feedback loop|fbl (?:report|complaint)|scomp|junk mail report|reported as (?:spam|junk))\b/i;

/** Mailboxes providers send complaint reports from (staff@, abuse@, fbl@, scomp@ …). */
const COMPLAINT_DESK = /^(?:abuse|staff|fbl|feedback(?:[-_.]?loop)?|feedbackloop|complaints?|spam[-_.]?(?:report|complaint)s?|scomp|jmrp|arf|reports?|postmaster)(?:[+\-._].*)?$/;

/** Vendor headers of complaint reports (Microsoft JMRP/SNDS, AOL, Yahoo, generic). */
const COMPLAINT_HEADERS = ['x-hmxmroriginalrecipient', 'x-arf', 'x-aol-fbl', 'x-feedback-id-report', 'x-complaint', 'x-abuse-report'];

/**
 * Complaint reports: an ARF feedback report, or the older provider formats (a staff or abuse
 * address, "complaint about message from …", the offending message attached).
 */
export function complaintReport(email: ParsedEmail): LoopFinding | null {
  const sender = email.from.address || 'an unknown sender';
  const reportType = /report-type\s*=\s*"?([\w-]+)/i.exec(email.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (reportType === 'feedback-report' || email.attachments.some((a) => a.contentType === 'message/feedback-report')) {
    return sure('bounce', 'complaint_report', `complaint report (ARF) from ${sender}`);
  }
  const header = COMPLAINT_HEADERS.find((n) => email.headers[n] !== undefined);
  if (header) return sure('bounce', 'complaint_report', `complaint report from ${sender} (${header} header)`);
  const words = ownWords(email);
  if (ARF_FIELDS.test(words)) return sure('bounce', 'complaint_report', `complaint report from ${sender} (ARF fields in the body)`);

  const subject = COMPLAINT_SUBJECT.exec(email.subject)?.[0];
  if (!subject) return null;
  const local = email.from.address.split('@')[0] ?? '';
  // The reported message attached and nothing written around it: a provider's form, not a person.
  const attached = email.attachments.some((a) => a.contentType === 'message/rfc822') || /(?:^|\n)\s*(?:from|received|message-id|return-path)\s*:/i.test(email.quotedText);
  if (COMPLAINT_DESK.test(local) || (attached && email.newText.trim() === '')) {
    return sure('bounce', 'complaint_report', `complaint report from ${sender}: subject "${subject}"`);
  }
  return suspect('bounce', 'complaint_report', `may be a complaint report from ${sender}: subject "${subject}"`);
}
