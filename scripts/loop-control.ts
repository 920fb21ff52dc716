// The loop guard's control: genuine customer mail it stops (must be none).  npx tsx scripts/loop-control.ts
import { controlCases, controlHits } from '../test/corpus/controlCorpora.ts';

const cases = controlCases();
const hits = await controlHits(cases);
const byCorpus = new Map<string, number>();
for (const c of cases) byCorpus.set(c.corpus, (byCorpus.get(c.corpus) ?? 0) + 1);
for (const [corpus, n] of byCorpus) {
  const stopped = hits.filter((h) => h.corpus === corpus);
  console.log(`${corpus.padEnd(22)} ${String(n).padStart(5)} messages: ignored ${stopped.filter((h) => h.verdict.ignore).length}, held for a person ${stopped.filter((h) => !h.verdict.ignore).length}`);
}
for (const h of hits) console.log(`${h.corpus} ${h.name}: ${JSON.stringify(h.verdict)}`);
