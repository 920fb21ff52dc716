import type { Config } from '../config.ts';
import { parseSecretKey } from '../secrets/secretBox.ts';
import { countStoredSecrets, rotateSecretKey } from '../secrets/secretStore.ts';
import { openDb } from '../store/db.ts';
import { migrateToLatest } from '../store/migrations.ts';

export interface RotateKeyOptions {
  /** The old key, read from the first line of stdin (keeps it out of `ps` and shell history). */
  oldKeyStdin?: boolean;
}

async function firstLineOfStdin(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += String(chunk);
  return (data.split(/\r?\n/)[0] ?? '').trim();
}

/**
 * `deskhand rotate-key`: re-encrypts every stored secret from the old key (DESKHAND_OLD_SECRET_KEY
 * or --old-key-stdin) to DESKHAND_SECRET_KEY, in one transaction. Returns how many it re-sealed.
 */
export async function rotateKeyCommand(config: Config, opts: RotateKeyOptions, out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  const oldText = opts.oldKeyStdin ? await firstLineOfStdin() : config.DESKHAND_OLD_SECRET_KEY;
  if (!oldText) throw new Error('Give the current key in DESKHAND_OLD_SECRET_KEY (or on stdin with --old-key-stdin) and the new one in DESKHAND_SECRET_KEY.');
  if (!config.DESKHAND_SECRET_KEY) throw new Error('Set DESKHAND_SECRET_KEY to the new key (make one with: openssl rand -base64 32).');
  const oldKey = parseSecretKey(oldText);
  if (!oldKey) throw new Error('The old key is not 32 bytes in base64.');
  const newKey = parseSecretKey(config.DESKHAND_SECRET_KEY)!;
  if (oldKey.equals(newKey)) throw new Error('The old and the new key are the same; nothing to rotate.');
  const db = openDb(config.DATABASE_URL);
  try {
    await migrateToLatest(db);
    const total = await countStoredSecrets(db);
    const n = await rotateSecretKey(db, oldKey, newKey);
    out(`re-encrypted ${n} of ${total} stored secret(s) under the new DESKHAND_SECRET_KEY; the old key is no longer needed`);
    return n;
  } finally {
    await db.destroy();
  }
}
