import { describe, expect, it } from 'vitest';
import { backoffDelay, sleep } from '../../src/mail/backoff.ts';

describe('backoffDelay', () => {
  it('doubles the ceiling per attempt up to the cap, scaled by the jitter draw', () => {
    const top = { baseMs: 100, maxMs: 1_000, random: () => 0.999999 };
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelay(n, top))).toEqual([99, 199, 399, 799, 999, 999]);
    const half = { baseMs: 100, maxMs: 1_000, random: () => 0.5 };
    expect([0, 1, 2, 5].map((n) => backoffDelay(n, half))).toEqual([50, 100, 200, 500]);
  });

  it('can be zero (full jitter) and never goes negative', () => {
    expect(backoffDelay(3, { baseMs: 100, maxMs: 1_000, random: () => 0 })).toBe(0);
    expect(backoffDelay(-1, { baseMs: 100, maxMs: 1_000, random: () => 0.5 })).toBe(50);
  });
});

describe('sleep', () => {
  it('ends early when the signal aborts', async () => {
    const controller = new AbortController();
    let done = false;
    const waiting = sleep(60_000, controller.signal).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    controller.abort();
    await waiting;
    expect(done).toBe(true);
  });
});
