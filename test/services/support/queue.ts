import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Db } from '../../../src/store/db.ts';
import { FINAL_STATES, type MessageState } from '../../../src/store/schema.ts';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix of its own per test run, so runs (and files) never see each other's jobs. */
export function testPrefix(): string {
  return `dhtest-${randomBytes(5).toString('hex')}`;
}

/** Deletes every key under the prefix. */
export async function dropPrefix(prefix: string): Promise<void> {
  const r = new Redis(REDIS_URL, { maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

export async function statesOf(db: Db): Promise<Map<string, MessageState>> {
  const rows = await db.selectFrom('messages').select(['id', 'state']).execute();
  return new Map(rows.map((r) => [r.id, r.state as MessageState]));
}

/** Waits until every message is in a final state (or the time is up); returns the states. */
export async function waitAllFinal(db: Db, timeoutMs = 60_000, tick?: () => Promise<void>): Promise<Map<string, MessageState>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const states = await statesOf(db);
    if ([...states.values()].every((s) => FINAL_STATES.has(s))) return states;
    if (Date.now() > end) return states;
    await tick?.();
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function countBy<T>(xs: Iterable<T>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[String(x)] = (out[String(x)] ?? 0) + 1;
  return out;
}
