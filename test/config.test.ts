import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBe('sqlite:./data/deskhand.db');
    expect(c.REVIEW_MODE).toBe('draft');
    expect(c.OPENAI_API_KEY).toBeUndefined();
  });

  it('names the variable and what it expects', () => {
    expect(() => loadConfig({ WEB_PORT: 'eighty' })).toThrow(ConfigError);
    try {
      loadConfig({ WEB_PORT: 'eighty', REVIEW_MODE: 'sometimes' });
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/WEB_PORT/);
      expect(msg).toMatch(/REVIEW_MODE/);
      expect(msg).toMatch(/"sometimes"/);
    }
  });

  it('never echoes a secret value', () => {
    try {
      loadConfig({ SHOPIFY_SHOP: 'Not A Domain', OPENAI_BASE_URL: 'nope', SENDGRID_SANDBOX: 'maybe', SHOPIFY_ADMIN_TOKEN: 'shpat_secret' });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).not.toContain('shpat_secret');
      expect((e as Error).message).toMatch(/SHOPIFY_SHOP: the shop domain/);
    }
  });

  it('requires the token when a Shopify shop is set', () => {
    expect(() => loadConfig({ SHOPIFY_SHOP: 'my-store.myshopify.com' })).toThrow(/SHOPIFY_ADMIN_TOKEN/);
  });

  it('parses the auto allow-list into intents', () => {
    expect(loadConfig({ AUTO_INTENTS: 'order_status, refund_status' }).AUTO_INTENTS).toEqual(['order_status', 'refund_status']);
    expect(() => loadConfig({ AUTO_INTENTS: 'order_status,teleport' })).toThrow(/AUTO_INTENTS/);
  });
});

describe('.env.example', () => {
  it('documents every variable of the config schema, and nothing else', async () => {
    const { readFileSync } = await import('node:fs');
    const { ConfigShape } = await import('../src/config.ts');
    const documented = readFileSync('.env.example', 'utf8').split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=')[0]);
    expect(documented.sort()).toEqual(Object.keys(ConfigShape.shape).sort());
  });
});

describe('secret key and Dev Dashboard app config', () => {
  const KEY = Buffer.alloc(32, 7).toString('base64');

  it('rejects a DESKHAND_SECRET_KEY that is not 32 bytes of base64, saying how to make one, without echoing it', () => {
    try {
      loadConfig({ DESKHAND_SECRET_KEY: 'hunter2-is-my-key' });
      expect.unreachable();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/DESKHAND_SECRET_KEY: must be 32 random bytes in base64.*openssl rand -base64 32/);
      expect(msg).not.toContain('hunter2');
    }
    expect(() => loadConfig({ DESKHAND_SECRET_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/DESKHAND_SECRET_KEY/);
    expect(loadConfig({ DESKHAND_SECRET_KEY: KEY }).DESKHAND_SECRET_KEY).toBe(KEY);
  });

  it('accepts a Dev Dashboard app (client id + secret) instead of the static token, and then needs the secret key', () => {
    const app = { SHOPIFY_SHOP: 'my-store.myshopify.com', SHOPIFY_CLIENT_ID: 'cid', SHOPIFY_API_SECRET: 'csecret' };
    expect(() => loadConfig(app)).toThrow(/DESKHAND_SECRET_KEY: required with SHOPIFY_CLIENT_ID/);
    expect(loadConfig({ ...app, DESKHAND_SECRET_KEY: KEY }).SHOPIFY_CLIENT_ID).toBe('cid');
    expect(() => loadConfig({ SHOPIFY_SHOP: 'my-store.myshopify.com', SHOPIFY_CLIENT_ID: 'cid', DESKHAND_SECRET_KEY: KEY })).toThrow(/SHOPIFY_API_SECRET: required with SHOPIFY_CLIENT_ID/);
  });
});
