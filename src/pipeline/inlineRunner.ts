import type { PipelineDeps } from './deps.ts';
import { advance } from './advance.ts';
import { STEP_FOR_STATE, WORKING_STATES } from './steps.ts';
import type { StoredMessage } from '../store/messages.ts';

export interface RunProgress {
  done: number;
  total: number;
}

/**
 * The embedded runner: drives every due message through its steps in this process until none is
 * left to do now (messages waiting for a retry time stay for the next call). The database row is
 * the only state, so stopping at any point and running again picks up exactly where it stopped.
 */
export async function runInline(deps: PipelineDeps, onProgress?: (p: RunProgress) => void): Promise<RunProgress> {
  const dueQuery = () =>
    deps.db
      .selectFrom('messages')
      .select('id')
      .where('state', 'in', WORKING_STATES)
      .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', deps.now().toISOString())]));

  const total = (await dueQuery().execute()).length;
  const progress: RunProgress = { done: 0, total };
  onProgress?.(progress);
  const tried = new Set<string>();

  for (;;) {
    const batch = (await dueQuery().orderBy('received_at').orderBy('id').limit(200).execute()).filter((r) => !tried.has(r.id));
    if (batch.length === 0) break;
    for (const { id } of batch) {
      tried.add(id);
      // Take each message as far as it goes now, step after step.
      let row: StoredMessage | undefined;
      for (let guard = 0; guard < 10; guard++) {
        const r = await advance(deps, id, row ? { row } : {});
        if (r.error || !r.step || !STEP_FOR_STATE[r.state]) break;
        row = r.row;
      }
      progress.done++;
      onProgress?.(progress);
    }
  }
  return progress;
}
