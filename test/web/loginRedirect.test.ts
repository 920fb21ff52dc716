import { beforeAll, describe, expect, it } from 'vitest';
import { createWebApp } from '../../src/web/app.tsx';
import { safeNext } from '../../src/web/session.ts';
import { AGENT, type Desk, deskTestApp, form, ORIGIN } from './deskTestApp.ts';

// Known open-redirect bypasses for a "next" parameter, as the login form receives them (already
// URL-decoded once by the query string or form parser). Each must end on a path of our own origin.
const BYPASSES = [
  '//evil.example',
  '//evil.example/queue',
  '///evil.example',
  '////evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '/\u0000/evil.example',
  '/ /evil.example'.replace(' ', '\u000b'),
  '/%09/evil.example',
  '/%2F/evil.example',
  '/%5C/evil.example',
  '/..//evil.example',
  '/.//evil.example',
  '/./..//evil.example',
  'https://evil.example',
  'https:evil.example',
  'http:/evil.example',
  '//evil.example@desk',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  '.evil.example',
  '@evil.example',
  '',
];

/** Where a browser at ORIGIN would land after following `location`. */
const landing = (location: string) => new URL(location, `${ORIGIN}/login`);

function assertSameOrigin(location: string | null, input: string) {
  expect(location, JSON.stringify(input)).not.toBeNull();
  expect(location!.startsWith('/') && !location!.startsWith('//') && !location!.startsWith('/\\'), JSON.stringify(input)).toBe(true);
  expect(/[\u0000-\u001f\u007f\\]/.test(location!), JSON.stringify(input)).toBe(false);
  expect(landing(location!).origin, JSON.stringify(input)).toBe(ORIGIN);
}

describe('safeNext', () => {
  it('turns every known bypass into a same-origin path', () => {
    for (const input of BYPASSES) assertSameOrigin(safeNext(input), input);
  });

  it('the tab trick that escaped the old check is refused outright', () => {
    // "/\t/evil.example" passed the old /^\/(?![/\\])/ test, and browsers drop the tab: "//evil.example".
    expect(safeNext('/\t/evil.example')).toBe('/queue');
    expect(safeNext('/..//evil.example')).toBe('/queue');
  });

  it('keeps an ordinary desk path with its query and fragment', () => {
    expect(safeNext('/threads/abc?done=saved#m-1')).toBe('/threads/abc?done=saved#m-1');
    expect(safeNext('/queue?tab=sent&q=%23%201001')).toBe('/queue?tab=sent&q=%23%201001');
    expect(safeNext('/insights')).toBe('/insights');
  });
});

describe('the login form', () => {
  let d: Desk;
  beforeAll(async () => {
    d = await deskTestApp();
  });

  it('redirects after sign-in to a same-origin path for every bypass', async () => {
    const app = createWebApp(d.deps);
    for (const next of BYPASSES) {
      const res = await app.request('/login', {
        method: 'POST',
        body: form({ email: AGENT.email, password: AGENT.password, next }),
        headers: { Origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status, JSON.stringify(next)).toBe(303);
      assertSameOrigin(res.headers.get('location'), next);
    }
  });

  it('puts only a same-origin path in the login page\'s hidden "next" field (GET /login?next=/%09/evil.example)', async () => {
    const res = await d.app.request('/login?next=/%09/evil.example');
    const html = await res.text();
    expect(html).toContain('name="next" value="/queue"');
    expect(html).not.toContain('evil.example');
  });
});
