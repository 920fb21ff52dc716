import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.ts';
import type { Selectable } from 'kysely';
import type { CustomerNoteTable } from '../store/schema.ts';

export type CustomerNote = Selectable<CustomerNoteTable>;

const norm = (e: string) => e.trim().toLowerCase();

/** A staff note on the customer's record (shown on their timeline). */
export async function addNote(db: Db, email: string, body: string, author: string, now: Date): Promise<CustomerNote> {
  const text = body.trim();
  if (!text) throw new Error('a note needs text');
  const note: CustomerNote = { id: randomUUID(), customer_email: norm(email), body: text.slice(0, 10_000), author, created_at: now.toISOString() };
  await db.insertInto('customer_notes').values(note).execute();
  return note;
}

export async function listNotes(db: Db, email: string): Promise<CustomerNote[]> {
  return db.selectFrom('customer_notes').selectAll().where('customer_email', '=', norm(email)).orderBy('created_at', 'desc').execute();
}

/** Deletes one note; returns false when there was none with that id for this customer. */
export async function deleteNote(db: Db, email: string, noteId: string): Promise<boolean> {
  const r = await db.deleteFrom('customer_notes').where('id', '=', noteId).where('customer_email', '=', norm(email)).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
