import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { addCustomerNote, addCustomerTag, CustomerActionError, deleteCustomerNote, refreshCustomerProfile, removeCustomerTag } from '../customerActions.ts';
import type { DeskEnv } from '../env.ts';
import { CustomerFilter, customerFilterOptions, listCustomers, loadCustomerRecord, normEmail } from '../queries/customers.ts';
import { CustomerPage, CustomersPage, customerHref } from '../views/customers.tsx';

// The built-in CRM in the desk: the customers list, one customer's record (profile, segments,
// staff tags and notes, the timeline) and the same as JSON under /api/customers. Any signed-in
// staff member may read and write; every write needs the session's CSRF token (the session
// middleware checks it) and is recorded in the event log with who did it.

/** Fixed notices shown after a redirect (never text from the query string). */
const NOTICES: Record<string, string> = {
  note_added: 'Note added.',
  note_deleted: 'Note deleted.',
  tag_added: 'Tag added.',
  tag_removed: 'Tag removed.',
  synced: 'Profile refreshed from the shop.',
};

const NoteBody = z.object({ body: z.string().max(10_000) });
const TagBody = z.object({ tag: z.string().max(200) });
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

async function json<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const text = await c.req.text();
  return schema.parse(text.trim() ? JSON.parse(text) : {});
}

/** The address from the path, or null when it cannot be one. */
function emailParam(c: Context): string | null {
  const e = normEmail(c.req.param('email') ?? '');
  return e.length > 0 && e.length <= 320 && e.includes('@') ? e : null;
}

