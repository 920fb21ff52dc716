import type { Transaction } from 'kysely';
import type { PipelineDeps } from './deps.ts';
import { LOCAL_STATES } from './localSteps.ts';
import { afterTransition, type StoredMessage, transition, transitionAlone } from '../store/messages.ts';
import type { Database, MessageState, MessageUpdate } from '../store/schema.ts';

export interface CommitOptions {
  actor?: string;
  /** The step's other writes (a draft row, an event …), in the same transaction, only when the message moved. */
  alsoWrite?: (trx: Transaction<Database>) => Promise<void>;
}

/**
 * A step's last act: moves the message on from the state it was read in (guarded on that state,
 * see `transition`) with the step's other writes, and, when the runner asks for it, runs the local
 * steps now due in the same transaction. Inside a transaction already (a local step run by the one
 * before it) it only writes: the outer step commits. Returns the row as it now stands, or null
 * when it did not move (another run moved it first) or where it ended up is not known.
 */
export async function commitTransition(
  deps: PipelineDeps,
  row: StoredMessage,
  to: MessageState,
  patch: MessageUpdate,
  at: Date,
  opts: CommitOptions = {},
): Promise<StoredMessage | null> {
  const { actor = 'system', alsoWrite } = opts;
  const from = row.state as MessageState;
  const write = async (trx: Transaction<Database>) => {
    if (!(await transition(trx, row.id, from, to, patch, at, actor))) return null;
    await alsoWrite?.(trx);
    return afterTransition(row, to, patch, at);
  };
  if (deps.db.isTransaction) return write(deps.db as Transaction<Database>);
  const chain = deps.continueLocally && LOCAL_STATES.has(to) ? deps.continueLocally : undefined;
  // Nothing else to write: transitionAlone is one statement on PostgreSQL.
  if (!alsoWrite && !chain) return (await transitionAlone(deps.db, row.id, from, to, patch, at, actor)) ? afterTransition(row, to, patch, at) : null;
  return deps.db.transaction().execute(async (trx) => {
    const moved = await write(trx);
    return moved && chain ? chain(trx, moved) : moved;
  });
}
