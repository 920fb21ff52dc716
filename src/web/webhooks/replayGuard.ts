import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';

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
