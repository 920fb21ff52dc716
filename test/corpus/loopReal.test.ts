// The loop guard on real-world robots: ../shared/corpus/loop-real (sisimai's set-of-emails, 837
// bounces, complaint reports and auto-replies from about 80 mail servers, BSD-2-Clause), read in
// place. The rules were tuned on about 70 % of it; the rest (isHeldOut) was kept out of the tuning
// and is reported on its own.
import { beforeAll, describe, expect, it } from 'vitest';
import { LOOP_REAL_DIR, type LoopResult, loopRealAvailable, triageLoopReal } from './loopRealCorpus.ts';

const available = loopRealAvailable();
if (!available) console.log(`loop-real corpus not found at ${LOOP_REAL_DIR}: the real-world loop-guard corpus test is skipped`);

describe.skipIf(!available)('loop guard on real-world robots (../shared/corpus/loop-real)', () => {
  let results: LoopResult[] = [];
  beforeAll(async () => {
    results = await triageLoopReal();
    for (const [name, part] of [['tuning', results.filter((r) => !r.heldOut)], ['held-out', results.filter((r) => r.heldOut)]] as const) {
      const robots = part.filter((r) => r.label.label === 'must_not_answer');
      const n = (o: string) => robots.filter((r) => r.outcome === o).length;
      console.log(`loop-real ${name}: ${robots.length} robots: answered ${n('answered')}, escalated ${n('escalated')}, ignored ${n('ignored')}, failed ${n('failed')}, crashed ${n('crashed')}`);
    }
  }, 120_000);

  it('has the corpus its README describes', () => {
    expect(results).toHaveLength(837);
    expect(results.filter((r) => r.heldOut).length).toBeGreaterThan(200);
  });

  it('answers none of the must_not_answer messages (neither in the tuned part nor in the held-out part)', () => {
    const answered = results.filter((r) => r.label.label === 'must_not_answer' && r.outcome === 'answered');
    expect(answered.map((r) => `${r.file}: ${r.from} "${r.subject}" (${r.why})`)).toEqual([]);
  });

  it('crashes on none of them', () => {
    expect(results.filter((r) => r.outcome === 'crashed').map((r) => `${r.file}: ${r.why}`)).toEqual([]);
  });

  it('reads every one as an email (bare-CR files included) rather than refusing it', () => {
    expect(results.filter((r) => r.outcome === 'failed').map((r) => `${r.file}: ${r.why}`)).toEqual([]);
  });

  it('ignores none of its human mail', () => {
    expect(results.filter((r) => r.label.label === 'may_answer' && r.outcome === 'ignored').map((r) => r.file)).toEqual([]);
  });
});
