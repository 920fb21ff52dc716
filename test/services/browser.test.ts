import { mkdirSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../../src/auth/loginRateLimit.ts';
import { createUser } from '../../src/auth/users.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { FixtureShop } from '../../src/shop/fixtureShop.ts';
import { createShopifyShop } from '../../src/shop/shopifyShop.ts';
import { createWebApp } from '../../src/web/app.tsx';
import { ingestInbox, testApp, type TestApp } from '../helpers/pipeline.ts';

// The desk in a real browser: Debian's Chromium driven by playwright-core against the app served
// on a random port, with a temp SQLite file holding the demo inbox put through the pipeline.

const SHOTS = 'test-results/screenshots';
const SHOP_DOMAIN = 'demo-store.myshopify.com';
const TOKEN = 'shpat_browser_test_token';
const OWNER = { email: 'owner@demo-store.example', name: 'Olivia Owner', role: 'owner' as const, password: 'owner-password-1' };
const shopifyFixture = (name: string) => JSON.parse(readFileSync(`test/fixtures-shopify/${name}`, 'utf8')) as Record<string, unknown>;

const demoStore = FixtureShop.load('fixtures/store');

// Shopify's Admin API, intercepted in this (the server's) process; everything else passes through.
const graphqlSeen: { operation: string; variables: Record<string, unknown>; token: string | null; url: string }[] = [];
const msw = setupServer(
  http.post(`https://${SHOP_DOMAIN}/admin/api/:version/graphql.json`, async ({ request }) => {
    const body = (await request.json()) as { query: string; variables?: Record<string, unknown> };
    const operation = /\b(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '';
    graphqlSeen.push({ operation, variables: body.variables ?? {}, token: request.headers.get('x-shopify-access-token'), url: request.url });
    const reply: Record<string, string> = { CustomerByEmail: 'customer.json', RecentOrdersByEmail: 'recent-orders.json', OrderCancel: 'order-cancel-ok.json', OrderByName: 'order-by-name.json' };
    if (operation === 'OrderByName') {
      // Shopify holds the demo store's orders: the approval re-checks the order's owner before the mutation.
      const name = /name:"([^"]+)"/.exec(String(body.variables?.query ?? ''))?.[1] ?? '';
      const demo = await (await demoStore).orderByName(name);
      const found = shopifyFixture('order-by-name.json') as { data: { orders: { nodes: Record<string, unknown>[] } } };
      found.data.orders.nodes = demo ? found.data.orders.nodes.slice(0, 1).map((o) => ({ ...o, id: demo.id, name: demo.name, email: demo.email })) : [];
      return HttpResponse.json(found);
    }
    const file = reply[operation];
    return file ? HttpResponse.json(shopifyFixture(file)) : HttpResponse.json({ errors: [{ message: `unexpected ${operation}` }] }, { status: 400 });
  }),
);

let deps: TestApp;
let ids: Record<string, string>;
let server: ServerType;
let base: string;
let browser: Browser;
const shopify = createShopifyShop({ SHOPIFY_SHOP: SHOP_DOMAIN, SHOPIFY_ADMIN_TOKEN: TOKEN, SHOPIFY_API_SECRET: undefined, PUBLIC_URL: undefined });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'deskhand-browser-'));
  // The pipeline and most pages use the demo store; the proposed-cancel test switches the desk to the
  // real Shopify adapter talking to msw.
  deps = await testApp({ env: { DATABASE_URL: `sqlite:${join(dir, 'desk.db')}` }, shop: await FixtureShop.load('fixtures/store') });
  ids = await ingestInbox(deps);
  await runInline(deps);
  await createUser(deps.db, OWNER, deps.now());
  msw.listen({ onUnhandledFrame: 'bypass' });

  const app = createWebApp(deps, { loginRateLimiter: new LoginRateLimiter() });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  msw.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await deps?.db.destroy();
});

