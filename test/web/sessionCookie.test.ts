import { describe, expect, it } from 'vitest';
import { createUser } from '../../src/auth/users.ts';
import { SESSION_TTL_MS } from '../../src/auth/sessions.ts';
import { createWebApp } from '../../src/web/app.tsx';
import { testApp } from '../helpers/pipeline.ts';
import { form, ORIGIN, OWNER } from './deskTestApp.ts';

// The desk's business clock may be pinned (demos, tests) far from the real date. A browser judges a
// cookie by its own clock, so the cookie must carry a relative lifetime, never a date from the pinned clock.
describe('session cookie lifetime', () => {
  it('is sent as Max-Age (relative), with no Expires date taken from a pinned desk clock', async () => {
    const deps = await testApp();
    deps.clock.advance(-20 * 365 * 24 * 3600_000); // the desk believes it is two decades ago
    await createUser(deps.db, OWNER, deps.now());
    const app = createWebApp(deps);
    const res = await app.request('/login', {
      method: 'POST',
      body: form({ email: OWNER.email, password: OWNER.password }),
      headers: { Origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`Max-Age=${SESSION_TTL_MS / 1000}(;|$)`));
    expect(cookie).not.toMatch(/Expires=/i);

    // The server side still judges the session with its own (pinned) clock: the cookie works.
    const me = await app.request('/api/me', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(me.status).toBe(200);
    await deps.db.destroy();
  });
});
