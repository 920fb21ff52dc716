import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';

/**
 * How long a receipt is kept beyond the webhook window. A delivery older than the window is
 * refused on its timestamp, so its receipt is no longer needed; the margin covers clock skew and
 * senders that re-sign their retries (SendGrid retries failed posts for up to 72 h, but only
 * those we did not acknowledge).
 */
export const RECEIPT_MARGIN_MS = 24 * 60 * 60 * 1000;

/**
 * Records that a delivery (webhook id, event id, request signature) was accepted. Returns false
 * when it was already recorded: the caller treats the request as a replay and changes nothing.
 * Call it inside the transaction that applies the delivery, so a failed delivery can be retried.
 */
export async function claimReceipt(db: Kysely<Database> | Transaction<Database>, source: string, receiptId: string, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('webhook_receipts')
    .values({ source, receipt_id: receiptId, received_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['source', 'receipt_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Deletes receipts older than the window plus RECEIPT_MARGIN_MS, so the dedupe table stays bounded. */
export async function pruneReceipts(db: Kysely<Database> | Transaction<Database>, windowSeconds: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - windowSeconds * 1000 - RECEIPT_MARGIN_MS).toISOString();
  const result = await db.deleteFrom('webhook_receipts').where('received_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows ?? 0n);
}
