import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../../src/auth/loginRateLimit.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/auth/passwords.ts';

describe('passwords', () => {
  it('hashes with scrypt and a per-user salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b); // different salts
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'plain-text')).toBe(false);
  });

  it('requires at least 10 characters', () => {
    expect(passwordProblem('short')).toMatch(/10 characters/);
    expect(passwordProblem('long-enough-1')).toBeNull();
  });
});

describe('login rate limiter', () => {
  it('blocks an IP after the allowed failures until the window ends, and forgets on success', () => {
    let t = 0;
    const rl = new LoginRateLimiter({ maxFailures: 2, maxFailuresPerAccount: 100, windowMs: 60_000, now: () => t });
    const a = { ip: '1.2.3.4', email: 'a@example.com' };
    const b = { ip: '5.6.7.8', email: 'b@example.com' };
    rl.recordFailure(a);
    expect(rl.retryAfter(a)).toBe(0);
    rl.recordFailure(a);
    expect(rl.retryAfter(a)).toBe(60);
    expect(rl.retryAfter(b)).toBe(0);
    t = 30_000;
    expect(rl.retryAfter(a)).toBe(30);
    t = 60_000;
    expect(rl.retryAfter(a)).toBe(0);
    rl.recordFailure(b);
    rl.recordSuccess(b);
    rl.recordFailure(b);
    expect(rl.retryAfter(b)).toBe(0);
  });
});
