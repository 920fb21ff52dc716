import { beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../src/web/app.tsx';
import { AGENT, type Desk, deskTestApp, form, login, ORIGIN, OWNER } from './deskTestApp.ts';

let d: Desk;
beforeAll(async () => {
  d = await deskTestApp();
});

const postLogin = (app: Desk['app'], email: string, password: string, headers: Record<string, string> = {}) =>
  app.request('/login', { method: 'POST', body: form({ email, password }), headers: { Origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers } });

describe('who can reach what', () => {
  it('serves /healthz without a session, checking the database', async () => {
    const res = await d.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, checks: { database: { ok: true } } });
  });

  it('sends a page request without a session to the login page, and answers 401 on the API', async () => {
    const page = await d.app.request('/queue?tab=sent');
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/login?next=%2Fqueue%3Ftab%3Dsent');
    for (const path of ['/api/queue', `/api/threads/x`, '/api/insights', '/api/mailboxes']) {
      expect((await d.app.request(path)).status, path).toBe(401);
    }
    const write = await d.app.request('/api/drafts/x/approve', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', Origin: ORIGIN } });
    expect(write.status).toBe(401);
  });

  it('refuses a forged or expired-looking session cookie', async () => {
    const res = await d.app.request('/api/queue', { headers: { Cookie: 'deskhand_session=not-a-real-token' } });
    expect(res.status).toBe(401);
  });
});

describe('login', () => {
  it('rejects a wrong password and an unknown email the same way, without a cookie', async () => {
    const app = createWebApp(d.deps);
    const wrong = await postLogin(app, OWNER.email, 'not-the-password');
    const unknown = await postLogin(app, 'nobody@example.com', OWNER.password);
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.text()).toContain('Wrong email or password.');
    }
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie whose token is stored only as a hash', async () => {
    const res = await postLogin(d.app, OWNER.email.toUpperCase(), OWNER.password);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/queue');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^deskhand_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await d.deps.db.selectFrom('sessions').select('id').where('user_id', '=', d.owner.id).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).not.toContain(token);
  });

  it('marks the cookie Secure when asked (PUBLIC_URL https)', async () => {
    const app = createWebApp(d.deps, { secureCookies: true });
    const res = await postLogin(app, AGENT.email, AGENT.password);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('only follows a same-site "next" after login', async () => {
    const ok = await d.app.request('/login', { method: 'POST', body: form({ email: AGENT.email, password: AGENT.password, next: '/insights' }), headers: { Origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(ok.headers.get('location')).toBe('/insights');
    const evil = await d.app.request('/login', { method: 'POST', body: form({ email: AGENT.email, password: AGENT.password, next: '//evil.example/x' }), headers: { Origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' } });
    expect(evil.headers.get('location')).toBe('/queue');
  });

  it('locks an IP out after repeated failures, even with the right password', async () => {
    const app = createWebApp(d.deps, { loginRateLimiter: new (await import('../../src/auth/loginRateLimit.ts')).LoginRateLimiter({ maxFailures: 3 }) });
    for (let i = 0; i < 3; i++) expect((await postLogin(app, AGENT.email, 'wrong-password-x')).status).toBe(401);
    const locked = await postLogin(app, AGENT.email, AGENT.password);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('signing out ends the session', async () => {
    const s = await login(d.app, AGENT);
    expect((await s.get('/api/me')).status).toBe(200);
    const out = await s.postForm('/logout', {});
    expect(out.status).toBe(303);
    expect((await s.get('/api/me')).status).toBe(401);
  });
});

describe('CSRF and headers', () => {
  it('refuses a JSON write without the CSRF header, or with a wrong one', async () => {
    const s = await login(d.app, OWNER);
    const draft = await d.deps.db.selectFrom('drafts').select('id').where('message_id', '=', d.ids['09-en-product-question-size.eml']!).executeTakeFirstOrThrow();
    const none = await d.app.request(`/api/drafts/${draft.id}/edit`, { method: 'POST', body: JSON.stringify({ body: 'x' }), headers: { Cookie: s.cookie, 'content-type': 'application/json' } });
    expect(none.status).toBe(403);
    const wrong = await s.postJson(`/api/drafts/${draft.id}/edit`, { body: 'x' }, { 'x-csrf-token': 'A'.repeat(43) });
    expect(wrong.status).toBe(403);
    const edits = await d.deps.db.selectFrom('draft_edits').select('id').where('draft_id', '=', draft.id).execute();
    expect(edits).toHaveLength(0);
  });

  it('refuses a form post without the token, and one from another origin even with it', async () => {
    const s = await login(d.app, OWNER);
    const m = d.ids['10-en-product-question-restock.eml']!;
    expect((await s.postForm(`/messages/${m}/escalate`, {}, { csrf: null })).status).toBe(403);
    const crossSite = await d.app.request(`/messages/${m}/escalate`, { method: 'POST', body: form({ _csrf: s.csrf }), headers: { Cookie: s.cookie, Origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' } });
    expect(crossSite.status).toBe(403);
    const row = await d.deps.db.selectFrom('messages').select('state').where('id', '=', m).executeTakeFirstOrThrow();
    expect(row.state).toBe('awaiting_review');
  });

  it('sends a CSP whose script nonce matches the inline script, and no inline styles allowed', async () => {
    const s = await login(d.app, AGENT);
    const res = await s.get('/queue');
    const csp = res.headers.get('content-security-policy')!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).not.toMatch(/ style="/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the desk server of `deskhand web` / `deskhand start`', () => {
  it('puts the webhooks and the ingest API outside the session, and metrics behind the owner check', async () => {
    const { createDeskServer } = await import('../../src/web/deskServer.ts');
    const { createMetrics } = await import('../../src/ops/metrics.ts');
    const { testApp } = await import('../helpers/pipeline.ts');
    const deps = await testApp({ env: { SHOPIFY_API_SECRET: 'shpss_test', INGEST_SIGNING_SECRET: 'ingest-secret' } });
    const app = createDeskServer(deps, { metrics: createMetrics() });
    // A webhook without a valid signature is refused by its own check, not redirected to a login.
    const hook = await app.request('/webhooks/shopify', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(hook.status).toBe(401);
    const ingest = await app.request('/api/ingest/email', { method: 'POST', body: 'x' });
    expect(ingest.status).toBe(401);
    const metrics = await app.request('/admin/metrics');
    expect(metrics.status).toBe(302);
    expect(metrics.headers.get('location')).toMatch(/\/login/);
    await deps.db.destroy();
  });
});
