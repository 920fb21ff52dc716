import { sql, type Transaction } from 'kysely';
import type { PipelineDeps } from './deps.ts';
import { errorMessage, isTransient } from './errors.ts';
import { LOCAL_STATES } from './localSteps.ts';
import { STEP_FOR_STATE } from './steps.ts';
import { compiledOnce } from '../store/compiledQuery.ts';
import { appendEvent } from '../store/events.ts';
import { getMessage, type StoredMessage } from '../store/messages.ts';
import type { Database, MessageState } from '../store/schema.ts';

/** Delay before retry n (1-based): 5 s, 20 s, 80 s … capped at 15 minutes. */
export function retryDelayMs(attempt: number, baseMs = 5_000): number {
  return Math.min(baseMs * 4 ** (attempt - 1), 15 * 60_000);
}

export type AdvanceResult = {
  state: MessageState;
  step: string | null;
  error: string | null;
  /** The row's position after the step (the queue runner enqueues from it), when the message exists. */
  position?: { id: string; state: string; attempts: number; next_attempt_at: string | null };
  /** The whole row as the step left it, when the step said (a runner going on hands it to the next advance). */
  row?: StoredMessage;
};

const readPosition = compiledOnce(1, (db, id: string) => db.selectFrom('messages').select(['id', 'state', 'attempts', 'next_attempt_at']).where('id', '=', id));

/**
 * Runs the one step the message's current state calls for. A failing step leaves the message in
 * its state with the reason and a retry time; a permanent error, or the last allowed attempt,
 * moves it to `failed`. Both runners call this; `onlyStep` makes it a no-op (step null) unless the
 * message is due for that step.
 */
export async function advance(deps: PipelineDeps, id: string, opts: { onlyStep?: string; row?: StoredMessage } = {}): Promise<AdvanceResult> {
  // The step gets the row read here (or as the previous step left it), rather than reading it itself.
  // A row changed since by someone else is safe: every write is guarded on the state it was read in.
  const row = opts.row ?? (await getMessage(deps.db, id));
  if (!row) return { state: 'failed', step: null, error: 'no such message' };
  const from = row.state as MessageState;
  const step = STEP_FOR_STATE[from];
  const position = positionOf(row);
  // A queue worker runs only its own step; a message that has moved on is left to the queue it is due on.
  if (!step || (opts.onlyStep !== undefined && step.name !== opts.onlyStep)) return { state: from, step: null, error: null, position };

  let moved: StoredMessage | null;
  try {
    moved = await step.run({ ...deps, continueLocally: (trx, now) => runLocalSteps(deps, trx, now) }, id, row);
  } catch (err) {
    const attempts = row.attempts + 1;
    const giveUp = !isTransient(err) || attempts >= deps.config.MAX_ATTEMPTS;
    const now = deps.now();
    const msg = `${step.name}: ${errorMessage(err)}`;
    const reason = giveUp ? msg : `${msg} (attempt ${attempts} of ${deps.config.MAX_ATTEMPTS}, will retry)`;
    deps.log.warn({ messageId: id, step: step.name, attempts, giveUp, err: errorMessage(err) }, 'step failed');
    await deps.db.transaction().execute(async (trx) => {
      const res = await trx
        .updateTable('messages')
        .set({
          attempts,
          reason,
          state: giveUp ? 'failed' : from,
          next_attempt_at: giveUp ? null : new Date(now.getTime() + retryDelayMs(attempts, deps.config.RETRY_BASE_MS)).toISOString(),
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .where('state', '=', from)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) === 1) {
        await appendEvent(trx, { type: giveUp ? 'state' : 'retry', messageId: id, at: now.toISOString(), data: giveUp ? { from, to: 'failed', reason } : { step: step.name, attempts, reason } });
      }
    });
    const position = (await readPosition(deps.db, id)).rows[0] as AdvanceResult['position'];
    return { state: giveUp ? 'failed' : from, step: step.name, error: msg, ...(position ? { position } : {}) };
  }
  // The step says where it left the message; read it back only when it cannot.
  const after = moved ? positionOf(moved) : ((await readPosition(deps.db, id)).rows[0] as AdvanceResult['position']);
  if (!after) throw new Error(`message ${id} disappeared during ${step.name}`);
  return { state: after.state as MessageState, step: step.name, error: null, position: after, ...(moved ? { row: moved } : {}) };
}

const positionOf = (m: StoredMessage) => ({ id: m.id, state: m.state, attempts: m.attempts, next_attempt_at: m.next_attempt_at });

/**
 * The local steps due for a message (see localSteps.ts), inside the transaction of the step that
 * led to them, under one savepoint: if one fails, what they wrote is undone, the step before them
 * still commits, and the failing step runs again on its own (next advance, or its queue), where its
 * error is recorded against it and retried as usual. Returns the row after them (null: unknown).
 */
async function runLocalSteps(deps: PipelineDeps, trx: Transaction<Database>, start: StoredMessage): Promise<StoredMessage | null> {
  const local = { ...deps, db: trx, continueLocally: undefined };
  // A savepoint not released is kept until the commit, which commits it with the rest.
  await sql`savepoint local_steps`.execute(trx);
  let row = start;
  for (let guard = 0; guard < LOCAL_STATES.size && LOCAL_STATES.has(row.state as MessageState); guard++) {
    const step = STEP_FOR_STATE[row.state as MessageState]!;
    try {
      const next = await step.run(local, row.id, row);
      if (!next) return null;
      row = next;
    } catch (err) {
      await sql`rollback to savepoint local_steps`.execute(trx);
      deps.log.warn({ messageId: row.id, step: step.name, err: errorMessage(err) }, 'local step failed; it will run again on its own');
      return start;
    }
  }
  return row;
}
