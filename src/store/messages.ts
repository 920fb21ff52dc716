import { sql, type Transaction } from 'kysely';
import { IdentityHeaders, type ParsedEmail } from '../domain/email.ts';
import { compiledOnce } from './compiledQuery.ts';
import type { Db } from './db.ts';
import { isPostgres } from './dialect.ts';
import { appendEvent } from './events.ts';
import type { Database, MessageRow, MessageState, MessageUpdate } from './schema.ts';

/** A message row as the steps read it: every column but the raw MIME, which no step needs after ingest. */
export type StoredMessage = Omit<MessageRow, 'raw'>;

const STORED_COLUMNS = [
  'id', 'mailbox_id', 'rfc_message_id', 'thread_id', 'state', 'reason', 'guard_code', 'attempts', 'source', 'source_uid', 'raw_size',
  'from_address', 'from_name', 'to_address', 'reply_to', 'subject', 'sent_date', 'in_reply_to', 'references', 'headers',
  'text', 'new_text', 'quoted_text', 'html_only', 'content_type', 'signature', 'hidden_text', 'attachments', 'intent',
  'action', 'language', 'confidence', 'order_numbers', 'classification', 'facts', 'identity_verified', 'tokens_prompt',
  'tokens_completion', 'next_attempt_at', 'received_at', 'triaged_at', 'resolved_at', 'drafted_at', 'reviewed_at',
  'sent_at', 'logged_at', 'updated_at',
  'identity_headers', 'sender_check', 'sender_check_reason',
] as const satisfies readonly (keyof StoredMessage)[];
// A column added to the table must be added above too: this fails to compile until it is.
const allColumnsListed: [Exclude<keyof StoredMessage, (typeof STORED_COLUMNS)[number]>] extends [never] ? true : false = true;
void allColumnsListed;

const selectMessage = compiledOnce(1, (db, id: string) => db.selectFrom('messages').select(STORED_COLUMNS).where('id', '=', id));

/**
 * The message row without its raw MIME. Every step reads the row once; the raw bytes (often the
 * largest column) stay in the database, so they are neither copied out nor kept alive.
 */
export async function getMessage(db: Db | Transaction<Database>, id: string): Promise<StoredMessage | undefined> {
  return (await selectMessage(db, id)).rows[0] as StoredMessage | undefined;
}

/** Rebuilds the parsed email from its stored columns, so later steps never re-parse MIME. */
export function toParsedEmail(row: StoredMessage): ParsedEmail {
  return {
    messageId: row.rfc_message_id,
    inReplyTo: row.in_reply_to,
    references: JSON.parse(row.references) as string[],
    from: { address: row.from_address ?? '', name: row.from_name ?? '' },
    to: row.to_address ? row.to_address.split(', ').map((address) => ({ address, name: '' })) : [],
    replyTo: row.reply_to ? { address: row.reply_to, name: '' } : null,
    subject: row.subject ?? '',
    date: row.sent_date,
    headers: JSON.parse(row.headers) as Record<string, string>,
    contentType: row.content_type ?? 'text/plain',
    text: row.text ?? '',
    newText: row.new_text ?? '',
    quotedText: row.quoted_text ?? '',
    signature: row.signature ?? '',
    htmlOnly: row.html_only === 1,
    hiddenText: row.hidden_text ?? '',
    attachments: JSON.parse(row.attachments) as ParsedEmail['attachments'],
    ...(row.identity_headers ? { identityHeaders: IdentityHeaders.parse(JSON.parse(row.identity_headers)) } : {}),
  };
}

/** The columns a transition writes: the step's patch plus the new state; both transition functions use it. */
function transitionSet(patch: MessageUpdate, to: MessageState, at: Date): { set: Record<string, unknown>; columns: string[] } {
  // Attempts count per step: a step that succeeded starts the next one afresh.
  const set: Record<string, unknown> = { attempts: 0, ...patch, state: to, updated_at: at.toISOString(), next_attempt_at: null };
  // Kysely leaves out columns set to undefined; so do we.
  return { set, columns: Object.keys(set).filter((c) => set[c] !== undefined) };
}

/**
 * Moves a message from one state to the next inside a transaction, guarded on the current state:
 * returns false (and changes nothing) when another worker already moved it. This guard is what
 * makes every step idempotent.
 */
