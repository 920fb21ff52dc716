import { beforeAll, describe, expect, it } from 'vitest';
import { LoginRateLimiter } from '../../src/auth/loginRateLimit.ts';
import { loadConfig } from '../../src/config.ts';
import { createWebApp } from '../../src/web/app.tsx';
import { AGENT, type Desk, deskTestApp, form, ORIGIN, OWNER } from './deskTestApp.ts';

let d: Desk;
beforeAll(async () => {
  d = await deskTestApp();
});

/** A login POST arriving on a socket from `peer` (the node server's bindings, as @hono/node-server passes them). */
const postLogin = (app: Desk['app'], peer: string, email: string, password: string, headers: Record<string, string> = {}) =>
  app.request(
    '/login',
    { method: 'POST', body: form({ email, password }), headers: { Origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers } },
    { incoming: { socket: { remoteAddress: peer, remotePort: 40000, remoteFamily: 'IPv4' } } },
  );

describe('login throttling', () => {
  it('locks an account after failures from many IPs, even for the right password from a new IP', async () => {
    const app = createWebApp(d.deps, { loginRateLimiter: new LoginRateLimiter({ maxFailures: 10, maxFailuresPerAccount: 5 }) });
    for (let i = 1; i <= 5; i++) expect((await postLogin(app, `203.0.113.${i}`, OWNER.email, `guess-number-${i}`)).status).toBe(401);
    const locked = await postLogin(app, '198.51.100.200', OWNER.email, OWNER.password);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('set-cookie')).toBeNull();
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Other accounts are not affected.
    expect((await postLogin(app, '198.51.100.200', AGENT.email, AGENT.password)).status).toBe(303);
  });

  it('ignores X-Forwarded-For without a trusted proxy: a spoofed header does not give a fresh IP', async () => {
    const app = createWebApp(d.deps, { loginRateLimiter: new LoginRateLimiter({ maxFailures: 3, maxFailuresPerAccount: 100 }) });
    for (let i = 1; i <= 3; i++) {
      const res = await postLogin(app, '203.0.113.50', `user${i}@example.com`, 'wrong-password-x', { 'X-Forwarded-For': `198.51.100.${i}` });
      expect(res.status).toBe(401);
    }
    const spoofed = await postLogin(app, '203.0.113.50', AGENT.email, AGENT.password, { 'X-Forwarded-For': '198.51.100.99' });
    expect(spoofed.status).toBe(429);
  });

  it('behind a configured trusted proxy, takes the client from X-Forwarded-For (right-most untrusted hop)', async () => {
    const deps = { ...d.deps, config: { ...d.deps.config, TRUSTED_PROXIES: loadConfig({ TRUSTED_PROXIES: '10.0.0.2' }).TRUSTED_PROXIES } };
    const app = createWebApp(deps, { loginRateLimiter: new LoginRateLimiter({ maxFailures: 3, maxFailuresPerAccount: 100 }) });
    // The client wrote the left-most entry itself; the proxy appended the address it saw.
    for (let i = 1; i <= 3; i++) {
      const res = await postLogin(app, '10.0.0.2', `user${i}@example.com`, 'wrong-password-x', { 'X-Forwarded-For': `1.1.1.${i}, 203.0.113.60` });
      expect(res.status).toBe(401);
    }
    expect((await postLogin(app, '10.0.0.2', AGENT.email, AGENT.password, { 'X-Forwarded-For': '203.0.113.60' })).status).toBe(429);
    // Another client behind the same proxy is a different key.
    expect((await postLogin(app, '10.0.0.2', AGENT.email, AGENT.password, { 'X-Forwarded-For': '203.0.113.61' })).status).toBe(303);
  });
});
