// The third held-out corpus (fixtures/holdout3, scripts/gen-holdout3.ts): 120 full realistic emails,
// 20 per language with regional variants, written without reading the classifier or other corpora.
import { heldOutCorpusSuite } from './corpusSuite.ts';

heldOutCorpusSuite({ name: 'holdout3', minEmails: 110, minPerIntent: 5, minPerLanguage: 18 });
