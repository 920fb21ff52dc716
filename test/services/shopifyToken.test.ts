// The Dev Dashboard app's token on PostgreSQL: several workers (separate connection pools) renew
// once under the lease, and the token is stored sealed. Shopify's token endpoint and Admin API
// are faked with msw (no network); the store is a real PostgreSQL database.
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { parseSecretKey } from '../../src/secrets/secretBox.ts';
import { rotateSecretKey, SecretStore } from '../../src/secrets/secretStore.ts';
import { shopifyGraphqlFromConfig } from '../../src/shop/accessToken/graphqlFromConfig.ts';
import { shopTokenName } from '../../src/shop/accessToken/tokenSource.ts';
import { type Db, openDb } from '../../src/store/db.ts';
import { tryAcquireLease } from '../../src/store/leases.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';
import { requestLog, useMswServer } from '../helpers/msw.ts';
import { testClock } from '../helpers/pipeline.ts';
import { createTempPg } from './support/stores.ts';

const SHOP = 'demo-store.myshopify.com';
const KEY = Buffer.alloc(32, 5).toString('base64');
const server = useMswServer();

describe('Shopify client-credentials token on PostgreSQL', () => {
  let pgdb: { url: string; drop(): Promise<void> };
  const dbs: Db[] = [];
  beforeAll(async () => {
    pgdb = await createTempPg();
    const db = openDb(pgdb.url);
    dbs.push(db);
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.destroy()));
    await pgdb.drop();
  });

  it('the lease has one holder at a time and is free again once expired', async () => {
    const [a, b] = [openDb(pgdb.url), openDb(pgdb.url)];
    dbs.push(a, b);
    const clock = testClock();
    expect(await tryAcquireLease(a, 'renew:x', 'worker-a', 30_000, clock.now())).toBe(true);
    expect(await tryAcquireLease(b, 'renew:x', 'worker-b', 30_000, clock.now())).toBe(false);
    clock.advance(31_000);
    expect(await tryAcquireLease(b, 'renew:x', 'worker-b', 30_000, clock.now())).toBe(true);
    expect(await tryAcquireLease(a, 'renew:x', 'worker-a', 30_000, clock.now())).toBe(false);
  });

  it('three workers renew once, all use the one token, and it is stored sealed', async () => {
    const tokens = requestLog();
    const admin = requestLog();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    server.use(
      http.post(`https://${SHOP}/admin/oauth/access_token`, async ({ request }) => {
        await tokens.record(request);
        if (tokens.all.length >= 2) release();
        await gate;
        return HttpResponse.json({ access_token: `shpat_pg_${tokens.all.length}_abcdefabcdef`, scope: 'read_orders', expires_in: 86_399 });
      }),
      http.post(`https://${SHOP}/admin/api/:version/graphql.json`, async ({ request }) => {
        await admin.record(request);
        return HttpResponse.json({ data: { shop: { name: 'Demo Store' } } });
      }),
    );
    const config = loadConfig({ SHOPIFY_SHOP: SHOP, SHOPIFY_CLIENT_ID: 'cid', SHOPIFY_API_SECRET: 'csecret', DESKHAND_SECRET_KEY: KEY });
    const clock = testClock();
    const sleep = async () => {
      release();
      await new Promise((r) => setTimeout(r, 10));
    };
    const workers = [openDb(pgdb.url), openDb(pgdb.url), openDb(pgdb.url)];
    dbs.push(...workers);
    await Promise.all(workers.map((db) => shopifyGraphqlFromConfig(config, { db, now: clock.now }, { sleep }).request('query { shop { name } }')));

    expect(tokens.all).toHaveLength(1);
    expect(new Set(admin.all.map((r) => r.headers.get('x-shopify-access-token')))).toEqual(new Set(['shpat_pg_1_abcdefabcdef']));
    const row = await workers[0]!.selectFrom('stored_secrets').selectAll().where('name', '=', shopTokenName(SHOP)).executeTakeFirstOrThrow();
    expect(row.sealed).not.toContain('shpat_pg_1');

    // rotate-key's core on PostgreSQL: the new key opens it, the old one no longer does.
    const newKey = Buffer.alloc(32, 6);
    expect(await rotateSecretKey(workers[0]!, parseSecretKey(KEY)!, newKey)).toBe(1);
    expect((await new SecretStore(workers[1]!, newKey).get(shopTokenName(SHOP)))?.value).toBe('shpat_pg_1_abcdefabcdef');
    await expect(new SecretStore(workers[1]!, parseSecretKey(KEY)).get(shopTokenName(SHOP))).rejects.toThrow(/DESKHAND_SECRET_KEY/);
  });
});
