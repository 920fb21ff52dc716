// The control for the loop guard: genuine customer mail is never ignored, nor held as a suspected
// robot, by it. The project's corpora (fixtures/holdout*, eval, inbox) always; loop-real's human mail
// and ../shared/corpus/requests-external (wrapped as plain emails) where ../shared is present.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { controlCases, controlHits, REQUESTS_EXTERNAL } from './controlCorpora.ts';

if (!existsSync(REQUESTS_EXTERNAL)) console.log(`requests-external corpus not found at ${REQUESTS_EXTERNAL}: the control runs on the project's own corpora only`);

describe('loop guard control: customer mail is never stopped', () => {
  it('stops none of the genuine customer mail', async () => {
    const cases = controlCases();
    expect(cases.length).toBeGreaterThan(450);
    const hits = await controlHits(cases);
    expect(hits.map((h) => `${h.corpus} ${h.name}: ${JSON.stringify(h.verdict)}`)).toEqual([]);
  }, 120_000);
});
