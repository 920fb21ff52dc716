// The Dev Dashboard app's Admin API token, against a fake of Shopify's token endpoint and Admin
// API (msw at the HTTP boundary): the real @shopify/shopify-api builds every request.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { parseSecretKey } from '../../../src/secrets/secretBox.ts';
import { SecretStore } from '../../../src/secrets/secretStore.ts';
import { shopifyGraphqlFromConfig } from '../../../src/shop/accessToken/graphqlFromConfig.ts';
import { shopTokenName } from '../../../src/shop/accessToken/tokenSource.ts';
import { ShopifyApiError } from '../../../src/shop/shopifyClient.ts';
import { type Db, openDb } from '../../../src/store/db.ts';
import { migrateToLatest } from '../../../src/store/migrations.ts';
import { requestLog, useMswServer } from '../../helpers/msw.ts';
import { testClock } from '../../helpers/pipeline.ts';

const SHOP = 'demo-store.myshopify.com';
const CLIENT_ID = 'dev-dashboard-client-id';
const CLIENT_SECRET = 'shpss_client_secret_0123456789';
const KEY = Buffer.alloc(32, 3).toString('base64');
const QUERY = 'query ShopName { shop { name } }';
const DAY_S = 86_399;

const server = useMswServer();

/**
 * Shopify as the desk sees it: the token endpoint issues a new token per request (expires_in),
 * and the Admin API accepts only tokens it issued and has not revoked.
 */
function fakeShopify(opts: { tokenReply?: () => Response | undefined; beforeIssue?: () => Promise<void> } = {}) {
  const tokenRequests = requestLog();
  const adminRequests = requestLog();
  const valid = new Set<string>();
  let issued = 0;
  server.use(
    http.post(`https://${SHOP}/admin/oauth/access_token`, async ({ request }) => {
      await tokenRequests.record(request);
      await opts.beforeIssue?.();
      const override = opts.tokenReply?.();
      if (override) return override;
      const token = `shpat_cc_${++issued}_${'x'.repeat(24)}`;
      valid.add(token);
      return HttpResponse.json({ access_token: token, scope: 'read_orders,read_customers,read_products', expires_in: DAY_S });
    }),
    http.post(`https://${SHOP}/admin/api/:version/graphql.json`, async ({ request }) => {
      const seen = await adminRequests.record(request);
      if (!valid.has(seen.headers.get('x-shopify-access-token') ?? '')) return HttpResponse.json({ errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' }, { status: 401 });
      return HttpResponse.json({ data: { shop: { name: 'Demo Store' } } });
    }),
  );
  return { tokenRequests, adminRequests, valid, tokenUsed: (i: number) => adminRequests.all[i]?.headers.get('x-shopify-access-token') };
}

const dbs: Db[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.destroy()));
});

async function memoryDb() {
  const db = openDb('sqlite::memory:');
  dbs.push(db);
  await migrateToLatest(db);
  return db;
}

const config = loadConfig({ SHOPIFY_SHOP: SHOP, SHOPIFY_CLIENT_ID: CLIENT_ID, SHOPIFY_API_SECRET: CLIENT_SECRET, DESKHAND_SECRET_KEY: KEY, PUBLIC_URL: 'https://desk.example' });
const noWait = async () => {};

