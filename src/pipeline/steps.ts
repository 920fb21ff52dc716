import type { PipelineDeps } from './deps.ts';
import { draftStep } from './draft.ts';
import { recordStep } from './record.ts';
import { resolveStep } from './resolve.ts';
import { reviewStep } from './review.ts';
import { sendStep } from './send.ts';
import { triageStep } from './triage.ts';
import type { StoredMessage } from '../store/messages.ts';
import type { MessageState } from '../store/schema.ts';

/**
 * A step; `row` is the message as the runner just read it (the step reads it itself when not given).
 * Returns the row as the step left it, or null when it did not move it or cannot say (re-read it).
 */
export type StepFn = (deps: PipelineDeps, messageId: string, row?: StoredMessage) => Promise<StoredMessage | null>;

/** The step that moves a message on from each working state; both runners use this table. */
export const STEP_FOR_STATE: Partial<Record<MessageState, { name: string; run: StepFn }>> = {
  received: { name: 'triage', run: triageStep },
  triaged: { name: 'resolve', run: resolveStep },
  resolved: { name: 'draft', run: draftStep },
  drafted: { name: 'review', run: reviewStep },
  approved: { name: 'send', run: sendStep },
  sent: { name: 'record', run: recordStep },
};

export const WORKING_STATES = Object.keys(STEP_FOR_STATE) as MessageState[];
