import sgClientModule from '@sendgrid/client';
import { ImapFlow } from 'imapflow';
import { Redis } from 'ioredis';
import OpenAI from 'openai';
import { sql } from 'kysely';
import type { Config } from '../config.ts';
import { doctorShopify } from '../shop/doctorShopify.ts';
import { shopifyGraphqlFromConfig } from '../shop/accessToken/graphqlFromConfig.ts';
import { openDb } from '../store/db.ts';
import { migrateToLatest } from '../store/migrations.ts';

export interface CheckResult {
  service: string;
  /** ok: works · problem: configured but broken · skipped: not configured (embedded default in use). */
  status: 'ok' | 'problem' | 'skipped';
  detail: string;
}

const problem = (service: string, detail: string): CheckResult => ({ service, status: 'problem', detail });

export async function checkDatabase(config: Config): Promise<CheckResult> {
  const db = openDb(config.DATABASE_URL);
  try {
    await sql`select 1`.execute(db);
    const kind = config.DATABASE_URL.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL';
    return { service: 'database', status: 'ok', detail: `${kind} reachable` };
  } catch (err) {
    return problem('database', `cannot open ${config.DATABASE_URL.split('@').pop()}: ${(err as Error).message}`);
  } finally {
    await db.destroy();
  }
}

export async function checkOpenAI(config: Config): Promise<CheckResult> {
  if (!config.OPENAI_API_KEY) return { service: 'openai', status: 'skipped', detail: 'OPENAI_API_KEY not set: the offline rules classifier is used' };
  const client = new OpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, maxRetries: 0, timeout: 15_000 });
  try {
    const model = await client.models.retrieve(config.OPENAI_MODEL);
    return { service: 'openai', status: 'ok', detail: `key accepted; model ${model.id} available` };
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401) return problem('openai', 'the API key was rejected (401): check OPENAI_API_KEY');
    if (status === 404) return problem('openai', `the key works but model "${config.OPENAI_MODEL}" does not exist for it: check OPENAI_MODEL`);
    return problem('openai', `could not reach ${config.OPENAI_BASE_URL ?? 'api.openai.com'}: ${(err as Error).message}`);
  }
}

export async function checkShopify(config: Config): Promise<CheckResult> {
  if (!config.SHOPIFY_SHOP || (!config.SHOPIFY_ADMIN_TOKEN && !config.SHOPIFY_CLIENT_ID))
    return { service: 'shopify', status: 'skipped', detail: 'SHOPIFY_SHOP not set: the demo store is used' };
  // A Dev Dashboard app's token lives in the database (fetched, or renewed, by this check).
  const db = config.SHOPIFY_ADMIN_TOKEN ? undefined : openDb(config.DATABASE_URL);
  try {
    if (db) await migrateToLatest(db);
    const report = await doctorShopify(shopifyGraphqlFromConfig(config, { db }));
    const notes = [...report.problems, ...report.warnings];
    if (!report.ok) return problem('shopify', notes.join(' '));
    return { service: 'shopify', status: 'ok', detail: [`${report.shopName} (API ${report.servedApiVersion}), scopes: ${report.grantedScopes.join(', ')}`, ...report.warnings].join('. ') };
  } catch (err) {
    return problem('shopify', (err as Error).message);
  } finally {
    await db?.destroy();
  }
}

export async function checkSendGrid(config: Config): Promise<CheckResult> {
  if (!config.SENDGRID_API_KEY) return { service: 'sendgrid', status: 'skipped', detail: 'SENDGRID_API_KEY not set: replies are written as .eml files' };
  // The package exports a singleton; its Client class hangs off it (index.js), untyped for ESM.
  const SgClient = (sgClientModule as unknown as { Client: new () => typeof sgClientModule }).Client;
  const client = new SgClient();
  client.setApiKey(config.SENDGRID_API_KEY);
  try {
    const [, body] = await client.request({ method: 'GET', url: '/v3/scopes' });
    const scopes: string[] = (body as { scopes?: string[] }).scopes ?? [];
    if (!scopes.includes('mail.send')) return problem('sendgrid', 'the API key works but lacks the "mail.send" permission: give it Mail Send access');
    return { service: 'sendgrid', status: 'ok', detail: `key accepted with mail.send${config.SENDGRID_SANDBOX ? ' (sandbox mode: nothing is delivered)' : ''}` };
  } catch (err) {
    const code = (err as { code?: number }).code;
    if (code === 401 || code === 403) return problem('sendgrid', `the API key was rejected (${code}): check SENDGRID_API_KEY`);
    return problem('sendgrid', `could not reach SendGrid: ${(err as Error).message}`);
  }
}

export async function checkImap(config: Config): Promise<CheckResult> {
  if (!config.IMAP_HOST || !config.IMAP_USER) return { service: 'imap', status: 'skipped', detail: 'IMAP_HOST not set: import .eml files or use the inbound webhook' };
  const client = new ImapFlow({
    host: config.IMAP_HOST,
    port: config.IMAP_PORT,
    secure: config.IMAP_SECURE,
    auth: config.IMAP_ACCESS_TOKEN ? { user: config.IMAP_USER, accessToken: config.IMAP_ACCESS_TOKEN } : { user: config.IMAP_USER, pass: config.IMAP_PASSWORD ?? '' },
    logger: false,
    connectionTimeout: 10_000,
  });
  try {
    await client.connect();
    const status = await client.status(config.IMAP_MAILBOX, { messages: true, uidValidity: true });
    const idle = client.capabilities.has('IDLE') ? 'IDLE supported' : 'no IDLE: polling';
    return { service: 'imap', status: 'ok', detail: `logged in as ${config.IMAP_USER}; ${config.IMAP_MAILBOX} has ${status ? status.messages : '?'} messages; ${idle}` };
  } catch (err) {
    const e = err as { authenticationFailed?: boolean; responseText?: string; code?: string; message: string };
    if (e.authenticationFailed) return problem('imap', `login refused for ${config.IMAP_USER}: check IMAP_PASSWORD or IMAP_ACCESS_TOKEN (${e.responseText ?? 'authentication failed'})`);
    if (e.code === 'NoConnection' || /ECONNREFUSED|ENOTFOUND|ETIMEDOUT/.test(e.message)) return problem('imap', `cannot connect to ${config.IMAP_HOST}:${config.IMAP_PORT}: ${e.message}`);
    return problem('imap', e.responseText ?? e.message);
  } finally {
    await client.logout().catch(() => undefined);
  }
}

export async function checkRedis(config: Config): Promise<CheckResult> {
  if (!config.REDIS_URL) return { service: 'redis', status: 'skipped', detail: 'REDIS_URL not set: the inline runner is used' };
  const redis = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000, retryStrategy: () => null });
  redis.on('error', () => undefined); // reported through the rejected connect() below
  try {
    await redis.connect();
    const pong = await redis.ping();
    return { service: 'redis', status: 'ok', detail: `reachable (${pong})` };
  } catch (err) {
    return problem('redis', `cannot reach ${config.REDIS_URL.replace(/\/\/[^@]*@/, '//')}: ${(err as Error).message}`);
  } finally {
    redis.disconnect();
  }
}

export const ALL_CHECKS = [checkDatabase, checkRedis, checkImap, checkOpenAI, checkShopify, checkSendGrid];

export async function runChecks(config: Config): Promise<CheckResult[]> {
  return Promise.all(ALL_CHECKS.map((check) => check(config)));
}
