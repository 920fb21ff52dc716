import { addNote, type CustomerNote, deleteNote } from '../crm/notes.ts';
import { syncCustomerProfile } from '../crm/profileSync.ts';
import { addTag, listTags, normalizeTag, removeTag } from '../crm/tags.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { appendEvent } from '../store/events.ts';
import type { CustomerRow } from '../store/schema.ts';
import { customerExists, normEmail } from './queries/customers.ts';

// What staff do on a customer's CRM record, shared by the HTML forms and the JSON API. Each write
// is one transaction with an event naming who did it, on the customer's timeline.

export class CustomerActionError extends Error {
  readonly status: 400 | 403 | 404;

  constructor(message: string, status: 400 | 403 | 404) {
    super(message);
    this.status = status;
    this.name = 'CustomerActionError';
  }
}

async function known(deps: PipelineDeps, email: string): Promise<string> {
  const key = normEmail(email);
  if (!(await customerExists(deps.db, key))) throw new CustomerActionError('no such customer', 404);
  return key;
}

export async function addCustomerNote(deps: PipelineDeps, email: string, userId: string, body: string): Promise<CustomerNote> {
  const key = await known(deps, email);
  if (!body.trim()) throw new CustomerActionError('a note needs text', 400);
  const now = deps.now();
  return deps.db.transaction().execute(async (trx) => {
    const note = await addNote(trx, key, body, userId, now);
    await appendEvent(trx, { type: 'customer_note_added', customerEmail: key, actor: userId, at: now.toISOString(), data: { noteId: note.id } });
    return note;
  });
}

/** Staff delete their own notes only. */
export async function deleteCustomerNote(deps: PipelineDeps, email: string, userId: string, noteId: string): Promise<void> {
  const key = normEmail(email);
  const note = await deps.db.selectFrom('customer_notes').select(['id', 'author']).where('id', '=', noteId).where('customer_email', '=', key).executeTakeFirst();
  if (!note) throw new CustomerActionError('no such note', 404);
  if (note.author !== userId) throw new CustomerActionError('only the author can delete a note', 403);
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await deleteNote(trx, key, noteId);
    await appendEvent(trx, { type: 'customer_note_deleted', customerEmail: key, actor: userId, at: now.toISOString(), data: { noteId } });
  });
}

/** Adds a staff tag; returns the normalized tag. Adding one the customer has already records nothing. */
export async function addCustomerTag(deps: PipelineDeps, email: string, userId: string, tag: string): Promise<string> {
  const key = await known(deps, email);
  const t = normalizeTag(tag);
  if (!t) throw new CustomerActionError('a tag needs text', 400);
  if ((await listTags(deps.db, key)).staff.includes(t)) return t;
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await addTag(trx, key, t, userId, now);
    await appendEvent(trx, { type: 'customer_tag_added', customerEmail: key, actor: userId, at: now.toISOString(), data: { tag: t } });
  });
  return t;
}

export async function removeCustomerTag(deps: PipelineDeps, email: string, userId: string, tag: string): Promise<void> {
  const key = normEmail(email);
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    if (!(await removeTag(trx, key, tag))) throw new CustomerActionError('no such tag on this customer', 404);
    await appendEvent(trx, { type: 'customer_tag_removed', customerEmail: key, actor: userId, at: now.toISOString(), data: { tag: normalizeTag(tag) } });
  });
}

/** "Refresh from Shopify": re-reads the profile by the customer's own address. A shop error propagates. */
export async function refreshCustomerProfile(deps: PipelineDeps, email: string, userId: string): Promise<CustomerRow | null> {
  const key = await known(deps, email);
  const row = await syncCustomerProfile(deps, key);
  await appendEvent(deps.db, { type: 'customer_synced', customerEmail: key, actor: userId, at: deps.now().toISOString(), data: { found: row?.synced_at != null } });
  return row;
}
