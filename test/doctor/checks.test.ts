import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { checkDatabase, checkOpenAI, checkRedis, checkSendGrid, checkShopify } from '../../src/doctor/checks.ts';
import { SHOPIFY_APP_SCOPES } from '../../src/shop/appScopes.ts';
import { requestLog, useMswServer } from '../helpers/msw.ts';

const server = useMswServer();

describe('deskhand doctor checks', () => {
  it('skips services that are not configured, naming the embedded default', async () => {
    const config = loadConfig({ DATABASE_URL: 'sqlite::memory:' });
    const results = await Promise.all([checkOpenAI(config), checkShopify(config), checkSendGrid(config), checkRedis(config)]);
    expect(results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(results[0]!.detail).toMatch(/offline rules classifier/);
    expect(await checkDatabase(config)).toMatchObject({ status: 'ok' });
  });

  it('OpenAI: retrieves the configured model with the key, and explains a 401', async () => {
    const seen = requestLog();
    server.use(
      http.get('https://api.openai.com/v1/models/:model', async ({ request, params }) => {
        await seen.record(request);
        if (request.headers.get('authorization') !== 'Bearer sk-good') {
          return HttpResponse.json({ error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } }, { status: 401 });
        }
        return HttpResponse.json({ id: params.model, object: 'model', created: 1686935002, owned_by: 'openai' });
      }),
    );
    const ok = await checkOpenAI(loadConfig({ OPENAI_API_KEY: 'sk-good', OPENAI_MODEL: 'gpt-4o-mini' }));
    expect(ok).toMatchObject({ status: 'ok', detail: expect.stringContaining('gpt-4o-mini') });
    expect(seen.last.url.pathname).toBe('/v1/models/gpt-4o-mini');

    const bad = await checkOpenAI(loadConfig({ OPENAI_API_KEY: 'sk-bad' }));
    expect(bad.status).toBe('problem');
    expect(bad.detail).toMatch(/rejected \(401\).*OPENAI_API_KEY/);
    expect(bad.detail).not.toContain('sk-bad');
  });

  it('SendGrid: asks for the key scopes and flags a key without mail.send', async () => {
    const seen = requestLog();
    let scopes = ['mail.send', 'stats.read'];
    server.use(
      http.get('https://api.sendgrid.com/v3/scopes', async ({ request }) => {
        await seen.record(request);
        return HttpResponse.json({ scopes });
      }),
    );
    const config = loadConfig({ SENDGRID_API_KEY: 'SG.key' });
    expect(await checkSendGrid(config)).toMatchObject({ status: 'ok' });
    expect(seen.last.headers.get('authorization')).toBe('Bearer SG.key');
    scopes = ['stats.read'];
    const r = await checkSendGrid(config);
    expect(r.status).toBe('problem');
    expect(r.detail).toMatch(/lacks the "mail.send" permission/);
  });

  it('SendGrid: a rejected key is reported in plain words', async () => {
    server.use(http.get('https://api.sendgrid.com/v3/scopes', () => HttpResponse.json({ errors: [{ field: null, message: 'authorization required' }] }, { status: 401 })));
    const r = await checkSendGrid(loadConfig({ SENDGRID_API_KEY: 'SG.bad' }));
    expect(r).toMatchObject({ status: 'problem', detail: expect.stringMatching(/rejected \(401\).*SENDGRID_API_KEY/) });
  });

  it('Shopify: reports missing scopes from currentAppInstallation', async () => {
    server.use(
      http.post('https://demo-store.myshopify.com/admin/api/:version/graphql.json', () =>
        HttpResponse.json({
          data: {
            shop: { name: 'Demo Store', myshopifyDomain: 'demo-store.myshopify.com', currencyCode: 'EUR' },
            currentAppInstallation: { accessScopes: [{ handle: 'read_products' }] },
          },
          extensions: { cost: { requestedQueryCost: 2, actualQueryCost: 2, throttleStatus: { maximumAvailable: 2000, currentlyAvailable: 1998, restoreRate: 100 } } },
        }),
      ),
    );
    const r = await checkShopify(loadConfig({ SHOPIFY_SHOP: 'demo-store.myshopify.com', SHOPIFY_ADMIN_TOKEN: 'shpat_x' }));
    expect(r.status).toBe('problem');
    expect(r.detail).toMatch(/read_orders/);
    expect(r.detail).toMatch(/read_customers/);
  });

  it('Shopify (Dev Dashboard app): gets a token by client credentials, then checks the granted scopes against the app\'s', async () => {
    const tokens = requestLog();
    const admin = requestLog();
    server.use(
      http.post('https://demo-store.myshopify.com/admin/oauth/access_token', async ({ request }) => {
        await tokens.record(request);
        return HttpResponse.json({ access_token: 'shpat_doctor_cc', scope: SHOPIFY_APP_SCOPES.join(','), expires_in: 86399 });
      }),
      http.post('https://demo-store.myshopify.com/admin/api/:version/graphql.json', async ({ request }) => {
        await admin.record(request);
        return HttpResponse.json({
          data: {
            shop: { name: 'Demo Store', myshopifyDomain: 'demo-store.myshopify.com', currencyCode: 'EUR' },
            currentAppInstallation: { accessScopes: SHOPIFY_APP_SCOPES.filter((s) => s !== 'read_customers').map((handle) => ({ handle })) },
          },
        });
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'deskhand-doctor-'));
    const config = loadConfig({
      DATABASE_URL: `sqlite:${join(dir, 'deskhand.db')}`,
      SHOPIFY_SHOP: 'demo-store.myshopify.com',
      SHOPIFY_CLIENT_ID: 'cid',
      SHOPIFY_API_SECRET: 'csecret',
      DESKHAND_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
    });
    const r = await checkShopify(config);
    expect(tokens.all).toHaveLength(1);
    expect(admin.last.headers.get('x-shopify-access-token')).toBe('shpat_doctor_cc');
    expect(r.status).toBe('problem');
    expect(r.detail).toMatch(/lacks read_customers/);
    expect(r.detail).not.toContain('shpat_doctor_cc');
  });

  it('Shopify (Dev Dashboard app): shop_not_permitted is reported with the install link', async () => {
    server.use(
      http.post('https://demo-store.myshopify.com/admin/oauth/access_token', () =>
        HttpResponse.json({ error: 'shop_not_permitted', error_description: 'Client credentials cannot be performed on this shop.' }, { status: 400 }),
      ),
    );
    const dir = mkdtempSync(join(tmpdir(), 'deskhand-doctor-'));
    const r = await checkShopify(
      loadConfig({
        DATABASE_URL: `sqlite:${join(dir, 'deskhand.db')}`,
        SHOPIFY_SHOP: 'demo-store.myshopify.com',
        SHOPIFY_CLIENT_ID: 'cid',
        SHOPIFY_API_SECRET: 'csecret',
        DESKHAND_SECRET_KEY: Buffer.alloc(32, 1).toString('base64'),
        PUBLIC_URL: 'https://desk.example',
      }),
    );
    expect(r).toMatchObject({ status: 'problem', detail: expect.stringMatching(/shop_not_permitted.*https:\/\/desk\.example\/shopify\/install\?shop=demo-store\.myshopify\.com/) });
  });

  it('Redis: an unreachable server is a problem, not a crash', async () => {
    const r = await checkRedis(loadConfig({ REDIS_URL: 'redis://127.0.0.1:1' }));
    expect(r.status).toBe('problem');
    expect(r.detail).toMatch(/cannot reach redis:\/\/127\.0\.0\.1:1/);
  });
});
