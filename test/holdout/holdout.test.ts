// The first held-out corpus (fixtures/holdout, scripts/gen-holdout.ts): 119 emails written without
// reading the offline classifier.
import { heldOutCorpusSuite } from './corpusSuite.ts';

heldOutCorpusSuite({ name: 'holdout', minEmails: 90 });
