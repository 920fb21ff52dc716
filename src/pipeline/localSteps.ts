import type { Transaction } from 'kysely';
import type { StoredMessage } from '../store/messages.ts';
import type { Database, MessageState } from '../store/schema.ts';

/**
 * The states whose step is local: draft and review read and write only our own database (no
 * model, Shopify or SendGrid call, well under a millisecond). The runners run them in the
 * transaction of the step before them, so a message goes from "Shopify answered" to "approved"
 * (or "awaiting review") in one commit instead of three, and a queue runs one job instead of three.
 * Every step that calls a service still commits before the call, so nothing external is ever
 * done on the strength of an uncommitted write.
 */
export const LOCAL_STATES: ReadonlySet<MessageState> = new Set<MessageState>(['resolved', 'drafted']);

/**
 * Runs the local steps due for a message (given as it now stands) inside the transaction; returns
 * the row after them, or null when where it ended up is not known (re-read it). Set by the runner.
 */
export type ContinueLocally = (trx: Transaction<Database>, row: StoredMessage) => Promise<StoredMessage | null>;
