// The Shopify authorization-code install (/shopify/install → Shopify → /shopify/callback) through
// the desk, with @shopify/shopify-api doing the redirect, HMAC check and code exchange, and
// Shopify's token endpoint faked with msw.
import { createHmac } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.ts';
import { parseSecretKey } from '../../src/secrets/secretBox.ts';
import { SecretStore } from '../../src/secrets/secretStore.ts';
import { SHOPIFY_APP_SCOPES } from '../../src/shop/appScopes.ts';
import { shopifyGraphqlFromConfig } from '../../src/shop/accessToken/graphqlFromConfig.ts';
import { shopTokenName } from '../../src/shop/accessToken/tokenSource.ts';
import { createWebApp } from '../../src/web/app.tsx';
import { requestLog, useMswServer } from '../helpers/msw.ts';
import { testApp, type TestApp } from '../helpers/pipeline.ts';
import { AGENT, login, OWNER, type Session } from './deskTestApp.ts';

const SHOP = 'demo-store.myshopify.com';
const CLIENT_ID = 'dev-dashboard-client-id';
const CLIENT_SECRET = 'shpss_install_secret_abcdef';
const KEY = Buffer.alloc(32, 9).toString('base64');
const INSTALLED_TOKEN = 'shpat_installed_offline_0123456789';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

const server = useMswServer();

let deps: TestApp;
let app: ReturnType<typeof createWebApp>;
let owner: Session;
let tokenRequests: ReturnType<typeof requestLog>;

beforeEach(async () => {
  deps = await testApp({
    env: { SHOPIFY_SHOP: SHOP, SHOPIFY_CLIENT_ID: CLIENT_ID, SHOPIFY_API_SECRET: CLIENT_SECRET, DESKHAND_SECRET_KEY: KEY, PUBLIC_URL: 'https://desk.example' },
  });
  await createUser(deps.db, OWNER, deps.now());
  await createUser(deps.db, AGENT, deps.now());
  app = createWebApp(deps, { secureCookies: false });
  owner = await login(app, OWNER);
  tokenRequests = requestLog();
  server.use(
    http.post(`https://${SHOP}/admin/oauth/access_token`, async ({ request }) => {
      await tokenRequests.record(request);
      return HttpResponse.json({ access_token: INSTALLED_TOKEN, scope: 'read_orders,write_orders,read_customers,read_products,read_inventory' });
    }),
  );
});
afterEach(async () => {
  await deps.db.destroy();
});

/** What Shopify puts on the redirect back: the query, signed with the app's client secret. */
function signedCallback(params: Record<string, string>, secret = CLIENT_SECRET): string {
  const sorted = new URLSearchParams(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
  const hmac = createHmac('sha256', secret).update(sorted.toString()).digest('hex');
  return `/shopify/callback?${new URLSearchParams({ ...params, hmac })}`;
}
// Shopify's HMAC carries a real timestamp, which the SDK checks against real time.
const nowSeconds = () => String(Math.floor(Date.now() / 1000));

/** Step 1 as the owner's browser: the redirect to Shopify and the cookies to carry back. */
async function begin() {
  const res = await app.request(`/shopify/install?shop=${SHOP}`, { headers: { Cookie: owner.cookie, 'User-Agent': BROWSER } });
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get('location')!);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { location, state: location.searchParams.get('state')!, cookie: [owner.cookie, ...cookies].join('; ') };
}

const callback = (path: string, cookie: string) => app.request(path, { headers: { Cookie: cookie, 'User-Agent': BROWSER } });
const storedToken = () => new SecretStore(deps.db, parseSecretKey(KEY), deps.now).get(shopTokenName(SHOP));

