// The fourth held-out corpus (fixtures/holdout4, scripts/gen-holdout4.ts): mid-length mail in six
// languages in equal parts (indirect asks, angry escalations, instruction attempts as P.S. lines),
// written without reading the classifier or the other corpora.
import { heldOutCorpusSuite } from './corpusSuite.ts';

heldOutCorpusSuite({ name: 'holdout4', minEmails: 80, minPerIntent: 4, minPerLanguage: 15 });
