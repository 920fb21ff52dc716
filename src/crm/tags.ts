import type { Db } from '../store/db.ts';

const norm = (e: string) => e.trim().toLowerCase();
/** Tags are short labels: lower-case, spaces collapsed to '-'. */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-').slice(0, 40);
}

export interface CustomerTags {
  /** Added by staff in deskhand. */
  staff: string[];
  /** Synced from the Shopify customer (read-only here). */
  shop: string[];
}

/** Adds a staff tag; adding one twice is a no-op. Returns the normalized tag. */
export async function addTag(db: Db, email: string, tag: string, addedBy: string, now: Date): Promise<string> {
  const t = normalizeTag(tag);
  if (!t) throw new Error('a tag needs text');
  await db
    .insertInto('customer_tags')
    .values({ customer_email: norm(email), tag: t, added_by: addedBy, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['customer_email', 'tag']).doNothing())
    .execute();
  return t;
}

export async function removeTag(db: Db, email: string, tag: string): Promise<boolean> {
  const r = await db.deleteFrom('customer_tags').where('customer_email', '=', norm(email)).where('tag', '=', normalizeTag(tag)).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function listTags(db: Db, email: string): Promise<CustomerTags> {
  const key = norm(email);
  const staff = await db.selectFrom('customer_tags').select('tag').where('customer_email', '=', key).orderBy('tag').execute();
  const row = await db.selectFrom('customers').select('tags').where('email', '=', key).executeTakeFirst();
  return { staff: staff.map((s) => s.tag), shop: row ? (JSON.parse(row.tags) as string[]) : [] };
}

/** Customers carrying a staff tag. */
export async function customersTagged(db: Db, tag: string): Promise<string[]> {
  const rows = await db.selectFrom('customer_tags').select('customer_email').where('tag', '=', normalizeTag(tag)).orderBy('customer_email').execute();
  return rows.map((r) => r.customer_email);
}
