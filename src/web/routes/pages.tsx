import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { LoginRateLimiter } from '../../auth/loginRateLimit.ts';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_TTL_MS } from '../../auth/sessions.ts';
import { authenticate, createUser, listUsers, NewUser, UserExistsError } from '../../auth/users.ts';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { approveProposedAction, assignThread, editDraft, escalateMessage, ReviewError, refuseProposedAction, rejectDraft } from '../../pipeline/reviewActions.ts';
import { approveAndSend, composeAndSend, type Kick, updateMailbox } from '../deskActions.ts';
import type { DeskEnv } from '../env.ts';
import { customerBadges } from '../queries/customers.ts';
import { computeInsights } from '../queries/insights.ts';
import { filterOptions, listQueue, QueueFilter, queueCounts } from '../queries/queue.ts';
import { loadThread } from '../queries/thread.ts';
import { requireOwner, safeNext } from '../session.ts';
import { InsightsPage } from '../views/insights.tsx';
import { LoginPage } from '../views/login.tsx';
import { QueuePage } from '../views/queue.tsx';
import { MailboxesPage, UsersPage } from '../views/settings.tsx';
import { ThreadPage } from '../views/thread.tsx';

export interface RouteContext {
  deps: PipelineDeps;
  kick: Kick;
  secureCookies: boolean;
  limiter: LoginRateLimiter;
  clientIp: (c: Context) => string;
}

