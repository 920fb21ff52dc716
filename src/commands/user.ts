import { createInterface } from 'node:readline';
import type { Config } from '../config.ts';
import { createUser, NewUser, UserExistsError } from '../auth/users.ts';
import { openDb } from '../store/db.ts';
import { migrateToLatest } from '../store/migrations.ts';

/** Reads a password without echoing it (TTY), or the first line of stdin (--password-stdin). */
async function readPassword(prompt: string | null): Promise<string> {
  const input = process.stdin;
  if (prompt === null) {
    let data = '';
    for await (const chunk of input) data += String(chunk);
    return data.split(/\r?\n/)[0] ?? '';
  }
  const rl = createInterface({ input, output: process.stderr, terminal: true });
  // Mute the echo: readline writes typed characters through _writeToOutput.
  const r = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WritableStream };
  let muted = false;
  r._writeToOutput = (s) => {
    if (!muted || s.includes(prompt)) r.output.write(s);
  };
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

export interface UserAddOptions {
  email: string;
  name: string;
  role: string;
  passwordStdin?: boolean;
}

/**
 * `deskhand user add`: creates a desk account. The password comes from DESKHAND_PASSWORD, from stdin
 * with --password-stdin, or is asked for twice on a terminal; it is never a command-line argument
 * (those end up in shell history and `ps`).
 */
export async function userAddCommand(config: Config, opts: UserAddOptions, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let password = env['DESKHAND_PASSWORD'] ?? '';
  if (!password && opts.passwordStdin) password = await readPassword(null);
  else if (!password) {
    if (!process.stdin.isTTY) throw new Error('no password: set DESKHAND_PASSWORD, pass --password-stdin, or run on a terminal');
    password = await readPassword('Password: ');
    const again = await readPassword('Repeat password: ');
    if (again !== password) throw new Error('the passwords do not match');
  }
  const parsed = NewUser.safeParse({ email: opts.email, name: opts.name, role: opts.role, password });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const db = openDb(config.DATABASE_URL);
  try {
    await migrateToLatest(db);
    const user = await createUser(db, parsed.data);
    process.stdout.write(`added ${user.role} ${user.email} (${user.name})\n`);
  } catch (err) {
    if (err instanceof UserExistsError) throw new Error(err.message);
    throw err;
  } finally {
    await db.destroy();
  }
}
