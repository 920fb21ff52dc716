import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../../src/auth/loginRateLimit.ts';

describe('login rate limiter, per account', () => {
  it('locks an account out after failures spread over many IPs (one guess each)', () => {
    const t = 0;
    const rl = new LoginRateLimiter({ maxFailures: 10, maxFailuresPerAccount: 5, windowMs: 60_000, now: () => t });
    for (let i = 1; i <= 5; i++) {
      const attempt = { ip: `203.0.113.${i}`, email: 'owner@demo-store.example' };
      expect(rl.retryAfter(attempt)).toBe(0);
      rl.recordFailure(attempt);
    }
    // A sixth, fresh IP may not try the account any more; the same IP may still try another account.
    expect(rl.retryAfter({ ip: '198.51.100.7', email: 'owner@demo-store.example' })).toBe(60);
    expect(rl.retryAfter({ ip: '198.51.100.7', email: 'agent@demo-store.example' })).toBe(0);
  });

  it('counts the account the way sign-in matches it (case and spaces do not make a new account)', () => {
    const rl = new LoginRateLimiter({ maxFailuresPerAccount: 2, now: () => 0 });
    rl.recordFailure({ ip: '203.0.113.1', email: 'Owner@Demo-Store.example' });
    rl.recordFailure({ ip: '203.0.113.2', email: '  owner@demo-store.example ' });
    expect(rl.retryAfter({ ip: '203.0.113.3', email: 'OWNER@DEMO-STORE.EXAMPLE' })).toBeGreaterThan(0);
  });

  it('counts unknown emails too, so a lockout does not tell which accounts exist', () => {
    const rl = new LoginRateLimiter({ maxFailuresPerAccount: 1, now: () => 0 });
    rl.recordFailure({ ip: '203.0.113.1', email: 'nobody@example.com' });
    expect(rl.retryAfter({ ip: '203.0.113.9', email: 'nobody@example.com' })).toBeGreaterThan(0);
  });
});
