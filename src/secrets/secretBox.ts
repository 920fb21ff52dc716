// AES-256-GCM for secrets the desk stores (access tokens, refresh tokens, client secrets).
// A sealed value is "v1.<iv>.<tag>.<ciphertext>" (base64url). The secret's name is the
// additional authenticated data, so a ciphertext copied onto another row does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/** A wrong key, a tampered value, or a value sealed for another name. Never carries the secret. */
export class SecretDecryptError extends Error {
  constructor(name: string) {
    super(
      `Cannot decrypt the stored secret "${name}": DESKHAND_SECRET_KEY is not the key it was encrypted with ` +
        '(or the value was altered). Set the original key, or run `deskhand rotate-key` with the old key in DESKHAND_OLD_SECRET_KEY.',
    );
    this.name = 'SecretDecryptError';
  }
}

/** Decodes DESKHAND_SECRET_KEY (base64 of 32 random bytes); returns null when it is not that. */
export function parseSecretKey(value: string): Buffer | null {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const key = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
  return key.length === 32 ? key : null;
}

export function sealSecret(key: Buffer, name: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(name, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
}

export function openSecret(key: Buffer, name: string, sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new SecretDecryptError(name);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(name, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretDecryptError(name);
  }
}