export async function transition(
  trx: Transaction<Database>,
  id: string,
  from: MessageState,
  to: MessageState,
  patch: MessageUpdate,
  at: Date,
  actor = 'system',
): Promise<boolean> {
  const { set, columns } = transitionSet(patch, to, at);
  // PostgreSQL: the guarded update and its event in one statement (a round trip, not two).
  if (isPostgres(trx)) return moveAndLog(trx, set, columns, id, from, to, patch, at, actor);
  const res = await updateStateFor(columns)(trx, ...columns.map((c) => set[c]), id, from);
  if (Number(res.numAffectedRows) !== 1) return false;
  await appendEvent(trx, {
    type: 'state',
    messageId: id,
    threadId: (patch.thread_id as string | undefined) ?? null,
    actor,
    at: at.toISOString(),
    data: { from, to, reason: patch.reason ?? null },
  });
  return true;
}

/** The row as a transition to `to` with `patch` leaves it: exactly what `transition` writes, without reading it back. */
export function afterTransition(row: StoredMessage, to: MessageState, patch: MessageUpdate, at: Date): StoredMessage {
  const { set, columns } = transitionSet(patch, to, at);
  return { ...row, ...Object.fromEntries(columns.map((c) => [c, set[c]])) } as StoredMessage;
}

/** The guarded update for one set of columns (each step patches its own few), compiled once per set. */
const updateStates = new Map<string, (db: Db | Transaction<Database>, ...values: unknown[]) => Promise<{ numAffectedRows?: bigint }>>();

function updateStateFor(columns: string[]) {
  const key = columns.join(',');
  let update = updateStates.get(key);
  if (!update) {
    update = compiledOnce(columns.length + 2, (db, ...markers: unknown[]) => {
      const values = Object.fromEntries(columns.map((c, i) => [c, markers[i]])) as MessageUpdate;
      return db.updateTable('messages').set(values).where('id', '=', markers[columns.length] as string).where('state', '=', markers[columns.length + 1] as string);
    });
    updateStates.set(key, update);
  }
  return update;
}

/**
 * `transition` in a transaction of its own, for the steps whose write is only that. On PostgreSQL
 * it is one statement (the guarded update and the event insert in one CTE, atomic by itself):
 * one round trip instead of four (begin, update, insert, commit). Returns whether it moved.
 */
export async function transitionAlone(
  db: Db,
  id: string,
  from: MessageState,
  to: MessageState,
  patch: MessageUpdate,
  at: Date,
  actor = 'system',
): Promise<boolean> {
  if (!isPostgres(db)) return db.transaction().execute((trx) => transition(trx, id, from, to, patch, at, actor));
  const { set, columns } = transitionSet(patch, to, at);
  return moveAndLog(db, set, columns, id, from, to, patch, at, actor);
}

async function moveAndLog(
  db: Db,
  set: Record<string, unknown>,
  columns: string[],
  id: string,
  from: MessageState,
  to: MessageState,
  patch: MessageUpdate,
  at: Date,
  actor: string,
): Promise<boolean> {
  const data = JSON.stringify({ from, to, reason: patch.reason ?? null });
  const threadId = (patch.thread_id as string | undefined) ?? null;
  const res = await moveAndLogFor(columns)(db, ...columns.map((c) => set[c]), id, from, at.toISOString(), threadId, actor, data);
  return Number(res.numAffectedRows) === 1;
}

const movesAndLogs = new Map<string, (db: Db, ...values: unknown[]) => Promise<{ numAffectedRows?: bigint }>>();

function moveAndLogFor(columns: string[]) {
  const key = columns.join(',');
  let run = movesAndLogs.get(key);
  if (!run) {
    const n = columns.length;
    run = compiledOnce(n + 6, (db, ...m: unknown[]) => {
      const values = Object.fromEntries(columns.map((c, i) => [c, m[i]])) as MessageUpdate;
      return db
        .with('moved', (w) => w.updateTable('messages').set(values).where('id', '=', m[n] as string).where('state', '=', m[n + 1] as string).returning('id'))
        .insertInto('events')
        .columns(['at', 'type', 'message_id', 'thread_id', 'customer_email', 'actor', 'data'])
        .expression((eb) =>
          eb
            .selectFrom('moved')
            .select([
              sql<string>`${m[n + 2]}::text`.as('at'),
              sql<string>`'state'`.as('type'),
              'moved.id',
              sql<string | null>`${m[n + 3]}::text`.as('thread_id'),
              sql<null>`null`.as('customer_email'),
              sql<string>`${m[n + 4]}::text`.as('actor'),
              sql<string>`${m[n + 5]}::text`.as('data'),
            ]),
        );
    });
    movesAndLogs.set(key, run);
  }
  return run;
}
