import type { Context } from 'hono';
import { sql } from 'kysely';
import type { Redis } from 'ioredis';
import type { Db } from '../store/db.ts';

export interface HealthReport {
  ok: boolean;
  checks: Record<string, { ok: boolean; ms: number; error?: string }>;
}

async function timed(run: () => Promise<unknown>, timeoutMs: number): Promise<{ ok: boolean; ms: number; error?: string }> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, ms: Math.round(performance.now() - t0) };
  } catch (err) {
    return { ok: false, ms: Math.round(performance.now() - t0), error: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** Checks the database (a `select 1`) and, when the BullMQ runner is used, Redis (PING). */
export async function checkHealth(db: Db, redis?: Redis | null, timeoutMs = 2000): Promise<HealthReport> {
  const checks: HealthReport['checks'] = {};
  checks.database = await timed(() => sql`select 1`.execute(db), timeoutMs);
  if (redis) checks.redis = await timed(() => redis.ping(), timeoutMs);
  return { ok: Object.values(checks).every((c) => c.ok), checks };
}

/** GET /healthz for Hono: 200 with the checks when all pass, 503 otherwise. No secrets, no URLs. */
export function healthHandler(db: Db, redis?: Redis | null): (c: Context) => Promise<Response> {
  return async (c) => {
    const report = await checkHealth(db, redis);
    return c.json(report, report.ok ? 200 : 503);
  };
}
