import type { PipelineDeps } from './deps.ts';
import { errorMessage, isTransient } from './errors.ts';
import { STEP_FOR_STATE } from './steps.ts';
import { appendEvent } from '../store/events.ts';
import type { MessageState } from '../store/schema.ts';

/** Delay before retry n (1-based): 5 s, 20 s, 80 s … capped at 15 minutes. */
export function retryDelayMs(attempt: number, baseMs = 5_000): number {
  return Math.min(baseMs * 4 ** (attempt - 1), 15 * 60_000);
}

export type AdvanceResult = { state: MessageState; step: string | null; error: string | null };

/**
 * Runs the one step the message's current state calls for. A failing step leaves the message in
 * its state with the reason and a retry time; a permanent error, or the last allowed attempt,
 * moves it to `failed`. Both runners call this.
 */
export async function advance(deps: PipelineDeps, id: string): Promise<AdvanceResult> {
  const row = await deps.db.selectFrom('messages').select(['state', 'attempts']).where('id', '=', id).executeTakeFirst();
  if (!row) return { state: 'failed', step: null, error: 'no such message' };
  const from = row.state as MessageState;
  const step = STEP_FOR_STATE[from];
  if (!step) return { state: from, step: null, error: null };

  try {
    await step.run(deps, id);
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
    return { state: giveUp ? 'failed' : from, step: step.name, error: msg };
  }
  const after = await deps.db.selectFrom('messages').select('state').where('id', '=', id).executeTakeFirstOrThrow();
  return { state: after.state as MessageState, step: step.name, error: null };
}
