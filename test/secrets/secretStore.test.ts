import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app/wiring.ts';
import { rotateKeyCommand } from '../../src/commands/rotateKey.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { SecretDecryptError } from '../../src/secrets/secretBox.ts';
import { assertSecretsReadable, MissingSecretKeyError, SecretStore } from '../../src/secrets/secretStore.ts';
import { type Db, openDb } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrations.ts';

const TOKEN = 'shpat_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
const NAME = 'shopify:demo-store.myshopify.com:access_token';
const b64 = (k: Buffer) => k.toString('base64');

const open: Db[] = [];
async function fileDb() {
  const dir = mkdtempSync(join(tmpdir(), 'deskhand-secrets-'));
  const path = join(dir, 'deskhand.db');
  const db = openDb(`sqlite:${path}`);
  open.push(db);
  await migrateToLatest(db);
  return { db, path, dir };
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.destroy().catch(() => {})));
});

describe('stored secrets', () => {
  it('are not readable in the SQLite file: the token bytes appear nowhere in the database or its WAL', async () => {
    const { db, path } = await fileDb();
    const key = randomBytes(32);
    await new SecretStore(db, key).put(NAME, TOKEN, { meta: { grant: 'client_credentials' } });
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);

    const files = [path, `${path}-wal`].filter(existsSync).map((f) => readFileSync(f));
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) {
      expect(bytes.includes(Buffer.from(TOKEN))).toBe(false);
      expect(bytes.includes(Buffer.from(TOKEN.slice(6, 26)))).toBe(false); // no fragment either
    }
    // The row is there (sealed), and the key opens it.
    expect(readFileSync(path).includes(Buffer.from(NAME))).toBe(true);
    expect((await new SecretStore(db, key).get(NAME))?.value).toBe(TOKEN);
  });

  it('with a wrong key, reading fails with a clear error', async () => {
    const { db } = await fileDb();
    await new SecretStore(db, randomBytes(32)).put(NAME, TOKEN);
    await expect(new SecretStore(db, randomBytes(32)).get(NAME)).rejects.toThrow(/DESKHAND_SECRET_KEY is not the key it was encrypted with/);
    await expect(assertSecretsReadable(db, randomBytes(32))).rejects.toBeInstanceOf(SecretDecryptError);
  });

  it('the desk refuses to start when the database holds secrets and no key is set', async () => {
    const { db, dir, path } = await fileDb();
    await new SecretStore(db, randomBytes(32)).put(NAME, TOKEN);
    await expect(assertSecretsReadable(db, null)).rejects.toBeInstanceOf(MissingSecretKeyError);

    const config = loadConfig({ DESKHAND_DATA_DIR: dir, DATABASE_URL: `sqlite:${path}` });
    await expect(openApp(config, { offline: true, log: silentLogger })).rejects.toThrow(/holds 1 encrypted secret\(s\).*DESKHAND_SECRET_KEY is not set/);
  });

  it('an empty database needs no key', async () => {
    const { db } = await fileDb();
    await expect(assertSecretsReadable(db, null)).resolves.toBeUndefined();
  });

  it('deskhand rotate-key re-encrypts every stored secret from the old key to the new one', async () => {
    const { db, dir, path } = await fileDb();
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    await new SecretStore(db, oldKey).put(NAME, TOKEN, { meta: { grant: 'authorization_code' } });
    await new SecretStore(db, oldKey).put('shopify:other.myshopify.com:access_token', 'shpat_other');
    const before = await db.selectFrom('stored_secrets').select(['name', 'sealed']).orderBy('name').execute();

    const lines: string[] = [];
    const config = loadConfig({ DESKHAND_DATA_DIR: dir, DATABASE_URL: `sqlite:${path}`, DESKHAND_SECRET_KEY: b64(newKey), DESKHAND_OLD_SECRET_KEY: b64(oldKey) });
    expect(await rotateKeyCommand(config, {}, (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toMatch(/re-encrypted 2 of 2/);

    const after = await db.selectFrom('stored_secrets').select(['name', 'sealed']).orderBy('name').execute();
    expect(after.map((r) => r.sealed)).not.toEqual(before.map((r) => r.sealed));
    const store = new SecretStore(db, newKey);
    expect(await store.get(NAME)).toMatchObject({ value: TOKEN, meta: { grant: 'authorization_code' } });
    expect((await store.get('shopify:other.myshopify.com:access_token'))?.value).toBe('shpat_other');
    await expect(new SecretStore(db, oldKey).get(NAME)).rejects.toBeInstanceOf(SecretDecryptError);
  });

  it('rotate-key with the wrong old key changes nothing', async () => {
    const { db, dir, path } = await fileDb();
    const key = randomBytes(32);
    await new SecretStore(db, key).put(NAME, TOKEN);
    const config = loadConfig({ DESKHAND_DATA_DIR: dir, DATABASE_URL: `sqlite:${path}`, DESKHAND_SECRET_KEY: b64(randomBytes(32)), DESKHAND_OLD_SECRET_KEY: b64(randomBytes(32)) });
    await expect(rotateKeyCommand(config, {}, () => {})).rejects.toBeInstanceOf(SecretDecryptError);
    expect((await new SecretStore(db, key).get(NAME))?.value).toBe(TOKEN);
  });
});
