import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassifierResult } from '../../src/domain/classification.ts';
import { silentLogger } from '../../src/log.ts';
import { checkHealth } from '../../src/ops/health.ts';
import { createMetrics, instrumentDeps } from '../../src/ops/metrics.ts';
import { mountOpsRoutes } from '../../src/ops/server.ts';
import type { PipelineDeps } from '../../src/pipeline/deps.ts';
import type { OutgoingReply } from '../../src/send/port.ts';
import { openDb, type Db } from '../../src/store/db.ts';
import { loadConfig } from '../../src/config.ts';

const dbs: Db[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.destroy().catch(() => {});
});

function memDb(): Db {
  const db = openDb('sqlite::memory:');
  dbs.push(db);
  return db;
}

const reply = { deskhandMessageId: 'm1', rfcMessageId: '<r@x>', from: { address: 'a@x.example', name: 'A' }, replyTo: null, to: 'c@x.example', subject: 's', text: 't', inReplyTo: '<i@x>', references: [] } satisfies OutgoingReply;

function deps(overrides: Partial<PipelineDeps>): PipelineDeps {
  return { db: memDb(), config: loadConfig({}), log: silentLogger, now: () => new Date(), ...overrides } as PipelineDeps;
}

describe('instrumentDeps', () => {
  it('counts model tokens from the classifier result and sends by outcome', async () => {
    const metrics = createMetrics();
    let fail = false;
    const d = instrumentDeps(
      deps({
        classifier: { kind: 'openai', classify: async () => ({ usage: { promptTokens: 900, completionTokens: 60 } }) as unknown as ClassifierResult },
        sender: {
          kind: 'sendgrid',
          send: async () => {
            if (fail) throw Object.assign(new Error('429'), { status: 429 });
            return { provider: 'sendgrid', providerId: 'x' };
          },
        },
      }),
      metrics,
    );
    await d.classifier.classify({} as never, { orderPrefix: '#', orderSuffix: '' });
    await d.classifier.classify({} as never, { orderPrefix: '#', orderSuffix: '' });
    await d.sender.send(reply);
    fail = true;
    await expect(d.sender.send(reply)).rejects.toThrow('429');

    const text = await metrics.registry.metrics();
    expect(text).toContain('deskhand_model_tokens_total{kind="prompt"} 1800');
    expect(text).toContain('deskhand_model_tokens_total{kind="completion"} 120');
    expect(text).toContain('deskhand_sends_total{provider="sendgrid",outcome="sent"} 1');
    expect(text).toContain('deskhand_sends_total{provider="sendgrid",outcome="error"} 1');
  });
});

describe('/healthz and /metrics', () => {
  it('reports the database healthy, and 503 once it is gone', async () => {
    const db = memDb();
    const app = new Hono();
    const metrics = createMetrics();
    metrics.failures.inc({ step: 'resolve', class: 'transient' });
    mountOpsRoutes(app, { metrics, db });

    const ok = await app.request('/healthz');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, checks: { database: { ok: true } } });

    const m = await app.request('/metrics');
    expect(m.headers.get('content-type')).toContain('text/plain');
    expect(await m.text()).toContain('deskhand_step_failures_total{step="resolve",class="transient"} 1');

    await db.destroy();
    const down = await app.request('/healthz');
    expect(down.status).toBe(503);
    expect(((await down.json()) as { checks: { database: { ok: boolean; error: string } } }).checks.database.ok).toBe(false);
  });

  it('fails the Redis check when Redis does not answer in time', async () => {
    const silentRedis = { ping: () => new Promise(() => {}) } as never;
    const report = await checkHealth(memDb(), silentRedis, 50);
    expect(report.ok).toBe(false);
    expect(report.checks.redis).toMatchObject({ ok: false, error: 'no answer in 50 ms' });
    expect(report.checks.database!.ok).toBe(true);
  });
});
