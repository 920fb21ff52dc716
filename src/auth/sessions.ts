import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../store/db.ts';
import { type DeskUser, toDeskUser } from './users.ts';

// Browser sessions: a random 256-bit token lives only in the HttpOnly cookie; the database keeps
// its SHA-256. Each session has its own CSRF token, sent back in a hidden form field or the
// X-CSRF-Token header on every POST.

export const SESSION_COOKIE = 'deskhand_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Session {
  user: DeskUser;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(db: Db, userId: string, now: Date, ip: string | null): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db
    .insertInto('sessions')
    .values({ id: digest(token), user_id: userId, csrf_token: csrfToken, created_at: now.toISOString(), expires_at: expiresAt.toISOString(), ip })
    .execute();
  // Housekeeping: expired sessions go when anyone signs in.
  await db.deleteFrom('sessions').where('expires_at', '<', now.toISOString()).execute();
  return { token, csrfToken, expiresAt };
}

/** The live session for a cookie token, or null (unknown, expired, or the user was disabled). */
export async function loadSession(db: Db, token: string | undefined, now: Date): Promise<Session | null> {
  if (!token || token.length > 100) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.name', 'users.role', 'users.disabled', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id', '=', digest(token))
    .executeTakeFirst();
  if (!row || row.disabled === 1 || row.expires_at <= now.toISOString()) return null;
  return { user: toDeskUser(row), csrfToken: row.csrf_token, expiresAt: row.expires_at };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digest(token)).execute();
}

/** Constant-time comparison of the CSRF token a request carries with the session's. */
export function csrfTokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
