import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createUser, setPassword } from '../auth/users.ts';
import { verifyPassword } from '../auth/passwords.ts';
import type { Db } from '../store/db.ts';

export const DEMO_OWNER_EMAIL = 'owner@demo-store.example';

/**
 * The demo's desk login: creates the owner `owner@demo-store.example` once, with a random password
 * kept in `<dataDir>/demo-owner-password` (mode 600) so running the demo again shows the same one.
 * If the file is missing or no longer matches, the password is reset and written again.
 */
export async function ensureDemoOwner(db: Db, dataDir = './data'): Promise<{ email: string; password: string }> {
  const file = join(dataDir, 'demo-owner-password');
  const saved = await readFile(file, 'utf8').then((s) => s.trim(), () => null);
  const row = await db.selectFrom('users').select(['id', 'password_hash']).where('email', '=', DEMO_OWNER_EMAIL).executeTakeFirst();
  if (row && saved && (await verifyPassword(saved, row.password_hash))) return { email: DEMO_OWNER_EMAIL, password: saved };

  const password = saved && !row ? saved : `demo-${randomBytes(9).toString('base64url')}`;
  if (row) await setPassword(db, row.id, password);
  else await createUser(db, { email: DEMO_OWNER_EMAIL, name: 'Demo Owner', role: 'owner', password });
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { email: DEMO_OWNER_EMAIL, password };
}