/** Fixed notices shown after a redirect (never text from the query string). */
const NOTICES: Record<string, string> = {
  saved: 'Draft saved.',
  sent: 'Reply approved and sent.',
  approved: 'Reply approved: it will be sent in a moment.',
  send_problem: 'Reply approved, but sending did not finish: see the message state.',
  rejected: 'Closed without a reply.',
  escalated: 'Escalated to a person.',
  assigned: 'Assignment saved.',
  action_done: 'Done in the store.',
  action_failed: 'The store refused the action: see the errors below.',
  action_refused: 'Proposed action refused: nothing was changed in the store.',
  mailbox_saved: 'Mailbox settings saved.',
  user_added: 'User added.',
};
const notice = (c: Context) => NOTICES[c.req.query('done') ?? ''];

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function registerPages(app: Hono<DeskEnv>, ctx: RouteContext): void {
  const { deps } = ctx;

  app.get('/', (c) => c.redirect('/queue'));

  // ── Sign in / out ──────────────────────────────────────────────────────────────────────────
  app.get('/login', (c) => c.html(<LoginPage next={safeNext(c.req.query('next'))} />));

  app.post('/login', async (c) => {
    const ip = ctx.clientIp(c);
    const form = await c.req.parseBody();
    const email = str(form['email']).slice(0, 320);
    // Counted per IP and per account: a botnet spreading guesses over many IPs still hits the account's limit.
    const attempt = { ip, email };
    const wait = ctx.limiter.retryAfter(attempt);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return c.html(<LoginPage error={`Too many failed attempts. Try again in ${Math.ceil(wait / 60)} min.`} />, 429);
    }
    const user = await authenticate(deps.db, email, str(form['password']).slice(0, 1024));
    if (!user) {
      ctx.limiter.recordFailure(attempt);
      return c.html(<LoginPage error="Wrong email or password." email={email} next={safeNext(form['next'])} />, 401);
    }
    ctx.limiter.recordSuccess(attempt);
    const s = await createSession(deps.db, user.id, deps.now(), ip);
    // Max-Age, not Expires: the browser counts the lifetime from its own clock, so a desk whose
    // business clock is pinned (demos, tests) never hands out a cookie the browser already sees as expired.
    setCookie(c, SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'Lax', secure: ctx.secureCookies, path: '/', maxAge: SESSION_TTL_MS / 1000 });
    return c.redirect(safeNext(form['next']), 303);
  });

  app.post('/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await deleteSession(deps.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: ctx.secureCookies });
    return c.redirect('/login', 303);
  });

  // ── Queue and thread ───────────────────────────────────────────────────────────────────────
  app.get('/queue', async (c) => {
    const filter = QueueFilter.parse(c.req.query());
    const now = deps.now();
    const [items, counts, options] = await Promise.all([listQueue(deps.db, filter, now), queueCounts(deps.db), filterOptions(deps.db)]);
    return c.html(<QueuePage user={c.get('user')} csrfToken={c.get('csrfToken')} nonce={c.get('secureHeadersNonce')} filter={filter} items={items} counts={counts} options={options} notice={notice(c)} />);
  });

  const renderThread = async (c: Context<DeskEnv>, threadId: string, extra: { notice?: string | undefined; error?: string | undefined } = {}, status: 200 | 400 | 404 | 409 = 200) => {
    const view = await loadThread(deps, threadId);
    if (!view) return c.text('No such thread.', 404);
    const crm = await customerBadges(deps.db, view.thread.customer_email, deps.now());
    return c.html(<ThreadPage user={c.get('user')} csrfToken={c.get('csrfToken')} nonce={c.get('secureHeadersNonce')} view={view} crm={crm} {...extra} />, status);
  };

  app.get('/threads/:id', (c) => renderThread(c, c.req.param('id'), { notice: notice(c) }));

  const threadOfDraft = async (draftId: string) => (await deps.db.selectFrom('drafts').select(['thread_id', 'message_id']).where('id', '=', draftId).executeTakeFirst()) ?? null;
  const threadOfMessage = async (messageId: string) => (await deps.db.selectFrom('messages').select(['thread_id', 'id as message_id']).where('id', '=', messageId).executeTakeFirst()) ?? null;

  /** Runs a form action; success redirects back to the thread with a notice, a ReviewError re-renders it with the error. */
  const formAction =
    (locate: (id: string) => Promise<{ thread_id: string | null; message_id: string } | null>, act: (c: Context<DeskEnv>, id: string, form: Record<string, unknown>) => Promise<string>) =>
    async (c: Context<DeskEnv>) => {
      const id = c.req.param('id')!;
      const where = await locate(id);
      if (!where?.thread_id) return c.text('Not found.', 404);
      const form = await c.req.parseBody({ all: true });
      try {
        const done = await act(c, id, form);
        return c.redirect(`/threads/${where.thread_id}?done=${done}#m-${where.message_id}`, 303);
      } catch (err) {
        if (err instanceof ReviewError || err instanceof z.ZodError) {
          const msg = err instanceof ReviewError ? err.message : 'Some fields are not valid.';
          return renderThread(c, where.thread_id, { error: msg }, err instanceof ReviewError ? err.status : 400);
        }
        throw err;
      }
    };
  const uid = (c: Context<DeskEnv>) => c.get('user').id;

  app.post('/drafts/:id/save', formAction(threadOfDraft, async (c, id, f) => (await editDraft(deps, id, uid(c), str(f['body'])), 'saved')));
  app.post(
    '/drafts/:id/approve',
    formAction(threadOfDraft, async (c, id, f) => {
      const r = await approveAndSend(deps, ctx.kick, id, uid(c), typeof f['body'] === 'string' ? f['body'] : undefined);
      return r.state === 'sent' || r.state === 'logged' ? 'sent' : r.state === 'approved' ? 'approved' : 'send_problem';
    }),
  );
  app.post('/drafts/:id/reject', formAction(threadOfDraft, async (c, id, f) => (await rejectDraft(deps, id, uid(c), str(f['note']).slice(0, 500)), 'rejected')));
  app.post('/messages/:id/escalate', formAction(threadOfMessage, async (c, id, f) => (await escalateMessage(deps, id, uid(c), str(f['note']).slice(0, 500)), 'escalated')));
  app.post(
    '/messages/:id/compose',
    formAction(threadOfMessage, async (c, id, f) => {
      const r = await composeAndSend(deps, ctx.kick, id, uid(c), str(f['subject']).slice(0, 300) || 'Re:', str(f['body']));
      return r.state === 'sent' || r.state === 'logged' ? 'sent' : r.state === 'approved' ? 'approved' : 'send_problem';
    }),
  );
  app.post(
    '/drafts/:id/action/approve',
    formAction(threadOfDraft, async (c, id, f) => ((await approveProposedAction(deps, id, uid(c), { override: f['override'] === 'yes' })).ok ? 'action_done' : 'action_failed')),
  );
  app.post('/drafts/:id/action/refuse', formAction(threadOfDraft, async (c, id) => (await refuseProposedAction(deps, id, uid(c)), 'action_refused')));
  app.post('/threads/:id/assign', async (c) => {
    const threadId = c.req.param('id');
    const assignee = str((await c.req.parseBody())['assignee']) || null;
    if (assignee && !(await deps.db.selectFrom('users').select('id').where('id', '=', assignee).executeTakeFirst())) return renderThread(c, threadId, { error: 'No such user.' }, 400);
    try {
      await assignThread(deps, threadId, uid(c), assignee);
    } catch (err) {
      if (err instanceof ReviewError) return c.text(err.message, err.status);
      throw err;
    }
    return c.redirect(`/threads/${threadId}?done=assigned`, 303);
  });

  // ── Owner pages ────────────────────────────────────────────────────────────────────────────
  app.use('/settings/*', requireOwner);
  app.use('/insights', requireOwner);

  const mailboxesPage = async (c: Context<DeskEnv>, extra: { notice?: string | undefined; error?: string | undefined }, status: 200 | 400 = 200) => {
    const mailboxes = await deps.db.selectFrom('mailboxes').selectAll().orderBy('name').execute();
    return c.html(<MailboxesPage user={c.get('user')} csrfToken={c.get('csrfToken')} nonce={c.get('secureHeadersNonce')} mailboxes={mailboxes} {...extra} />, status);
  };
  app.get('/settings/mailboxes', (c) => mailboxesPage(c, { notice: notice(c) }));
  app.post('/settings/mailboxes/:id', async (c) => {
    const f = await c.req.parseBody({ all: true });
    const intents = f['autoIntents'];
    try {
      await updateMailbox(deps, c.req.param('id'), uid(c), { mode: f['mode'], autoIntents: Array.isArray(intents) ? intents : intents ? [intents] : [], autoConfidence: f['autoConfidence'] });
    } catch (err) {
      if (err instanceof z.ZodError) return mailboxesPage(c, { error: `Not saved: ${err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` }, 400);
      if (err instanceof ReviewError) return c.text(err.message, err.status);
      throw err;
    }
    return c.redirect('/settings/mailboxes?done=mailbox_saved', 303);
  });

  const usersPage = async (c: Context<DeskEnv>, extra: { notice?: string | undefined; error?: string | undefined }, status: 200 | 400 | 409 = 200) =>
    c.html(<UsersPage user={c.get('user')} csrfToken={c.get('csrfToken')} nonce={c.get('secureHeadersNonce')} users={await listUsers(deps.db)} {...extra} />, status);
  app.get('/settings/users', (c) => usersPage(c, { notice: notice(c) }));
  app.post('/settings/users', async (c) => {
    const f = await c.req.parseBody();
    const parsed = NewUser.safeParse({ email: f['email'], name: f['name'], role: f['role'], password: f['password'] });
    if (!parsed.success) return usersPage(c, { error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }, 400);
    try {
      await createUser(deps.db, parsed.data, deps.now());
    } catch (err) {
      if (err instanceof UserExistsError) return usersPage(c, { error: err.message }, 409);
      throw err;
    }
    return c.redirect('/settings/users?done=user_added', 303);
  });

  app.get('/insights', async (c) => {
    const days = z.coerce.number().int().min(1).max(365).catch(30).parse(c.req.query('days') ?? 30);
    const insights = await computeInsights(deps.db, deps.now(), days);
    return c.html(<InsightsPage user={c.get('user')} csrfToken={c.get('csrfToken')} nonce={c.get('secureHeadersNonce')} insights={insights} days={days} />);
  });
}
