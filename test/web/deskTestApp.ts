import { FixtureShop } from '../../src/shop/fixtureShop.ts';
import type { Shop } from '../../src/shop/port.ts';
import { LoginRateLimiter } from '../../src/auth/loginRateLimit.ts';
import { createUser, type DeskUser } from '../../src/auth/users.ts';
import { runInline } from '../../src/pipeline/inlineRunner.ts';
import { createWebApp, type WebAppOptions } from '../../src/web/app.tsx';
import { ingestInbox, testApp, type TestApp } from '../helpers/pipeline.ts';

export const ORIGIN = 'http://localhost';
export const OWNER = { email: 'owner@demo-store.example', name: 'Olivia Owner', role: 'owner' as const, password: 'owner-password-1' };
export const AGENT = { email: 'agent@demo-store.example', name: 'Adam Agent', role: 'agent' as const, password: 'agent-password-1' };

export interface Desk {
  deps: TestApp;
  shop: Shop;
  app: ReturnType<typeof createWebApp>;
  ids: Record<string, string>;
  owner: DeskUser;
  agent: DeskUser;
}

/** The demo inbox through the real pipeline (in-memory SQLite, demo store, .eml outbox), plus two users and the desk. */
export async function deskTestApp(opts: { shop?: Shop; web?: WebAppOptions; env?: Record<string, string> } = {}): Promise<Desk> {
  const shop = opts.shop ?? (await FixtureShop.load('fixtures/store'));
  const deps = await testApp({ shop, ...(opts.env ? { env: opts.env } : {}) });
  const ids = await ingestInbox(deps);
  await runInline(deps);
  const owner = await createUser(deps.db, OWNER, deps.now());
  const agent = await createUser(deps.db, AGENT, deps.now());
  const app = createWebApp(deps, { loginRateLimiter: new LoginRateLimiter({ maxFailures: 3 }), ...opts.web });
  return { deps, shop, app, ids, owner, agent };
}

export interface Session {
  cookie: string;
  csrf: string;
  /** A request with the session cookie (and, for writes, the Origin and CSRF header). */
  get(path: string): Promise<Response>;
  postJson(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  postForm(path: string, fields: Record<string, string | string[]>, opts?: { csrf?: string | null }): Promise<Response>;
}

export function form(fields: Record<string, string | string[]>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p;
}

export async function login(app: Desk['app'], who: { email: string; password: string }): Promise<Session> {
  const res = await app.request('/login', { method: 'POST', body: form({ email: who.email, password: who.password }), headers: { Origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' } });
  if (res.status !== 303) throw new Error(`login failed: ${res.status}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const me = (await (await app.request('/api/me', { headers: { Cookie: cookie } })).json()) as { csrfToken: string };
  const csrf = me.csrfToken;
  return {
    cookie,
    csrf,
    get: async (path) => app.request(path, { headers: { Cookie: cookie } }),
    postJson: async (path, body = {}, headers = {}) =>
      app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { Cookie: cookie, Origin: ORIGIN, 'content-type': 'application/json', 'x-csrf-token': csrf, ...headers } }),
    postForm: async (path, fields, o = {}) => {
      const token = o.csrf === undefined ? csrf : o.csrf;
      return app.request(path, { method: 'POST', body: form(token === null ? fields : { ...fields, _csrf: token }), headers: { Cookie: cookie, Origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' } });
    },
  };
}