describe('client-credentials token (Dev Dashboard app)', () => {
  it('fetches a token once with the client id and secret, stores it sealed, and reuses it', async () => {
    const fake = fakeShopify();
    const db = await memoryDb();
    const clock = testClock();
    const gql = shopifyGraphqlFromConfig(config, { db, now: clock.now }, { sleep: noWait });

    expect((await gql.request<{ shop: { name: string } }>(QUERY)).data.shop.name).toBe('Demo Store');
    await gql.request(QUERY);

    expect(fake.tokenRequests.all).toHaveLength(1);
    const req = fake.tokenRequests.last;
    expect(req.method).toBe('POST');
    expect(req.url.href).toBe(`https://${SHOP}/admin/oauth/access_token`);
    expect(req.json()).toEqual({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'client_credentials' });
    expect(fake.adminRequests.all).toHaveLength(2);
    expect(fake.tokenUsed(0)).toBe(fake.tokenUsed(1));
    expect(fake.tokenUsed(0)).toMatch(/^shpat_cc_1_/);

    const row = await db.selectFrom('stored_secrets').selectAll().where('name', '=', shopTokenName(SHOP)).executeTakeFirstOrThrow();
    expect(row.sealed).not.toContain(fake.tokenUsed(0)!);
    expect(row.expires_at).toBe(new Date(clock.now().getTime() + DAY_S * 1000).toISOString());

    // A second client over the same database (a restart, another worker) reuses the stored token.
    await shopifyGraphqlFromConfig(config, { db, now: clock.now }, { sleep: noWait }).request(QUERY);
    expect(fake.tokenRequests.all).toHaveLength(1);
  });

  it('renews shortly before expiry (on the injected clock), not earlier', async () => {
    const fake = fakeShopify();
    const db = await memoryDb();
    const clock = testClock();
    const gql = shopifyGraphqlFromConfig(config, { db, now: clock.now }, { sleep: noWait });
    await gql.request(QUERY);

    clock.advance(DAY_S * 1000 - 11 * 60_000); // 11 minutes left: still good
    await gql.request(QUERY);
    expect(fake.tokenRequests.all).toHaveLength(1);

    clock.advance(2 * 60_000); // 9 minutes left: renew first
    await gql.request(QUERY);
    expect(fake.tokenRequests.all).toHaveLength(2);
    expect(fake.tokenUsed(2)).toMatch(/^shpat_cc_2_/);
    const stored = await new SecretStore(db, parseSecretKey(KEY), clock.now).get(shopTokenName(SHOP));
    expect(stored?.value).toBe(fake.tokenUsed(2));
  });

  it('two workers over one database renew once: the second waits for the first one\'s token (the lease)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskhand-lease-'));
    const url = `sqlite:${join(dir, 'deskhand.db')}`;
    const dbA = openDb(url);
    dbs.push(dbA);
    await migrateToLatest(dbA);
    const dbB = openDb(url);
    dbs.push(dbB);

    // The token endpoint answers only once some worker has found the lease taken and started
    // waiting (or, without a lease, once both workers have asked: then the count below fails).
    let someoneWaited!: () => void;
    const waited = new Promise<void>((r) => (someoneWaited = r));
    const fake = fakeShopify({
      beforeIssue: () => {
        if (fake.tokenRequests.all.length >= 2) someoneWaited();
        return waited;
      },
    });
    const sleep = async () => {
      someoneWaited();
      await new Promise((r) => setImmediate(r));
    };
    const clock = testClock();
    const workerA = shopifyGraphqlFromConfig(config, { db: dbA, now: clock.now }, { sleep });
    const workerB = shopifyGraphqlFromConfig(config, { db: dbB, now: clock.now }, { sleep });

    await Promise.all([workerA.request(QUERY), workerB.request(QUERY)]);

    expect(fake.tokenRequests.all).toHaveLength(1);
    expect(fake.adminRequests.all).toHaveLength(2);
    expect(fake.tokenUsed(0)).toBe(fake.tokenUsed(1));
    expect(await dbA.selectFrom('leases').selectAll().execute()).toEqual([]); // released
  });

  it('a 401 from the Admin API triggers exactly one renewal and one retry', async () => {
    const fake = fakeShopify();
    const db = await memoryDb();
    const gql = shopifyGraphqlFromConfig(config, { db, now: testClock().now }, { sleep: noWait });
    await gql.request(QUERY);
    fake.valid.clear(); // Shopify revoked it (rotated secret, reinstall)

    expect((await gql.request<{ shop: { name: string } }>(QUERY)).data.shop.name).toBe('Demo Store');
    expect(fake.tokenRequests.all).toHaveLength(2);
    expect(fake.adminRequests.all.map((_, i) => fake.tokenUsed(i)?.slice(0, 11))).toEqual(['shpat_cc_1_', 'shpat_cc_1_', 'shpat_cc_2_']);
  });

  it('a fresh token refused as well is reported, after one renewal only (no loop)', async () => {
    const fake = fakeShopify();
    const db = await memoryDb();
    const gql = shopifyGraphqlFromConfig(config, { db, now: testClock().now }, { sleep: noWait });
    server.use(http.post(`https://${SHOP}/admin/api/:version/graphql.json`, async ({ request }) => {
      await fake.adminRequests.record(request);
      return HttpResponse.json({ errors: '[API] Invalid API key or access token' }, { status: 401 });
    }));

    const err = await gql.request(QUERY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShopifyApiError);
    expect((err as ShopifyApiError).message).toMatch(/rejected a freshly issued access token \(401\) for demo-store\.myshopify\.com/);
    expect((err as ShopifyApiError).transient).toBe(false);
    expect(fake.tokenRequests.all).toHaveLength(2);
    expect(fake.adminRequests.all).toHaveLength(2);
  });

  it('shop_not_permitted gets a clear message pointing to the install flow, and the secret is not in it', async () => {
    const fake = fakeShopify({
      tokenReply: () => HttpResponse.json({ error: 'shop_not_permitted', error_description: 'Client credentials cannot be performed on this shop.' }, { status: 400 }),
    });
    const db = await memoryDb();
    const gql = shopifyGraphqlFromConfig(config, { db, now: testClock().now }, { sleep: noWait });

    const err = await gql.request(QUERY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShopifyApiError);
    const e = err as ShopifyApiError;
    expect(e.code).toBe('shop_not_permitted');
    expect(e.transient).toBe(false);
    expect(e.message).toMatch(/same organisation/);
    expect(e.message).toContain(`https://desk.example/shopify/install?shop=${SHOP}`);
    expect(e.message).not.toContain(CLIENT_SECRET);
    expect(fake.adminRequests.all).toHaveLength(0);
    expect(await db.selectFrom('stored_secrets').selectAll().execute()).toEqual([]);
  });

  it('an installed (authorization-code) token is used as it is; when Shopify revokes it, the error says to install again', async () => {
    const fake = fakeShopify();
    const db = await memoryDb();
    const clock = testClock();
    await new SecretStore(db, parseSecretKey(KEY), clock.now).put(shopTokenName(SHOP), 'shpat_installed_token', { meta: { grant: 'authorization_code' } });
    fake.valid.add('shpat_installed_token');
    const gql = shopifyGraphqlFromConfig(config, { db, now: clock.now }, { sleep: noWait });
    await gql.request(QUERY);
    expect(fake.tokenUsed(0)).toBe('shpat_installed_token');

    fake.valid.clear(); // the app was uninstalled
    const err = await gql.request(QUERY).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/token from the install \(401\).*\/shopify\/install\?shop=demo-store\.myshopify\.com/);
    expect(fake.tokenRequests.all).toHaveLength(0); // client credentials are not tried behind the owner's back
  });

  it('the static SHOPIFY_ADMIN_TOKEN keeps working: no token request, the fixed token on each call', async () => {
    const fake = fakeShopify();
    fake.valid.add('shpat_static_token');
    const gql = shopifyGraphqlFromConfig({ SHOPIFY_SHOP: SHOP, SHOPIFY_ADMIN_TOKEN: 'shpat_static_token' });
    await gql.request(QUERY);
    expect(fake.tokenRequests.all).toHaveLength(0);
    expect(fake.tokenUsed(0)).toBe('shpat_static_token');
  });
});