describe('Shopify install (authorization code)', () => {
  it('redirects the owner to Shopify\'s consent screen with the app\'s scopes, our callback and a state', async () => {
    const { location, state } = await begin();
    expect(location.origin + location.pathname).toBe(`https://${SHOP}/admin/oauth/authorize`);
    expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
    // Every scope of the app, each listed or implied (the SDK drops read_x when write_x is asked).
    const asked = new Set(location.searchParams.get('scope')!.split(','));
    for (const scope of SHOPIFY_APP_SCOPES) expect(asked.has(scope) || asked.has(scope.replace(/^read_/, 'write_'))).toBe(true);
    expect(asked.has('write_orders')).toBe(true);
    expect(location.searchParams.get('redirect_uri')).toBe('https://desk.example/shopify/callback');
    expect(state).toMatch(/^\w{10,}$/);
    expect(await deps.db.selectFrom('shopify_oauth_states').select('state').execute()).toEqual([{ state }]);
  });

  it('a good callback exchanges the code and stores the token sealed; the Admin API client then uses it', async () => {
    const { state, cookie } = await begin();
    const res = await callback(signedCallback({ code: 'auth-code-1', shop: SHOP, state, timestamp: nowSeconds() }), cookie);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/Connected demo-store\.myshopify\.com/);

    expect(tokenRequests.all).toHaveLength(1);
    expect(tokenRequests.last.url.href).toBe(`https://${SHOP}/admin/oauth/access_token`);
    expect(tokenRequests.last.json()).toMatchObject({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, code: 'auth-code-1' });
    expect(await storedToken()).toMatchObject({ value: INSTALLED_TOKEN, expiresAt: null, meta: { grant: 'authorization_code' } });
    const row = await deps.db.selectFrom('stored_secrets').select('sealed').executeTakeFirstOrThrow();
    expect(row.sealed).not.toContain(INSTALLED_TOKEN);

    // The desk's Admin API client uses the installed token, with no client-credentials request.
    const admin = requestLog();
    server.use(http.post(`https://${SHOP}/admin/api/:version/graphql.json`, async ({ request }) => {
      await admin.record(request);
      return HttpResponse.json({ data: { shop: { name: 'Demo Store' } } });
    }));
    await shopifyGraphqlFromConfig(deps.config, { db: deps.db, now: deps.now }).request('query { shop { name } }');
    expect(admin.last.headers.get('x-shopify-access-token')).toBe(INSTALLED_TOKEN);
    expect(tokenRequests.all).toHaveLength(1);
  });

  it('rejects a callback with a bad HMAC, exchanges nothing, and keeps the state for the real one', async () => {
    const { state, cookie } = await begin();
    const forged = signedCallback({ code: 'stolen-code', shop: SHOP, state, timestamp: nowSeconds() }, 'not-the-client-secret');
    const res = await callback(forged, cookie);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/not signed by Shopify \(HMAC check failed\)/);
    expect(tokenRequests.all).toHaveLength(0);
    expect(await storedToken()).toBeNull();
    expect(await deps.db.selectFrom('shopify_oauth_states').select('state').execute()).toEqual([{ state }]);
  });

  it('rejects a reused state: the second callback with the same state exchanges nothing', async () => {
    const { state, cookie } = await begin();
    const first = await callback(signedCallback({ code: 'auth-code-1', shop: SHOP, state, timestamp: nowSeconds() }), cookie);
    expect(first.status).toBe(200);
    const replay = await callback(signedCallback({ code: 'auth-code-2', shop: SHOP, state, timestamp: nowSeconds() }), cookie);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toMatch(/expired or was already used/);
    expect(tokenRequests.all).toHaveLength(1);
  });

  it('rejects a state the desk never issued, even when correctly signed', async () => {
    const { cookie } = await begin();
    const res = await callback(signedCallback({ code: 'auth-code-1', shop: SHOP, state: '123456789012345', timestamp: nowSeconds() }), cookie);
    expect(res.status).toBe(400);
    expect(tokenRequests.all).toHaveLength(0);
  });

  it('rejects an expired state (on the desk\'s clock)', async () => {
    const { state, cookie } = await begin();
    deps.clock.advance(11 * 60_000);
    const res = await callback(signedCallback({ code: 'auth-code-1', shop: SHOP, state, timestamp: nowSeconds() }), cookie);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/expired or was already used/);
    expect(tokenRequests.all).toHaveLength(0);
  });

  it('rejects a valid state from another browser (no state cookie from our redirect)', async () => {
    const { state } = await begin();
    const res = await callback(signedCallback({ code: 'auth-code-1', shop: SHOP, state, timestamp: nowSeconds() }), owner.cookie);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/does not match this browser/);
    expect(tokenRequests.all).toHaveLength(0);
  });

  it('is for the owner only, and only for this desk\'s store', async () => {
    const agent = await login(app, AGENT);
    expect((await app.request(`/shopify/install?shop=${SHOP}`, { headers: { Cookie: agent.cookie, 'User-Agent': BROWSER } })).status).toBe(403);
    expect((await app.request(`/shopify/install?shop=${SHOP}`, { headers: { 'User-Agent': BROWSER } })).status).toBe(302); // to /login
    const other = await app.request('/shopify/install?shop=someone-else.myshopify.com', { headers: { Cookie: owner.cookie, 'User-Agent': BROWSER } });
    expect(other.status).toBe(403);
    expect(await deps.db.selectFrom('shopify_oauth_states').selectAll().execute()).toEqual([]);
  });
});
