import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { realClockEnv } from './support/realClockEnv.ts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BuiltinCrm } from '../../src/crm/builtinCrm.ts';
import { createClassifier } from '../../src/llm/createClassifier.ts';
import { silentLogger } from '../../src/log.ts';
import { SendGridSender } from '../../src/send/sendgridSender.ts';
import { createShopifyShop } from '../../src/shop/shopifyShop.ts';
import { useMswServer } from '../helpers/msw.ts';
import type { Config } from '../../src/config.ts';
import { ingestRaw } from '../../src/pipeline/ingest.ts';
import type { PipelineDeps } from '../../src/pipeline/deps.ts';
import { enqueueMessage } from '../../src/queue/enqueue.ts';
import { createStepQueues, type StepQueues } from '../../src/queue/queues.ts';
import { startBullRuntime } from '../../src/queue/runtime.ts';
import { EmlOutbox } from '../../src/send/emlOutbox.ts';
import type { Db } from '../../src/store/db.ts';
import { ensureMailbox } from '../../src/store/mailboxes.ts';
import { orderStatusEmail } from './support/mail.ts';
import { countBy, dropPrefix, REDIS_URL, testPrefix, waitAllFinal } from './support/queue.ts';
import { createTempPg, embeddedDeps, openMigrated, tempDir, testConfig } from './support/stores.ts';

const TRIALS = Number(process.env.FAULT_TRIALS ?? 50);
const PER_TRIAL = 4;

interface Rig {
  config: Config;
  env: Record<string, string>;
  db: Db;
  deps: PipelineDeps;
  queues: StepQueues;
  sendLog: string;
  close(): Promise<void>;
}

async function rig(extra: Record<string, string> = {}): Promise<Rig> {
  const pg = await createTempPg();
  const prefix = testPrefix();
  const dataDir = tempDir();
  const sendLog = join(dataDir, 'sends.log');
  writeFileSync(sendLog, '');
  const env = {
    DATABASE_URL: pg.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    DESKHAND_DATA_DIR: dataDir,
    REVIEW_MODE: 'auto',
    AUTO_INTENTS: 'order_status',
    AUTO_CONFIDENCE: '0',
    AUTO_SEND_UNCHECKED_SENDERS: 'true',
    REPLY_CAP_PER_SENDER: '100000',
    QUEUE_LOCK_MS: '1000',
    SWEEP_INTERVAL_MS: '1000',
    WORKER_CONCURRENCY: '4',
    LOG_LEVEL: 'silent',
    SEND_LOG: sendLog,
    ...extra,
  };
  const config = testConfig(env);
  const db = await openMigrated(pg.url);
  const deps = await embeddedDeps(config, db);
  await ensureMailbox(db, config, 'inbox', 'imap', new Date());
  const queues = createStepQueues(config);
  return {
    config,
    env,
    db,
    deps,
    queues,
    sendLog,
    async close() {
      await queues.close();
      await db.destroy();
      await pg.drop();
      await dropPrefix(prefix);
    },
  };
}

/** What `deskhand poll` does for each new mail: store it, queue its first step. */
async function deliver(r: Rig, from: number, count: number, tag: string): Promise<void> {
  for (let n = from; n < from + count; n++) {
    const res = await ingestRaw(r.db, 'inbox', { source: 'imap', uid: n + 1, raw: await orderStatusEmail(n, tag) }, new Date());
    await enqueueMessage(r.db, r.queues, res.id);
  }
}

