import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecret, parseSecretKey, sealSecret, SecretDecryptError } from '../../src/secrets/secretBox.ts';

const KEY = randomBytes(32);
const OTHER = randomBytes(32);
const TOKEN = 'shpat_0123456789abcdef0123456789abcdef';

describe('secretBox (AES-256-GCM)', () => {
  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const sealed = sealSecret(KEY, 'shopify:a.myshopify.com:access_token', TOKEN);
    expect(sealed).not.toContain(TOKEN);
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(openSecret(KEY, 'shopify:a.myshopify.com:access_token', sealed)).toBe(TOKEN);
    // A fresh IV each time: the same secret seals differently.
    expect(sealSecret(KEY, 'n', TOKEN)).not.toBe(sealSecret(KEY, 'n', TOKEN));
  });

  it('fails clearly with a wrong key, naming the secret and the variable, never the value', () => {
    const sealed = sealSecret(KEY, 'shopify:a.myshopify.com:access_token', TOKEN);
    let error: unknown;
    try {
      openSecret(OTHER, 'shopify:a.myshopify.com:access_token', sealed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SecretDecryptError);
    expect((error as Error).message).toMatch(/Cannot decrypt the stored secret "shopify:a\.myshopify\.com:access_token": DESKHAND_SECRET_KEY is not the key/);
    expect((error as Error).message).not.toContain(TOKEN);
  });

  it('refuses a sealed value moved to another name (the name is authenticated) or altered', () => {
    const sealed = sealSecret(KEY, 'shopify:a.myshopify.com:access_token', TOKEN);
    expect(() => openSecret(KEY, 'shopify:b.myshopify.com:access_token', sealed)).toThrow(SecretDecryptError);
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    expect(() => openSecret(KEY, 'shopify:a.myshopify.com:access_token', [parts[0], parts[1], parts[2], ct.toString('base64url')].join('.'))).toThrow(SecretDecryptError);
  });

  it('takes only 32 bytes of base64 as a key', () => {
    expect(parseSecretKey(randomBytes(32).toString('base64'))?.length).toBe(32);
    expect(parseSecretKey(randomBytes(31).toString('base64'))).toBeNull();
    expect(parseSecretKey('correct horse battery staple')).toBeNull();
  });
});
