// Figures for the loop guard on ../shared/corpus/loop-real: answered / crashed per part. Details
// (file names) are printed for the tuning part only, so the held-out part stays unseen.
//   npx tsx scripts/loop-corpus.ts [--details]
import { type LoopResult, loopRealAvailable, triageLoopReal } from '../test/corpus/loopRealCorpus.ts';

if (!loopRealAvailable()) {
  console.log('../shared/corpus/loop-real not found');
  process.exit(0);
}
const results = await triageLoopReal();
const count = (list: LoopResult[], outcome: string) => list.filter((r) => r.outcome === outcome).length;
for (const [name, part] of [['tuning', results.filter((r) => !r.heldOut)], ['held-out', results.filter((r) => r.heldOut)]] as const) {
  const robots = part.filter((r) => r.label.label === 'must_not_answer');
  const humans = part.filter((r) => r.label.label === 'may_answer');
  console.log(
    `${name.padEnd(9)} must_not_answer ${robots.length}: answered ${count(robots, 'answered')}, escalated ${count(robots, 'escalated')}, ignored ${count(robots, 'ignored')}, failed ${count(robots, 'failed')}, crashed ${count(robots, 'crashed')} | may_answer ${humans.length}: ignored ${count(humans, 'ignored')}, crashed ${count(humans, 'crashed')}`,
  );
}
if (process.argv.includes('--details')) {
  for (const r of results.filter((r) => !r.heldOut && (r.outcome !== 'ignored' || r.label.label === 'may_answer'))) {
    console.log(`${r.file} | ${r.label.label}/${r.label.category} | ${r.outcome} | from=${r.from} | subj=${r.subject.slice(0, 70)} | ${r.why.slice(0, 100)}`);
  }
}