export function registerCustomerRoutes(app: Hono<DeskEnv>, deps: PipelineDeps): void {
  const uid = (c: Context<DeskEnv>) => c.get('user').id;
  const before = (c: Context) => z.iso.datetime({ offset: true }).optional().catch(undefined).parse(c.req.query('before'));

  // ── Pages ──────────────────────────────────────────────────────────────────────────────────
  app.get('/customers', async (c) => {
    const filter = CustomerFilter.parse(c.req.query());
    const now = deps.now();
    const [customers, options] = await Promise.all([listCustomers(deps.db, filter, now), customerFilterOptions(deps.db, now)]);
    return c.html(<CustomersPage user={c.get('user')} csrfToken={c.get('csrfToken')} nonce={c.get('secureHeadersNonce')} filter={filter} customers={customers} segments={options.segments} tags={options.tags} />);
  });

  const renderRecord = async (c: Context<DeskEnv>, email: string, extra: { notice?: string | undefined; error?: string | undefined } = {}, status: 200 | 400 | 403 | 404 | 502 = 200) => {
    const b = before(c);
    const record = await loadCustomerRecord(deps.db, email, deps.now(), b ? { before: b } : {});
    if (!record) return c.text('No such customer.', 404);
    return c.html(<CustomerPage user={c.get('user')} csrfToken={c.get('csrfToken')} nonce={c.get('secureHeadersNonce')} record={record} {...extra} />, status);
  };

  app.get('/customers/:email', async (c) => {
    const email = emailParam(c);
    if (!email) return c.text('No such customer.', 404);
    return renderRecord(c, email, { notice: NOTICES[c.req.query('done') ?? ''] });
  });

  /** Runs a form write; success redirects back to the record with a notice, a refusal re-renders it with the error. */
  const formWrite = (act: (c: Context<DeskEnv>, email: string, form: Record<string, unknown>) => Promise<string>) => async (c: Context<DeskEnv>) => {
    const email = emailParam(c);
    if (!email) return c.text('No such customer.', 404);
    const form = await c.req.parseBody();
    try {
      const done = await act(c, email, form);
      return c.redirect(`${customerHref(email)}?done=${done}`, 303);
    } catch (err) {
      if (err instanceof CustomerActionError) return err.status === 404 && err.message === 'no such customer' ? c.text('No such customer.', 404) : renderRecord(c, email, { error: err.message }, err.status);
      throw err;
    }
  };

  app.post('/customers/:email/notes', formWrite(async (c, email, f) => (await addCustomerNote(deps, email, uid(c), str(f['body']).slice(0, 10_000)), 'note_added')));
  app.post('/customers/:email/notes/:id/delete', formWrite(async (c, email) => (await deleteCustomerNote(deps, email, uid(c), c.req.param('id')!), 'note_deleted')));
  app.post('/customers/:email/tags', formWrite(async (c, email, f) => (await addCustomerTag(deps, email, uid(c), str(f['tag'])), 'tag_added')));
  app.post('/customers/:email/tags/remove', formWrite(async (c, email, f) => (await removeCustomerTag(deps, email, uid(c), str(f['tag'])), 'tag_removed')));
  app.post('/customers/:email/sync', async (c) => {
    const email = emailParam(c);
    if (!email) return c.text('No such customer.', 404);
    try {
      await refreshCustomerProfile(deps, email, uid(c));
    } catch (err) {
      if (err instanceof CustomerActionError) return c.text(err.message, err.status);
      deps.log.warn({ err: (err as Error).message }, 'profile refresh from the shop failed');
      return renderRecord(c, email, { error: `The shop did not answer: ${(err as Error).message}` }, 502);
    }
    return c.redirect(`${customerHref(email)}?done=synced`, 303);
  });

  // ── JSON API ───────────────────────────────────────────────────────────────────────────────
  /** Same writes as the forms; a refusal is {"error"} with its status. */
  const apiWrite = (act: (c: Context<DeskEnv>, email: string) => Promise<Record<string, unknown>>) => async (c: Context<DeskEnv>) => {
    const email = emailParam(c);
    if (!email) return c.json({ error: 'no such customer' }, 404);
    try {
      return c.json({ ok: true, ...(await act(c, email)) });
    } catch (err) {
      if (err instanceof CustomerActionError) return c.json({ error: err.message }, err.status);
      throw err;
    }
  };

  app.get('/api/customers', async (c) => {
    const filter = CustomerFilter.parse(c.req.query());
    const now = deps.now();
    const [customers, options] = await Promise.all([listCustomers(deps.db, filter, now), customerFilterOptions(deps.db, now)]);
    return c.json({ filter, segments: options.segments, customers });
  });

  app.get('/api/customers/:email', async (c) => {
    const email = emailParam(c);
    const b = before(c);
    const record = email ? await loadCustomerRecord(deps.db, email, deps.now(), b ? { before: b } : {}) : null;
    if (!record) return c.json({ error: 'no such customer' }, 404);
    return c.json(record);
  });

  app.post('/api/customers/:email/notes', apiWrite(async (c, email) => ({ note: await addCustomerNote(deps, email, uid(c), (await json(c, NoteBody)).body) })));
  app.delete('/api/customers/:email/notes/:id', apiWrite(async (c, email) => (await deleteCustomerNote(deps, email, uid(c), c.req.param('id')!), {})));
  app.post('/api/customers/:email/tags', apiWrite(async (c, email) => ({ tag: await addCustomerTag(deps, email, uid(c), (await json(c, TagBody)).tag) })));
  app.delete('/api/customers/:email/tags/:tag', apiWrite(async (c, email) => (await removeCustomerTag(deps, email, uid(c), c.req.param('tag')!), {})));
  app.post(
    '/api/customers/:email/sync',
    apiWrite(async (c, email) => {
      try {
        return { customer: await refreshCustomerProfile(deps, email, uid(c)) };
      } catch (err) {
        if (err instanceof CustomerActionError) throw err;
        deps.log.warn({ err: (err as Error).message }, 'profile refresh from the shop failed');
        throw new HTTPException(502, { res: c.json({ error: `the shop did not answer: ${(err as Error).message}` }, 502) });
      }
    }),
  );
}