function spawnWorker(r: Rig): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/services/support/chaosWorker.ts'], {
    env: { ...process.env, ...r.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => {
      if (b.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

function killed(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** The invariants: every message final, none failed, at most one reply delivered per message, none resent. */
async function checkNothingLostNoDuplicates(r: Rig, expected: number) {
  const rows = await r.db.selectFrom('messages').select(['id', 'state']).execute();
  const outbox = await r.db.selectFrom('outbox').select(['message_id', 'status']).execute();
  const delivered = countBy(readFileSync(r.sendLog, 'utf8').split('\n').filter(Boolean));
  const byState = countBy(rows.map((m) => m.state));
  const eml = new EmlOutbox({ dataDir: r.config.DESKHAND_DATA_DIR });

  expect(rows.length).toBe(expected);
  expect(Object.keys(byState).filter((s) => !['logged', 'needs_attention'].includes(s))).toEqual([]);
  expect(Object.values(delivered).filter((n) => n > 1)).toEqual([]);
  expect(Object.values(countBy(outbox.map((o) => o.message_id))).filter((n) => n > 1)).toEqual([]);
  expect(outbox.filter((o) => o.status === 'sending')).toEqual([]);
  for (const m of rows) {
    if (m.state === 'logged') {
      // Sent: exactly one delivery and its .eml file.
      expect(delivered[m.id]).toBe(1);
      expect(existsSync(eml.pathFor(m.id))).toBe(true);
      expect(outbox.find((o) => o.message_id === m.id)?.status).toBe('sent');
    } else {
      // Interrupted between "sending" and "sent": flagged for a person, never resent.
      expect(outbox.find((o) => o.message_id === m.id)?.status).toBe('needs_attention');
      expect(delivered[m.id] ?? 0).toBeLessThanOrEqual(1);
    }
  }
  return { byState, deliveries: Object.values(delivered).reduce((a, b) => a + b, 0) };
}

describe('faults: nothing lost, nothing sent twice', () => {
  // 50 worker starts (tsx) and kills: about 160 s on a quiet 2-core machine; the bound only stops a hang.
  it(`a worker SIGKILLed at random points, ${TRIALS} times`, { timeout: 600_000 }, async () => {
    const r = await rig({ SEND_DELAY_MS: '25' });
    try {
      const statesAtKill: Record<string, number> = {};
      let killsMidSend = 0;
      for (let t = 0; t < TRIALS; t++) {
        await deliver(r, t * PER_TRIAL, PER_TRIAL, 'kill');
        const child = await spawnWorker(r);
        await new Promise((res) => setTimeout(res, 50 + Math.random() * 1000));
        await killed(child, 'SIGKILL');
        const snapshot = await r.db.selectFrom('messages').select('state').execute();
        for (const s of snapshot) statesAtKill[s.state] = (statesAtKill[s.state] ?? 0) + 1;
        const sending = await r.db.selectFrom('outbox').select('id').where('status', '=', 'sending').execute();
        if (sending.length > 0) killsMidSend++;
      }
      const outboxAtEnd = countBy((await r.db.selectFrom('outbox').select('status').execute()).map((o) => o.status));
      // One last worker, left alone, must finish everything the killed ones left behind.
      const last = await spawnWorker(r);
      await waitAllFinal(r.db, 90_000);
      await killed(last, 'SIGTERM');
      const result = await checkNothingLostNoDuplicates(r, TRIALS * PER_TRIAL);
      console.log('SIGKILL trials:', TRIALS, 'final states:', result.byState, 'deliveries:', result.deliveries, 'outbox before the last worker:', outboxAtEnd, 'message-states summed over the kills:', statesAtKill, 'kills with a send in flight:', killsMidSend);
      expect(result.byState.logged).toBeGreaterThan(TRIALS * PER_TRIAL * 0.5);
    } finally {
      await r.close();
    }
  });

  it('Redis restarted (losing every job) in the middle of a run', { timeout: 180_000 }, async () => {
    const r = await rig({ SEND_DELAY_MS: '5', SWEEP_INTERVAL_MS: '500' });
    const total = 200;
    await deliver(r, 0, total, 'redis');
    let sent = 0;
    const inner = r.deps.sender;
    const runtime = startBullRuntime(
      { ...r.deps, sender: { kind: inner.kind, send: async (reply) => { await new Promise((res) => setTimeout(res, 5)); const rc = await inner.send(reply); sent++; writeFileSync(r.sendLog, `${reply.deskhandMessageId}\n`, { flag: 'a' }); return rc; } } },
      r.config,
      { queues: r.queues, concurrency: 4 },
    );
    try {
      while (sent < 20) await new Promise((res) => setTimeout(res, 20));
      restartRedis();
      const working = (await r.db.selectFrom('messages').select('state').execute()).filter((m) => !['logged', 'needs_attention'].includes(m.state)).length;
      expect(working).toBeGreaterThan(0);
      const states = await waitAllFinal(r.db, 120_000);
      const moved = [...states.values()].filter((s) => s === 'logged').length;
      const result = await checkNothingLostNoDuplicates(r, total);
      console.log('Redis restarted after', 20, 'sends with', working, 'messages still in working states; final states:', result.byState, 'logged:', moved);
    } finally {
      await runtime.close();
      await r.close();
    }
  });
});

/** The machine's Redis keeps nothing on disk: shut down without saving, start again as CI does. */
function restartRedis(): void {
  const env = realClockEnv();
  execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'shutdown', 'nosave'], { env });
  execFileSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no', '--dir', '/var/lib/redis', '--logfile', '/var/log/redis/ci.log'], { env });
  for (let i = 0; i < 50; i++) {
    try {
      if (execFileSync('redis-cli', ['-h', '127.0.0.1', 'ping'], { env }).toString().includes('PONG')) return;
    } catch {
      // not up yet
    }
    execFileSync('sleep', ['0.1']);
  }
  throw new Error('redis did not come back');
}


// ---- (c) bursts of 429 and 500 from the model, Shopify and SendGrid -------------------------

const SHOP = 'demo-store.myshopify.com';
const shopifyFixture = (name: string) => JSON.parse(readFileSync(`test/fixtures-shopify/${name}`, 'utf8')) as Record<string, unknown>;

/** A chat.completion with the classify_email tool call, shaped like the API reference's example. */
function completion() {
  const args = { intent: 'order_status', action: 'reply', orderNumbers: ['#1001'], language: 'en', entities: { trackingNumbers: [], productQuery: null, newAddress: null, discountCode: null }, confidence: 0.93, reasons: ["'where is my order'"], escalation: null };
  return {
    id: 'chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG',
    object: 'chat.completion',
    created: 1741569952,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA', type: 'function', function: { name: 'classify_email', arguments: JSON.stringify(args) } }], refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 912, completion_tokens: 64, total_tokens: 976 },
    service_tier: 'default',
    system_fingerprint: 'fp_06737a9306',
  };
}

/** Replies with errors to the first `failures` requests (429 and 500 in turn), or to all when failures is Infinity. */
function burst(failures: number, error: (status: number) => Response, ok: (req: Request) => Promise<Response> | Response) {
  let n = 0;
  return async ({ request }: { request: Request }) => {
    const i = n++;
    if (i < failures) return error(i % 2 === 0 ? 429 : 500);
    return ok(request);
  };
}

const openaiError = (status: number) => HttpResponse.json({ error: { message: status === 429 ? 'Rate limit reached for gpt-4o-mini' : 'The server had an error while processing your request.', type: status === 429 ? 'requests' : 'server_error', param: null, code: status === 429 ? 'rate_limit_exceeded' : null } }, { status });
const shopifyError = (status: number) => (status === 429 ? HttpResponse.json(shopifyFixture('throttled.json'), { status: 429, headers: { 'Retry-After': '0' } }) : HttpResponse.json({ errors: 'Internal Server Error' }, { status: 500 }));
const sendgridError = (status: number) => HttpResponse.json({ errors: [{ message: status === 429 ? 'too many requests' : 'Internal server error', field: null }] }, { status });

async function shopifyOk(request: Request): Promise<Response> {
  const body = (await request.clone().json()) as { query: string };
  if (body.query.includes('CustomerByEmail')) return HttpResponse.json(shopifyFixture('customer.json'));
  if (body.query.includes('RecentOrdersByEmail')) return HttpResponse.json(shopifyFixture('recent-orders.json'));
  if (body.query.includes('OrderByName')) return HttpResponse.json(shopifyFixture('order-by-name.json'));
  return HttpResponse.json(shopifyFixture('products.json'));
}

describe('faults: 429 and 500 bursts from the model, Shopify and SendGrid', () => {
  const server = useMswServer();
  const sends: string[] = [];
  const handlers = (f: { model: number; shop: number; mail: number }) => [
    http.post('https://api.openai.com/v1/chat/completions', burst(f.model, openaiError, () => HttpResponse.json(completion()))),
    http.post(`https://${SHOP}/admin/api/:version/graphql.json`, burst(f.shop, shopifyError, shopifyOk)),
    http.post(
      'https://api.sendgrid.com/v3/mail/send',
      burst(f.mail, sendgridError, async (req) => {
        const b = (await req.json()) as { custom_args?: Record<string, string> };
        sends.push(String(b.custom_args?.deskhand_message_id ?? JSON.stringify(b.custom_args)));
        return new HttpResponse(null, { status: 202, headers: { 'X-Message-Id': `sg-${sends.length}` } });
      }),
    ),
  ];

  async function run(count: number, env: Record<string, string>) {
    sends.length = 0;
    const r = await rig({
      OPENAI_API_KEY: 'sk-test-123',
      OPENAI_MAX_RETRIES: '0',
      SHOPIFY_SHOP: SHOP,
      SHOPIFY_ADMIN_TOKEN: 'shpat_test_0123456789abcdef',
      SENDGRID_API_KEY: 'SG.test-key.abc',
      RETRY_BASE_MS: '5',
      ...env,
    });
    const deps: PipelineDeps = {
      ...r.deps,
      classifier: createClassifier(r.config),
      shop: createShopifyShop(r.config, { sleep: async () => {}, maxThrottleRetries: 0 }),
      sender: new SendGridSender({ apiKey: r.config.SENDGRID_API_KEY!, sandbox: false }),
      crm: new BuiltinCrm(r.db),
      log: silentLogger,
    };
    for (let n = 0; n < count; n++) {
      const raw = await new (await import('nodemailer/lib/mail-composer')).default({
        from: { name: 'Sara Ahmadi', address: 'sara@example.com' },
        to: 'support@demo-store.example',
        subject: 'Where is my order #1001?',
        messageId: `<burst-${n}-${r.config.QUEUE_PREFIX}@customers.example>`,
        text: 'Hi, where is my order #1001? It has not arrived yet. Thanks, Sara',
      }).compile().build();
      await ingestRaw(r.db, 'inbox', { source: 'imap', uid: n + 1, raw }, new Date());
    }
    const runtime = startBullRuntime(deps, r.config, { queues: r.queues, concurrency: 4 });
    const states = await waitAllFinal(r.db, 60_000);
    await runtime.close();
    const rows = await r.db.selectFrom('messages').select(['id', 'state', 'reason', 'attempts', 'classification']).execute();
    const outbox = await r.db.selectFrom('outbox').select(['message_id', 'status', 'error']).execute();
    const retries = await r.db.selectFrom('events').select(['message_id', 'data']).where('type', '=', 'retry').execute();
    await r.close();
    return { states, rows, outbox, retries };
  }

  it('retries through short bursts and sends each reply exactly once', async () => {
    server.use(...handlers({ model: 4, shop: 4, mail: 4 }));
    const { rows, outbox, retries } = await run(10, { MAX_ATTEMPTS: '10' });
    expect(rows).toHaveLength(10);
    expect(rows.filter((m) => m.state !== 'logged').map((m) => [m.state, m.reason])).toEqual([]);
    expect(outbox.map((o) => o.status)).toEqual(Array(10).fill('sent'));
    expect([...sends].sort()).toEqual(rows.map((m) => m.id).sort());
    // Shopify's and SendGrid's errors came back to the queue as retries (the model's fall back to the offline rules).
    const steps = countBy(retries.map((e) => (JSON.parse(e.data) as { step: string }).step));
    expect(steps.resolve).toBeGreaterThanOrEqual(4);
    expect(steps.send).toBeGreaterThanOrEqual(4);
    const fellBack = rows.filter((m) => (JSON.parse(m.classification!) as { fallbackReason?: string | null }).fallbackReason);
    expect(fellBack.length).toBe(4);
    expect(fellBack.map((m) => (JSON.parse(m.classification!) as { fallbackReason: string }).fallbackReason).sort()[0]).toMatch(/openai: (429|500)/);
  });

  it('gives up after MAX_ATTEMPTS with the reason when a service keeps failing, and drops nothing', async () => {
    server.use(...handlers({ model: 0, shop: Infinity, mail: 0 }));
    const shopDown = await run(4, { MAX_ATTEMPTS: '3' });
    expect(shopDown.rows).toHaveLength(4);
    for (const m of shopDown.rows) {
      expect(m.state).toBe('failed');
      expect(m.attempts).toBe(3);
      expect(m.reason).toMatch(/^resolve: /);
    }
    expect(shopDown.outbox).toEqual([]);

    server.resetHandlers();
    server.use(...handlers({ model: 0, shop: 0, mail: Infinity }));
    const mailDown = await run(4, { MAX_ATTEMPTS: '3' });
    expect(mailDown.rows).toHaveLength(4);
    for (const m of mailDown.rows) {
      expect(m.state).toBe('failed');
      expect(m.reason).toMatch(/^send: /);
    }
    // SendGrid answered every time, so nothing left: the outbox rows say failed, never sent, never resent.
    expect(mailDown.outbox.map((o) => o.status)).toEqual(Array(4).fill('failed'));
    expect(sends).toEqual([]);
  });
});
