// Failed-login counter per client IP, in memory (one process; a restart forgets it). After
// `maxFailures` failures within `windowMs` the IP must wait until the window ends.

export interface LoginRateLimitOptions {
  maxFailures?: number;
  windowMs?: number;
  now?: () => number;
}

export class LoginRateLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(opts: LoginRateLimitOptions = {}) {
    this.maxFailures = opts.maxFailures ?? 10;
    this.windowMs = opts.windowMs ?? 15 * 60_000;
    this.now = opts.now ?? Date.now;
  }

  /** Seconds the IP must wait before trying again, or 0 when it may try now. */
  retryAfter(ip: string): number {
    const f = this.failures.get(ip);
    if (!f) return 0;
    const t = this.now();
    if (t >= f.resetAt) {
      this.failures.delete(ip);
      return 0;
    }
    return f.count >= this.maxFailures ? Math.ceil((f.resetAt - t) / 1000) : 0;
  }

  recordFailure(ip: string): void {
    const t = this.now();
    const f = this.failures.get(ip);
    if (!f || t >= f.resetAt) this.failures.set(ip, { count: 1, resetAt: t + this.windowMs });
    else f.count++;
    // Bound memory under a spray of addresses: forget the oldest entries.
    if (this.failures.size > 10_000) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  recordSuccess(ip: string): void {
    this.failures.delete(ip);
  }
}
