import type { ParsedEmail } from './email.ts';
import { type LoopFinding, sure } from './loopFinding.ts';

/**
 * One address as a reply could be sent to it: a local part, "@", and a domain with a dot. Not a
 * parser (mailparser has already split the header); this only refuses what is left when it failed.
 */
const REPLYABLE_ADDRESS = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\.]+$/u;

/** Any of the reverse-path values a relay recorded is the null path "<>" (RFC 5321 §4.5.5). */
const NULL_RETURN_PATH = /(?:^|,)\s*<\s*>\s*(?=,|$)/;

/**
 * A sender that cannot be read is never answered: there is nobody to answer, and a reply would go
 * to whatever the parser guessed. Also the null reverse path, which RFC 5321 reserves for mail
 * systems' own messages (delivery reports, auto-replies), exactly the mail that must not get one.
 */
export function unreadableSender(email: ParsedEmail): LoopFinding | null {
  const h = email.headers;
  const fromHeader = h.from;
  if (fromHeader === undefined || fromHeader.trim() === '') return sure('bounce', 'unreadable_sender', 'sender cannot be read: no From header');
  if (email.from.address === '') return sure('bounce', 'unreadable_sender', `sender cannot be read: From: ${fromHeader.slice(0, 80)}`);
  if (!REPLYABLE_ADDRESS.test(email.from.address)) {
    return sure('bounce', 'unreadable_sender', `sender cannot be read: "${email.from.address.slice(0, 80)}" is not an address`);
  }
  if (h['return-path'] !== undefined && NULL_RETURN_PATH.test(h['return-path'])) {
    return sure('bounce', 'null_return_path', `null Return-Path <> (a mail system's own message) from ${email.from.address}`);
  }
  return null;
}

/** Local parts of mail systems that report delivery (mailer-daemon, MAILER_DAEMON, post_master …). */
const DAEMON_LOCAL = /^(?:mailer[-_.]?daemon|mail[-_.]?daemon|m?daemon|post[-_.]?master|postoffice|mail[-_.]?delivery|mail[-_.]?system|double[-_.]?bounce|bounces?(?:[+\-._=].*)?|bounce[-_.]?(?:handler|processor|back)|returned[-_.]?mail|smtp[-_.]?(?:gateway|error|daemon))$/;
/** Display names the same systems sign with ("Mail Delivery Subsystem", "MAILER-DAEMON", "Postmaster"). */
const DAEMON_NAME = /\b(?:mail(?:er)?[-_ ]?daemon|mail delivery (?:subsystem|system|service|agent)|post[-_ ]?master|mail (?:administrator|system|transport)|delivery (?:status )?notification|mail delivery)\b/i;
/** Names a mail system may sign with, but a person's IT department too: evidence, not proof. */
const SYSTEM_NAME = /\b(?:system administrator|mail ?server|mail ?gateway|e-?mail (?:service|system))\b/i;

/** A sender that is a mail system's delivery reporter, by address or by display name. */
export function daemonSender(email: ParsedEmail): LoopFinding | null {
  const address = email.from.address.toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (DAEMON_LOCAL.test(local)) return sure('bounce', 'bounce_sender', `delivery report from ${address || 'a mail system'}`);
  const name = email.from.name || (email.headers.from ?? '');
  if (DAEMON_NAME.test(name)) {
    return sure('bounce', 'bounce_sender', `delivery report from "${name.slice(0, 60)}" ${address}`.trim());
  }
  return null;
}

/** True when the display name is a mail system's ("System Administrator", "Mail Server"): weak, needs other evidence. */
export function systemName(email: ParsedEmail): boolean {
  return SYSTEM_NAME.test(email.from.name || (email.headers.from ?? ''));
}
