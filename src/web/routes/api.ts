import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { approveProposedAction, assignThread, editDraft, escalateMessage, refuseProposedAction, rejectDraft } from '../../pipeline/reviewActions.ts';
import { sql } from 'kysely';
import { approveAndSend, type Kick, updateMailbox } from '../deskActions.ts';
import type { DeskEnv } from '../env.ts';
import { computeInsights } from '../queries/insights.ts';
import { listQueue, QueueFilter, queueCounts } from '../queries/queue.ts';
import { loadThread } from '../queries/thread.ts';
import { requireOwner } from '../session.ts';

// The JSON API: the same actions as the pages, for scripts and the queue's shortcuts. Every route
// needs the session cookie; writes also need the X-CSRF-Token header (checked by the session
// middleware). Errors are {"error": "..."} with a 4xx status.

const Body = z.object({ body: z.string().max(100_000) });
const OptionalBody = z.object({ body: z.string().max(100_000).optional() });
const Note = z.object({ note: z.string().max(500).default('') });
const Assign = z.object({ assignee: z.string().nullable() });
const MailboxUpdate = z.object({ id: z.string() }).passthrough();
/** `override: true` runs an action whose cross-check found mismatches (the reviewer checked it). */
const ActionApproval = z.object({ override: z.boolean().default(false) });

async function json<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let raw: unknown = {};
  const text = await c.req.text();
  if (text.trim()) raw = JSON.parse(text);
  return schema.parse(raw);
}

export function registerApi(app: Hono<DeskEnv>, deps: PipelineDeps, kick: Kick): void {
  const uid = (c: Context<DeskEnv>) => c.get('user').id;

  app.get('/api/me', (c) => c.json({ user: c.get('user'), csrfToken: c.get('csrfToken') }));

  app.get('/api/queue', async (c) => {
    const filter = QueueFilter.parse(c.req.query());
    const [items, counts] = await Promise.all([listQueue(deps.db, filter, deps.now()), queueCounts(deps.db)]);
    return c.json({ filter, counts, items });
  });

  app.get('/api/threads/:id', async (c) => {
    const view = await loadThread(deps, c.req.param('id'));
    if (!view) return c.json({ error: 'no such thread' }, 404);
    return c.json(view);
  });

  app.post('/api/drafts/:id/edit', async (c) => {
    const { body } = await json(c, Body);
    await editDraft(deps, c.req.param('id'), uid(c), body);
    return c.json({ ok: true });
  });
  app.post('/api/drafts/:id/approve', async (c) => {
    const { body } = await json(c, OptionalBody);
    return c.json({ ok: true, ...(await approveAndSend(deps, kick, c.req.param('id'), uid(c), body)) });
  });
  app.post('/api/drafts/:id/reject', async (c) => {
    const { note } = await json(c, Note);
    await rejectDraft(deps, c.req.param('id'), uid(c), note);
    return c.json({ ok: true });
  });
  app.post('/api/messages/:id/escalate', async (c) => {
    const { note } = await json(c, Note);
    await escalateMessage(deps, c.req.param('id'), uid(c), note);
    return c.json({ ok: true });
  });
  app.post('/api/threads/:id/assign', async (c) => {
    const { assignee } = await json(c, Assign);
    if (assignee && !(await deps.db.selectFrom('users').select('id').where('id', '=', assignee).executeTakeFirst())) return c.json({ error: 'no such user' }, 400);
    await assignThread(deps, c.req.param('id'), uid(c), assignee);
    return c.json({ ok: true });
  });
  app.post('/api/drafts/:id/action/approve', async (c) => {
    const { override } = await json(c, ActionApproval);
    const result = await approveProposedAction(deps, c.req.param('id'), uid(c), { override });
    return c.json({ ok: result.ok, result });
  });
  app.post('/api/drafts/:id/action/refuse', async (c) => {
    await refuseProposedAction(deps, c.req.param('id'), uid(c));
    return c.json({ ok: true });
  });

  app.use('/api/mailboxes', requireOwner);
  app.use('/api/mailboxes/*', requireOwner);
  app.use('/api/insights', requireOwner);
  const mailboxJson = (m: { id: string; name: string; address: string; kind: string; mode: string; auto_intents: string; auto_confidence: number; updated_at: string }) => ({
    id: m.id,
    name: m.name,
    address: m.address,
    kind: m.kind,
    mode: m.mode,
    autoIntents: JSON.parse(m.auto_intents) as string[],
    autoConfidence: m.auto_confidence,
    updatedAt: m.updated_at,
  });
  app.get('/api/mailboxes', async (c) => c.json({ mailboxes: (await deps.db.selectFrom('mailboxes').selectAll().orderBy('name').execute()).map(mailboxJson) }));
  app.post('/api/mailboxes', async (c) => {
    const { id, ...rest } = await json(c, MailboxUpdate);
    return c.json({ ok: true, mailbox: mailboxJson(await updateMailbox(deps, id, uid(c), rest)) });
  });
  app.post('/api/mailboxes/:id', async (c) => {
    const body = await json(c, z.record(z.string(), z.unknown()));
    return c.json({ ok: true, mailbox: mailboxJson(await updateMailbox(deps, c.req.param('id'), uid(c), body)) });
  });

  app.get('/api/insights', async (c) => {
    const days = z.coerce.number().int().min(1).max(365).catch(30).parse(c.req.query('days') ?? 30);
    return c.json(await computeInsights(deps.db, deps.now(), days));
  });
}
