// Failed-login counters, in memory (one process; a restart forgets them), kept twice: per client
// IP (one machine guessing many passwords) and per account (many machines, a botnet, guessing one
// account's password). After too many failures within `windowMs` on either key, sign-in from
// that IP, or to that account, waits until the window ends. Unknown emails count like real ones,
// so the limiter does not tell which accounts exist.

export interface LoginRateLimitOptions {
  /** Failures per client IP within the window. Default 10. */
  maxFailures?: number;
  /** Failures per account (email) within the window, from any number of IPs. Default 10. */
  maxFailuresPerAccount?: number;
  windowMs?: number;
  now?: () => number;
}

/** Who is trying to sign in: the client IP and the email typed in the form. */
export interface LoginAttempt {
  ip: string;
  email: string;
}

/** Bound memory under a spray of addresses or emails: past this many keys the oldest are forgotten. */
const MAX_KEYS = 10_000;

class FailureCounter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(maxFailures: number, windowMs: number, now: () => number) {
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
    this.now = now;
  }

  retryAfter(key: string): number {
    const f = this.failures.get(key);
    if (!f) return 0;
    const t = this.now();
    if (t >= f.resetAt) {
      this.failures.delete(key);
      return 0;
    }
    return f.count >= this.maxFailures ? Math.ceil((f.resetAt - t) / 1000) : 0;
  }

  recordFailure(key: string): void {
    const t = this.now();
    const f = this.failures.get(key);
    if (!f || t >= f.resetAt) this.failures.set(key, { count: 1, resetAt: t + this.windowMs });
    else f.count++;
    if (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

/** The account key: the email as the login form matches it (trimmed, lower case). */
const accountKey = (email: string) => email.trim().toLowerCase().slice(0, 320);

export class LoginRateLimiter {
  private readonly byIp: FailureCounter;
  private readonly byAccount: FailureCounter;

  constructor(opts: LoginRateLimitOptions = {}) {
    const windowMs = opts.windowMs ?? 15 * 60_000;
    const now = opts.now ?? Date.now;
    this.byIp = new FailureCounter(opts.maxFailures ?? 10, windowMs, now);
    this.byAccount = new FailureCounter(opts.maxFailuresPerAccount ?? 10, windowMs, now);
  }

  /** Seconds to wait before this IP may try, or this account may be tried, again; 0 when it may try now. */
  retryAfter(attempt: LoginAttempt): number {
    return Math.max(this.byIp.retryAfter(attempt.ip), this.byAccount.retryAfter(accountKey(attempt.email)));
  }

  recordFailure(attempt: LoginAttempt): void {
    this.byIp.recordFailure(attempt.ip);
    this.byAccount.recordFailure(accountKey(attempt.email));
  }

  recordSuccess(attempt: LoginAttempt): void {
    this.byIp.clear(attempt.ip);
    this.byAccount.clear(accountKey(attempt.email));
  }
}
