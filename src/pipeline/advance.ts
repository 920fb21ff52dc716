import type { PipelineDeps } from './deps.ts';
import { errorMessage, isTransient } from './errors.ts';
import { STEP_FOR_STATE } from './steps.ts';
import { compiledOnce } from '../store/compiledQuery.ts';
import { appendEvent } from '../store/events.ts';
import { getMessage } from '../store/messages.ts';
import type { MessageState } from '../store/schema.ts';

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
};

const readPosition = compiledOnce(1, (db, id: string) => db.selectFrom('messages').select(['id', 'state', 'attempts', 'next_attempt_at']).where('id', '=', id));

/**
 * Runs the one step the message's current state calls for. A failing step leaves the message in
 * its state with the reason and a retry time; a permanent error, or the last allowed attempt,
 * moves it to `failed`. Both runners call this; `onlyStep` makes it a no-op (step null) unless the
 * message is due for that step.
 */
export async function advance(deps: PipelineDeps, id: string, opts: { onlyStep?: string } = {}): Promise<AdvanceResult> {
  // The step gets the row read here, rather than reading it again itself.
  const row = await getMessage(deps.db, id);
  if (!row) return { state: 'failed', step: null, error: 'no such message' };
  const from = row.state as MessageState;
  const step = STEP_FOR_STATE[from];
  const position = { id, state: row.state, attempts: row.attempts, next_attempt_at: row.next_attempt_at };
  // A queue worker runs only its own step; a message that has moved on is left to the queue it is due on.
  if (!step || (opts.onlyStep !== undefined && step.name !== opts.onlyStep)) return { state: from, step: null, error: null, position };

  try {
    await step.run(deps, id, row);
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
  const after = (await readPosition(deps.db, id)).rows[0] as AdvanceResult['position'];
  if (!after) throw new Error(`message ${id} disappeared during ${step.name}`);
  return { state: after.state as MessageState, step: step.name, error: null, position: after };
}
