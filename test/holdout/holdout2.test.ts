// The second held-out corpus (fixtures/holdout2, scripts/gen-holdout2.ts): 128 emails in another
// writer's style (SMS-style, HTML from mail clients, mobile footers), written without reading the classifier.
import { heldOutCorpusSuite } from './corpusSuite.ts';

heldOutCorpusSuite({ name: 'holdout2', minEmails: 100 });
