import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { checkDatabase, checkOpenAI, checkRedis, checkSendGrid, checkShopify } from '../../src/doctor/checks.ts';
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

  it('Redis: an unreachable server is a problem, not a crash', async () => {
    const r = await checkRedis(loadConfig({ REDIS_URL: 'redis://127.0.0.1:1' }));
    expect(r.status).toBe('problem');
    expect(r.detail).toMatch(/cannot reach redis:\/\/127\.0\.0\.1:1/);
  });
});
