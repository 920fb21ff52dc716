import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { csrfTokenMatches, loadSession, SESSION_COOKIE } from '../auth/sessions.ts';
import type { Db } from '../store/db.ts';
import type { DeskEnv } from './env.ts';

/** Paths reachable without a session. Webhooks and /api/ingest check their own signatures. */
export function isPublicPath(path: string): boolean {
  return path === '/login' || path === '/healthz' || path.startsWith('/assets/') || path === '/webhooks' || path.startsWith('/webhooks/') || path === '/api/ingest' || path.startsWith('/api/ingest/');
}

/** Paths a machine posts to (signed), exempt from the browser's CSRF checks. */
export function isMachinePath(path: string): boolean {
  return path === '/webhooks' || path.startsWith('/webhooks/') || path === '/api/ingest' || path.startsWith('/api/ingest/');
}

const wantsJson = (c: Context) => c.req.path.startsWith('/api/') || c.req.path === '/api';
const SAFE = /^(GET|HEAD|OPTIONS)$/;
const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/**
 * Loads the session from the cookie (or answers 401 / redirects to the login page), then checks
 * the session's CSRF token on every state-changing request: the X-CSRF-Token header, or the
 * `_csrf` field of a form.
 */
export function sessionMiddleware(db: Db, now: () => Date): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    if (isPublicPath(c.req.path)) return next();
    const session = await loadSession(db, getCookie(c, SESSION_COOKIE), now());
    if (!session) {
      if (wantsJson(c) || !SAFE.test(c.req.method)) return c.json({ error: 'sign in first' }, 401);
      const url = new URL(c.req.url);
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 302);
    }
    if (!SAFE.test(c.req.method)) {
      let given = c.req.header('x-csrf-token');
      if (!given && FORM.test(c.req.header('content-type') ?? '')) {
        const field = (await c.req.parseBody())['_csrf'];
        given = typeof field === 'string' ? field : undefined;
      }
      if (!csrfTokenMatches(session.csrfToken, given)) return c.json({ error: 'missing or wrong CSRF token: reload the page' }, 403);
    }
    c.set('user', session.user);
    c.set('csrfToken', session.csrfToken);
    await next();
  };
}

/** Owners only (mailbox modes, users, insights, queue admin). */
export const requireOwner: MiddlewareHandler<DeskEnv> = async (c, next) => {
  if (c.get('user')?.role !== 'owner') return wantsJson(c) ? c.json({ error: 'owners only' }, 403) : c.text('Only the store owner can open this page.', 403);
  await next();
};

// Any origin will do as the base: only a path that stays on it is kept. WHATWG URL parsing is
// what the browser will do with the Location header, so tabs, backslashes and "//" are judged
// the way the browser would judge them.
const NEXT_BASE = 'http://desk.invalid';

/**
 * A same-origin path to return to after login; anything else (other hosts, "//x", "/\\x",
 * "/%09/x", "javascript:", control characters) becomes /queue. Returns the normalised path, so
 * what the browser follows is exactly what was checked.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || next.length > 2000 || !next.startsWith('/')) return '/queue';
  // Tabs and newlines are dropped by the URL parser ("/\t/evil" is "//evil"); refuse any control character outright.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return '/queue';
  let url: URL;
  try {
    url = new URL(next, NEXT_BASE);
  } catch {
    return '/queue';
  }
  if (url.origin !== NEXT_BASE || !url.pathname.startsWith('/') || url.pathname.startsWith('//')) return '/queue';
  return url.pathname + url.search + url.hash;
}
