import type { Intent } from '../../domain/intents.ts';

/**
 * Intents the keyword tables can score. `other` is also what is left when nothing scores; its cues
 * only mark topics outside customer service (jobs, press) so they do not pass for a product question.
 */
export type ScoredIntent = Intent;

/**
 * One cue: a phrase (folded and compiled by compilePhrase: word start, stems allowed) or a
 * RegExp written against folded text (lower case, no accents), with its weight:
 * 3 = decisive on its own, 2 = strong, 1 = supporting.
 */
export type Cue = readonly [pattern: string | RegExp, weight: number];

/** One language's keyword table. */
export type IntentCues = Readonly<Partial<Record<ScoredIntent, readonly Cue[]>>>;
