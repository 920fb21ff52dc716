// Is the From address really the sender? A From header is free text, so we use two things:
// every address the reply could be steered to must be that same address (Reply-To, Sender, a
// second From), and the receiving server's verdict in Authentication-Results, read only from
// servers the owner trusts (TRUSTED_AUTHSERV_IDS). Anyone can write an Authentication-Results
// header into their own mail; only the trusted server's counts.
import type { IdentityHeaders, ParsedEmail } from './email.ts';
import { type AuthResultsHeader, parseAuthResults } from './authResults.ts';

/**
 * authenticated: a trusted server vouches for the From domain and nothing steers the reply elsewhere.
 * not_confirmed: something contradicts the From address: no order or customer facts, never auto-sent.
 * not_checked: no trusted verdict at all: facts may be used, auto-send only if the owner opts in.
 */
export type SenderCheckState = 'authenticated' | 'not_confirmed' | 'not_checked';
export interface SenderCheck {
  state: SenderCheckState;
  reason: string;
}

const norm = (a: string) => a.trim().toLowerCase();
const domainOf = (address: string) => norm(address.slice(address.lastIndexOf('@') + 1));

/**
 * Relaxed alignment (RFC 7489 3.1.1) without the public-suffix list: the authenticated domain is
 * the From domain, or one is a subdomain of the other. Both must have a dot, so a bare suffix
 * ("com") never aligns. Stricter than DMARC for sibling subdomains, which only costs a "not confirmed".
 */
export function aligned(authDomain: string, fromDomain: string): boolean {
  const a = norm(authDomain).replace(/\.$/, '');
  const f = norm(fromDomain).replace(/\.$/, '');
  if (!a.includes('.') || !f.includes('.')) return false;
  return a === f || f.endsWith(`.${a}`) || a.endsWith(`.${f}`);
}

/** The domain a passing result vouches for, or null when it does not name one. */
function vouchedDomain(r: AuthResultsHeader['results'][number]): string | null {
  if (r.method === 'dkim') {
    const d = r.props['header.d'] ?? (r.props['header.i'] ? domainOf(r.props['header.i']) : undefined);
    return d ? norm(d) : null;
  }
  if (r.method === 'spf') {
    const mailfrom = r.props['smtp.mailfrom'];
    return mailfrom ? domainOf(mailfrom) : null;
  }
  return null;
}

/** What the trusted server said about this From domain. */
function judge(header: AuthResultsHeader, fromDomain: string): SenderCheck {
  const by = header.authservId;
  if (header.error) return { state: 'not_confirmed', reason: `the Authentication-Results of ${by} are ${header.error}` };
  const dmarcFail = header.results.find((r) => r.method === 'dmarc' && r.result === 'fail');
  if (dmarcFail) return { state: 'not_confirmed', reason: `${by} reports dmarc=fail for ${dmarcFail.props['header.from'] ?? fromDomain}` };
  const dmarcPass = header.results.find(
    (r) => r.method === 'dmarc' && r.result === 'pass' && (r.props['header.from'] === undefined || aligned(r.props['header.from'], fromDomain)),
  );
  if (dmarcPass) return { state: 'authenticated', reason: `${by} reports dmarc=pass for ${fromDomain}` };
  for (const r of header.results) {
    if ((r.method !== 'dkim' && r.method !== 'spf') || r.result !== 'pass') continue;
    const d = vouchedDomain(r);
    if (d && aligned(d, fromDomain)) return { state: 'authenticated', reason: `${by} reports ${r.method}=pass for ${d}, aligned with ${fromDomain}` };
  }
  return { state: 'not_confirmed', reason: `${by} reports no aligned dkim=pass or spf=pass for ${fromDomain}` };
}

/** The one place the reply to a message is addressed: the From address, never Reply-To or Sender. */
export function replyDestination(fromAddress: string | null): string {
  return norm(fromAddress ?? '');
}

/**
 * Checks one message's sender. `trustedAuthservIds` are the owner's mail servers (lower-case).
 * Only the topmost Authentication-Results header of a trusted server is read: the server adds
 * its own above everything that came with the message, so a lower one with the same id may have
 * been written by the sender.
 */
export function checkSender(h: IdentityHeaders, trustedAuthservIds: readonly string[]): SenderCheck {
  const from = h.from.map(norm).filter((a) => a !== '');
  const primary = from[0];
  if (!primary || !primary.includes('@')) return { state: 'not_confirmed', reason: 'the message has no readable From address' };
  const otherFrom = from.find((a) => a !== primary);
  if (otherFrom) return { state: 'not_confirmed', reason: `a second From address (${otherFrom}) differs from ${primary}` };
  if (h.sender && norm(h.sender) !== primary) return { state: 'not_confirmed', reason: `Sender (${norm(h.sender)}) differs from From (${primary})` };
  const otherReplyTo = h.replyTo.map(norm).find((a) => a !== primary);
  if (otherReplyTo) return { state: 'not_confirmed', reason: `Reply-To (${otherReplyTo}) differs from From (${primary})` };

  if (trustedAuthservIds.length === 0) return { state: 'not_checked', reason: 'no trusted mail server is configured (TRUSTED_AUTHSERV_IDS)' };
  const trusted = new Set(trustedAuthservIds.map(norm));
  for (const value of h.authenticationResults) {
    const header = parseAuthResults(value);
    if (header && trusted.has(header.authservId)) return judge(header, domainOf(primary));
  }
  return { state: 'not_checked', reason: `no Authentication-Results from a trusted server (${[...trusted].join(', ')})` };
}

/** The parser's identity headers, or for a row stored before they were kept, its From and Reply-To. */
export function identityHeadersOf(email: ParsedEmail): IdentityHeaders {
  return email.identityHeaders ?? { from: [email.from.address], sender: null, replyTo: email.replyTo ? [email.replyTo.address] : [], authenticationResults: [] };
}
