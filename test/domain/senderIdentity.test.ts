import { describe, expect, it } from 'vitest';
import type { IdentityHeaders } from '../../src/domain/email.ts';
import { aligned, checkSender, replyDestination } from '../../src/domain/senderIdentity.ts';

const T = ['mx.trusted.example'];
const h = (o: Partial<IdentityHeaders> = {}): IdentityHeaders => ({ from: ['emma@example.com'], sender: null, replyTo: [], authenticationResults: [], ...o });

describe('checkSender', () => {
  it('any address the reply could be steered to must be the From address', () => {
    expect(checkSender(h({ replyTo: ['Emma@Example.com'] }), []).state).toBe('not_checked');
    expect(checkSender(h({ replyTo: ['emma@example.com', 'x@evil.example'] }), T)).toEqual({ state: 'not_confirmed', reason: 'Reply-To (x@evil.example) differs from From (emma@example.com)' });
    expect(checkSender(h({ sender: 'x@evil.example' }), T).state).toBe('not_confirmed');
    expect(checkSender(h({ from: ['emma@example.com', 'x@evil.example'] }), T).state).toBe('not_confirmed');
    expect(checkSender(h({ from: [] }), T)).toEqual({ state: 'not_confirmed', reason: 'the message has no readable From address' });
  });

  it('without a trusted server configured, or without its header, the sender is not checked', () => {
    const pass = ['mx.trusted.example; dmarc=pass header.from=example.com'];
    expect(checkSender(h({ authenticationResults: pass }), [])).toEqual({ state: 'not_checked', reason: 'no trusted mail server is configured (TRUSTED_AUTHSERV_IDS)' });
    expect(checkSender(h({ authenticationResults: ['mx.other.example; dmarc=pass header.from=example.com'] }), T).state).toBe('not_checked');
  });

  it.each([
    ['dmarc=pass for the From domain', 'dmarc=pass header.from=example.com', 'authenticated'],
    ['dmarc=pass for another domain', 'dmarc=pass header.from=evil.example', 'not_confirmed'],
    ['dkim=pass aligned by header.d', 'dkim=pass header.d=example.com', 'authenticated'],
    ['dkim=pass aligned by header.i', 'dkim=pass header.i=@mail.example.com', 'authenticated'],
    ['dkim=pass for a parent domain', 'dkim=pass header.d=example.com; dmarc=none', 'authenticated'],
    ['dkim=pass for another domain', 'dkim=pass header.d=evil.example', 'not_confirmed'],
    ['dkim=fail for the domain', 'dkim=fail header.d=example.com', 'not_confirmed'],
    ['spf=pass aligned', 'spf=pass smtp.mailfrom=bounce@example.com', 'authenticated'],
    ['spf=pass for another domain', 'spf=pass smtp.mailfrom=bounce@evil.example', 'not_confirmed'],
    ['dmarc=fail beside an aligned dkim pass', 'dkim=pass header.d=example.com; dmarc=fail header.from=example.com', 'not_confirmed'],
    ['"none"', 'none', 'not_confirmed'],
    ['an unreadable header', 'dmarc=pass (oops', 'not_confirmed'],
  ])('trusted server, %s → %s', (_, results, state) => {
    expect(checkSender(h({ authenticationResults: [`mx.trusted.example; ${results}`] }), T).state).toBe(state);
  });

  it('only the topmost trusted header counts: one below it may have come with the message', () => {
    const forgedBelow = ['mx.trusted.example; dmarc=fail header.from=example.com', 'mx.trusted.example; dmarc=pass header.from=example.com'];
    expect(checkSender(h({ authenticationResults: forgedBelow }), T).state).toBe('not_confirmed');
    // An untrusted header above the trusted one changes nothing.
    const untrustedAbove = ['mx.evil.example; dmarc=pass', 'mx.trusted.example; dmarc=fail header.from=example.com'];
    expect(checkSender(h({ authenticationResults: untrustedAbove }), T).state).toBe('not_confirmed');
  });
});

describe('aligned', () => {
  it('the same domain or one under the other, never a bare suffix', () => {
    expect(aligned('example.com', 'EXAMPLE.com')).toBe(true);
    expect(aligned('example.com', 'mail.example.com')).toBe(true);
    expect(aligned('mail.example.com', 'example.com')).toBe(true);
    expect(aligned('com', 'example.com')).toBe(false);
    expect(aligned('evilexample.com', 'example.com')).toBe(false);
    expect(aligned('example.com.evil.example', 'example.com')).toBe(false);
  });
});

describe('replyDestination', () => {
  it('is the From address, lower-cased', () => {
    expect(replyDestination(' Emma@Example.COM ')).toBe('emma@example.com');
    expect(replyDestination(null)).toBe('');
  });
});
