import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { NONCE, secureHeaders } from 'hono/secure-headers';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { LoginRateLimiter } from '../auth/loginRateLimit.ts';
import { healthHandler } from '../ops/health.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { ReviewError } from '../pipeline/reviewActions.ts';
import { limitBody } from './bodyLimit.ts';
import { clientIp } from './clientIp.ts';
import { inlineKick, type Kick } from './deskActions.ts';
import type { DeskEnv } from './env.ts';
import { registerApi } from './routes/api.ts';
import { registerCustomerRoutes } from './routes/customers.tsx';
import { registerPages } from './routes/pages.tsx';
import { registerShopifyInstall } from './routes/shopifyInstall.ts';
import { isMachinePath, requireOwner, sessionMiddleware } from './session.ts';
import { DESK_CSS } from './styles.ts';

export interface WebAppOptions {
  /** Moves a message on after "approve & send". Default: run its steps inline. BullMQ passes an enqueue. */
  kick?: (messageId: string) => Promise<void>;
  /** Mounts more routes (webhooks at /webhooks, metrics, Bull Board at /admin/queues) after the desk's middleware. */
  extraRoutes?: (app: Hono<DeskEnv>) => void;
  /** Secure cookies; default: when PUBLIC_URL is https. */
  secureCookies?: boolean;
  /** Failed-login limiter (tests pass a small one). */
  loginRateLimiter?: LoginRateLimiter;
  /** Redis, when the BullMQ runner is used: /healthz checks it as well as the database. */
  redis?: Redis | null;
}

/**
 * The review desk: server-rendered pages, the JSON API and /healthz, behind sessions, CSRF
 * checks and secure headers. Everything but /login, /healthz, /assets, /webhooks/* and
 * /api/ingest needs a session; /admin/* needs an owner.
 */
export function createWebApp(deps: PipelineDeps, opts: WebAppOptions = {}): Hono<DeskEnv> {
  const app = new Hono<DeskEnv>();
  const publicUrl = deps.config.PUBLIC_URL;
  const secureCookies = opts.secureCookies ?? (publicUrl?.startsWith('https:') ?? false);
  const kick: Kick = opts.kick ?? inlineKick(deps);
  const limiter = opts.loginRateLimiter ?? new LoginRateLimiter();

  // No desk body is read past MAX_BODY_BYTES (forms, JSON, login). The webhooks and the ingest
  // API set their own limits (mail is bigger), each on its routes.
  const deskBodyLimit = limitBody(deps.config.MAX_BODY_BYTES);
  app.use(async (c, next) => (isMachinePath(c.req.path) ? next() : deskBodyLimit(c, next)));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: [NONCE],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      strictTransportSecurity: secureCookies ? 'max-age=31536000; includeSubDomains' : false,
    }),
  );
  // Browser forms must come from our own origin (or PUBLIC_URL's, behind a proxy).
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : null;
  const originCheck = csrf({ origin: (origin, c) => origin === new URL(c.req.url).origin || origin === publicOrigin });
  app.use(async (c, next) => (isMachinePath(c.req.path) ? next() : originCheck(c, next)));

  app.get('/healthz', healthHandler(deps.db, opts.redis ?? null));
  app.get('/assets/desk.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(DESK_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.use(sessionMiddleware(deps.db, deps.now));
  app.use('/admin/*', requireOwner);

  registerApi(app, deps, kick);
  registerPages(app, { deps, kick, secureCookies, limiter, clientIp: (c) => clientIp(c, deps.config.TRUSTED_PROXIES) });
  registerCustomerRoutes(app, deps);
  registerShopifyInstall(app, deps);
  opts.extraRoutes?.(app);

  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'not found' }, 404) : c.text('Not found.', 404)));
  app.onError((err, c) => {
    const api = c.req.path.startsWith('/api/');
    if (err instanceof HTTPException) return err.getResponse();
    if (err instanceof ReviewError) return api ? c.json({ error: err.message }, err.status) : c.text(err.message, err.status);
    if (err instanceof z.ZodError || err instanceof SyntaxError) {
      const msg = err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') : 'the body is not valid JSON';
      return api ? c.json({ error: msg }, 400) : c.text(msg, 400);
    }
    deps.log.error({ err: err.message, path: c.req.path }, 'desk request failed');
    return api ? c.json({ error: 'internal error' }, 500) : c.text('Something went wrong; it was logged.', 500);
  });
  return app;
}
