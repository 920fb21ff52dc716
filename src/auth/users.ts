import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../store/db.ts';
import type { UserRow } from '../store/schema.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

export const ROLES = ['owner', 'agent'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const NewUser = z.object({
  email: z.email().transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().min(1).max(200),
  role: Role,
  password: z.string().refine((p) => passwordProblem(p) === null, { message: 'a password needs at least 10 characters' }),
});
export type NewUser = z.input<typeof NewUser>;

/** The signed-in person, as the desk sees them (never the password hash). */
export interface DeskUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export const toDeskUser = (u: Pick<UserRow, 'id' | 'email' | 'name' | 'role'>): DeskUser => ({ id: u.id, email: u.email, name: u.name, role: Role.parse(u.role) });

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`a user with the email ${email} already exists`);
    this.name = 'UserExistsError';
  }
}

export async function createUser(db: Db, input: NewUser, now = new Date()): Promise<DeskUser> {
  const u = NewUser.parse(input);
  const existing = await db.selectFrom('users').select('id').where('email', '=', u.email).executeTakeFirst();
  if (existing) throw new UserExistsError(u.email);
  const t = now.toISOString();
  const row = { id: randomUUID(), email: u.email, name: u.name, role: u.role, password_hash: await hashPassword(u.password), disabled: 0, created_at: t, updated_at: t };
  await db.insertInto('users').values(row).execute();
  return toDeskUser(row);
}

export async function setPassword(db: Db, userId: string, password: string, now = new Date()): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  await db.updateTable('users').set({ password_hash: await hashPassword(password), updated_at: now.toISOString() }).where('id', '=', userId).execute();
  // A new password ends every open session of that user.
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

// Verifying against a real hash when the user is unknown keeps the response time the same, so the
// login form does not tell which emails have accounts.
let decoyHash: Promise<string> | null = null;

/** The user for these credentials, or null (unknown email, wrong password, disabled account). */
export async function authenticate(db: Db, email: string, password: string): Promise<DeskUser | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  if (!row) {
    decoyHash ??= hashPassword('decoy-password-never-used');
    await verifyPassword(password, await decoyHash);
    return null;
  }
  const ok = await verifyPassword(password, row.password_hash);
  return ok && row.disabled === 0 ? toDeskUser(row) : null;
}

export async function listUsers(db: Db): Promise<(DeskUser & { disabled: boolean; createdAt: string })[]> {
  const rows = await db.selectFrom('users').select(['id', 'email', 'name', 'role', 'disabled', 'created_at']).orderBy('created_at').execute();
  return rows.map((r) => ({ ...toDeskUser(r), disabled: r.disabled === 1, createdAt: r.created_at }));
}
