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
