// The desk's own secrets in the database, sealed with DESKHAND_SECRET_KEY: get/put/delete by
// name, the start-up check (stored secrets but no key → refuse), and key rotation.
import type { Db } from '../store/db.ts';
import { openSecret, sealSecret } from './secretBox.ts';

export interface StoredSecret {
  value: string;
  expiresAt: Date | null;
  meta: Record<string, unknown>;
}

export class MissingSecretKeyError extends Error {
  constructor(count: number) {
    super(
      `The database holds ${count} encrypted secret(s) (store or mailbox tokens) but DESKHAND_SECRET_KEY is not set. ` +
        'Set it to the key they were stored with (see docs/setup.md, "Secret key"); the desk will not start without it.',
    );
    this.name = 'MissingSecretKeyError';
  }
}

export class SecretStore {
  private readonly db: Db;
  private readonly key: Buffer | null;
  private readonly now: () => Date;

  constructor(db: Db, key: Buffer | null, now: () => Date = () => new Date()) {
    this.db = db;
    this.key = key;
    this.now = now;
  }

  private requireKey(): Buffer {
    if (!this.key) throw new Error('DESKHAND_SECRET_KEY is not set: the desk cannot store or read tokens without it (see docs/setup.md, "Secret key").');
    return this.key;
  }

  async get(name: string): Promise<StoredSecret | null> {
    const row = await this.db.selectFrom('stored_secrets').selectAll().where('name', '=', name).executeTakeFirst();
    if (!row) return null;
    return {
      value: openSecret(this.requireKey(), name, row.sealed),
      expiresAt: row.expires_at ? new Date(row.expires_at) : null,
      meta: row.meta ? (JSON.parse(row.meta) as Record<string, unknown>) : {},
    };
  }

  async put(name: string, value: string, opts: { expiresAt?: Date | null; meta?: Record<string, unknown> } = {}): Promise<void> {
    const row = {
      sealed: sealSecret(this.requireKey(), name, value),
      expires_at: opts.expiresAt ? opts.expiresAt.toISOString() : null,
      meta: opts.meta ? JSON.stringify(opts.meta) : null,
      updated_at: this.now().toISOString(),
    };
    await this.db
      .insertInto('stored_secrets')
      .values({ name, ...row })
      .onConflict((oc) => oc.column('name').doUpdateSet(row))
      .execute();
  }

  async delete(name: string): Promise<void> {
    await this.db.deleteFrom('stored_secrets').where('name', '=', name).execute();
  }
}

export async function countStoredSecrets(db: Db): Promise<number> {
  const row = await db.selectFrom('stored_secrets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Start-up check: with stored secrets, a key must be set and must open them (one is tried, so a
 * wrong key is reported at start rather than at the first Shopify call).
 */
export async function assertSecretsReadable(db: Db, key: Buffer | null): Promise<void> {
  const count = await countStoredSecrets(db);
  if (count === 0) return;
  if (!key) throw new MissingSecretKeyError(count);
  const one = await db.selectFrom('stored_secrets').select(['name', 'sealed']).limit(1).executeTakeFirstOrThrow();
  openSecret(key, one.name, one.sealed);
}

/** Re-seals every stored secret from `oldKey` to `newKey` in one transaction; returns how many. */
export async function rotateSecretKey(db: Db, oldKey: Buffer, newKey: Buffer): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('stored_secrets').select(['name', 'sealed']).execute();
    for (const row of rows) {
      const sealed = sealSecret(newKey, row.name, openSecret(oldKey, row.name, row.sealed));
      await trx.updateTable('stored_secrets').set({ sealed }).where('name', '=', row.name).execute();
    }
    return rows.length;
  });
}