async function signIn(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${base}/queue`);
  expect(new URL(page.url()).pathname).toBe('/login');
  await page.fill('#email', OWNER.email);
  await page.fill('#password', OWNER.password);
  await Promise.all([page.waitForURL(`${base}/queue`), page.click('button[type=submit]')]);
  return page;
}

const threadOf = async (file: string) => (await deps.db.selectFrom('messages').select(['thread_id', 'id']).where('id', '=', ids[file]!).executeTakeFirstOrThrow());

describe('review desk in Chromium', () => {
  it('signs in, works the queue with the keyboard, edits a draft and approves it: the reply lands in the outbox', async () => {
    const page = await signIn();
    const rows = page.locator('tr.row');
    expect(await rows.count()).toBeGreaterThan(20);
    await expect.poll(() => page.locator('tr.row.selected').count()).toBe(1);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await page.locator('tr.row').nth(2).getAttribute('class')).toContain('selected');
    await page.screenshot({ path: `${SHOTS}/queue.png`, fullPage: false });

    // Open the first message's thread through the "e" shortcut from its row.
    const { thread_id, id } = await threadOf('01-en-order-status-tracking.eml');
    const index = await rows.evaluateAll((els, mid) => els.findIndex((e) => (e as HTMLElement).dataset['message'] === mid), id);
    expect(index).toBeGreaterThanOrEqual(0);
    for (let k = 0; k < 2; k++) await page.keyboard.press('k');
    for (let k = 0; k < index; k++) await page.keyboard.press('j');
    await Promise.all([page.waitForURL(new RegExp(`/threads/${thread_id}`)), page.keyboard.press('e')]);
    const editor = page.locator(`#m-${id} [data-editor] textarea`);
    await expect.poll(() => editor.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator('.why-box summary').first().click();
    await page.screenshot({ path: `${SHOTS}/thread.png`, fullPage: true });

    const body = `${await editor.inputValue()}\n\nP.S. Edited in the browser test.`;
    await editor.fill(body);
    await Promise.all([page.waitForURL(/done=sent/), page.click(`#m-${id} [data-editor] button[data-approve]`)]);
    expect(await page.locator('[data-notice]').textContent()).toContain('Reply approved and sent.');
    expect(await page.locator('article.msg.reply .body').first().textContent()).toContain('P.S. Edited in the browser test.');

    const ob = await deps.db.selectFrom('outbox').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
    expect(ob.status).toBe('sent');
    expect(ob.body.replace(/\r\n/g, '\n')).toBe(body.replace(/\r\n/g, '\n'));
    const eml = join(deps.dataDir, 'outbox', `${id}.eml`);
    expect(existsSync(eml)).toBe(true);
    expect(readFileSync(eml, 'utf8')).toContain('Edited in the browser test.');
    const edits = await deps.db.selectFrom('draft_edits').select('edited_by').where('draft_id', '=', ob.draft_id).execute();
    expect(edits.length).toBe(1);
    await page.close();
  });

  it('approves a proposed cancel: the orderCancel mutation goes to Shopify', async () => {
    // From here on the desk's shop is the real Shopify adapter (its HTTP intercepted by msw).
    const demoShop = deps.shop;
    deps.shop = shopify;
    const page = await signIn();
    const { thread_id, id } = await threadOf('04-en-cancel-order.eml');
    const draft = await deps.db.selectFrom('drafts').selectAll().where('message_id', '=', id).executeTakeFirstOrThrow();
    const action = JSON.parse(draft.proposed_action!) as { orderId: string; orderName: string };
    await page.goto(`${base}/threads/${thread_id}`);
    // The sidebar came from Shopify (msw) for this thread's customer only.
    const lookups = graphqlSeen.filter((g) => g.operation === 'CustomerByEmail');
    expect(lookups.at(-1)!.variables).toEqual({ email: (await deps.db.selectFrom('threads').select('customer_email').where('id', '=', thread_id!).executeTakeFirstOrThrow()).customer_email });
    expect(graphqlSeen.some((g) => g.operation === 'OrderCancel')).toBe(false);

    await Promise.all([page.waitForURL(/done=action_done/), page.click('button[data-approve-action]')]);
    const cancel = graphqlSeen.filter((g) => g.operation === 'OrderCancel');
    expect(cancel).toHaveLength(1);
    expect(cancel[0]!.token).toBe(TOKEN);
    expect(cancel[0]!.url).toMatch(new RegExp(`^https://${SHOP_DOMAIN}/admin/api/[0-9]{4}-[0-9]{2}/graphql.json$`));
    expect(cancel[0]!.variables).toMatchObject({ orderId: action.orderId, reason: 'CUSTOMER', refund: true, restock: true });
    expect(await page.locator('[data-action-status]').first().textContent()).toBe('done');
    const ev = await deps.db.selectFrom('events').select(['actor', 'type']).where('message_id', '=', id).where('type', '=', 'action_executed').executeTakeFirstOrThrow();
    expect(ev.actor).not.toBe('system');
    await page.close();
    deps.shop = demoShop;
  });

  it('refuses a request without a session, and a write with a bad CSRF token', async () => {
    const anon = await browser.newPage();
    const res = await anon.request.get(`${base}/api/queue`, { maxRedirects: 0 });
    expect(res.status()).toBe(401);
    await anon.close();

    const page = await signIn();
    const { id } = await threadOf('09-en-product-question-size.eml');
    const draft = await deps.db.selectFrom('drafts').select(['id', 'body']).where('message_id', '=', id).executeTakeFirstOrThrow();
    const status = await page.evaluate(async (draftId) => {
      const r = await fetch(`/api/drafts/${draftId}/approve`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': 'forged' }, body: '{}' });
      return r.status;
    }, draft.id);
    expect(status).toBe(403);
    const m = await deps.db.selectFrom('messages').select('state').where('id', '=', id).executeTakeFirstOrThrow();
    expect(m.state).toBe('awaiting_review');
    await page.close();
  });

  it('opens the customer record from a thread, adds a note and a tag', async () => {
    const page = await signIn();
    const { thread_id } = await threadOf('01-en-order-status-tracking.eml');
    const email = (await deps.db.selectFrom('threads').select('customer_email').where('id', '=', thread_id!).executeTakeFirstOrThrow()).customer_email;
    await page.goto(`${base}/threads/${thread_id}`);
    await Promise.all([page.waitForURL(`${base}/customers/${encodeURIComponent(email)}`), page.click('#customer a[data-customer-link]')]);
    expect(await page.locator('.crm-profile h2').textContent()).toBe('Emma Johnson');
    expect(await page.locator('.crm-segments [data-segment="repeat_contacts"]').count()).toBe(1);

    await page.fill('#notes textarea[name=body]', 'Prefers delivery to the office on weekdays.');
    await Promise.all([page.waitForURL(/done=note_added/), page.click('button[data-add-note]')]);
    await page.fill('#tags input[name=tag]', 'Gift wrap');
    await Promise.all([page.waitForURL(/done=tag_added/), page.click('button[data-add-tag]')]);
    expect(await page.locator('#tags [data-tag="gift-wrap"]').count()).toBe(1);
    expect(await page.locator('.crm-notes li p').first().textContent()).toBe('Prefers delivery to the office on weekdays.');
    // The timeline's entries link back to their threads.
    expect(await page.locator(`.crm-timeline a.to-thread[href^="/threads/${thread_id}"]`).count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/customer.png`, fullPage: true });

    await page.goto(`${base}/customers?segment=repeat_contacts`);
    expect(await page.locator('tr.row').count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}/customers.png`, fullPage: false });
    const ev = await deps.db.selectFrom('events').select(['actor']).where('type', '=', 'customer_tag_added').where('customer_email', '=', email).executeTakeFirstOrThrow();
    expect(ev.actor).not.toBe('system');
    await page.close();
  });

  it('draws the insights page', async () => {
    const page = await signIn();
    await page.goto(`${base}/insights`);
    expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-kpi="median-send"] .v').textContent()).not.toBe('—');
    await page.screenshot({ path: `${SHOTS}/insights.png`, fullPage: true });
    await page.close();
  });
});
