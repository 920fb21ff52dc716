import { describe, expect, it } from 'vitest';
import { jobFor } from '../../src/queue/enqueue.ts';
import { jobIdFor, STEP_NAMES } from '../../src/queue/queues.ts';
import { STEP_FOR_STATE, WORKING_STATES } from '../../src/pipeline/steps.ts';

const now = new Date('2026-07-01T10:00:00Z');
const id = '0b7f3c1e-3f0e-4c55-9d8e-2f0a7e1c9b11';

describe('jobFor', () => {
  it('maps every working state to its step queue, and each queue is a step the pipeline has', () => {
    for (const state of WORKING_STATES) {
      const job = jobFor({ id, state, attempts: 0, next_attempt_at: null }, now);
      expect(job?.step).toBe(STEP_FOR_STATE[state]!.name);
      expect(STEP_NAMES).toContain(job!.step);
    }
  });

  it('queues nothing for final states', () => {
    for (const state of ['logged', 'ignored', 'escalated', 'failed', 'needs_attention', 'awaiting_review']) {
      expect(jobFor({ id, state, attempts: 3, next_attempt_at: null }, now)).toBeNull();
    }
  });

  it('delays a message until its retry time, and not at all when that time has passed', () => {
    expect(jobFor({ id, state: 'triaged', attempts: 2, next_attempt_at: '2026-07-01T10:00:20.000Z' }, now)).toEqual({ step: 'resolve', jobId: `${id}-a2`, delay: 20_000 });
    expect(jobFor({ id, state: 'triaged', attempts: 2, next_attempt_at: '2026-07-01T09:59:00.000Z' }, now)?.delay).toBe(0);
  });
});

describe('jobIdFor', () => {
  it('gives each attempt its own id, never an integer and never with a colon (BullMQ rejects both)', () => {
    expect(jobIdFor(id, 0)).not.toBe(jobIdFor(id, 1));
    expect(jobIdFor('12345', 0)).not.toMatch(/^\d+$/);
    expect(jobIdFor('a:b:c', 4)).not.toContain(':');
  });
});
