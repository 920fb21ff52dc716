// The real-world robot corpus (../shared/corpus/loop-real from the repository root: sisimai's
// set-of-emails, BSD-2-Clause) read in place, split deterministically into a tuning part and a
// held-out part, and run through parseEmail → triageEmail(offline) as the pipeline would.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoopGuardContext } from '../../src/domain/loopGuard.ts';
import { OfflineClassifier } from '../../src/llm/offlineClassifier.ts';
import type { ClassifyContext } from '../../src/llm/port.ts';
import { MalformedEmailError, parseEmail } from '../../src/mail/parse.ts';
import { triageEmail } from '../../src/pipeline/triageEmail.ts';

export const LOOP_REAL_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'loop-real');

export interface LoopRealLabel {
  label: 'must_not_answer' | 'may_answer';
  category: string;
}

/**
 * About 30 % of the corpus, chosen by a hash of the file's path before anyone looked at the files:
 * the rules were tuned on the rest only, so this part measures how well they generalise.
 */
export function isHeldOut(file: string): boolean {
  return createHash('sha256').update(file).digest().readUInt32BE(0) % 100 < 30;
}

export function loopRealAvailable(): boolean {
  return existsSync(join(LOOP_REAL_DIR, 'labels.json'));
}

export function loopRealLabels(): Record<string, LoopRealLabel> {
  return JSON.parse(readFileSync(join(LOOP_REAL_DIR, 'labels.json'), 'utf8')) as Record<string, LoopRealLabel>;
}

/**
 * What triage does with one message. `answered` is the outcome that leads to a reply draft
 * (triaged); `failed` is a message parseEmail refused (stored as failed with its reason, never
 * answered); `crashed` is anything else thrown.
 */
export type LoopOutcome = 'answered' | 'escalated' | 'ignored' | 'failed' | 'crashed';

export interface LoopResult {
  file: string;
  label: LoopRealLabel;
  heldOut: boolean;
  outcome: LoopOutcome;
  why: string;
  from: string;
  subject: string;
}

const CLASSIFY_CTX: ClassifyContext = { orderPrefix: '#', orderSuffix: '' };
const GUARD_CTX: LoopGuardContext = { ownAddresses: ['support@demo-store.example'], recentRepliesToSender: 0, replyCap: 3 };

export async function triageLoopReal(): Promise<LoopResult[]> {
  const classifier = new OfflineClassifier();
  const results: LoopResult[] = [];
  for (const [file, label] of Object.entries(loopRealLabels())) {
    const base = { file, label, heldOut: isHeldOut(file) };
    try {
      const email = await parseEmail(readFileSync(join(LOOP_REAL_DIR, file)));
      const d = await triageEmail(email, classifier, CLASSIFY_CTX, GUARD_CTX);
      const outcome = d.next === 'triaged' ? 'answered' : d.next;
      results.push({ ...base, outcome, why: d.reason ?? `${d.intent}`, from: email.from.address, subject: email.subject });
    } catch (err) {
      const failed = err instanceof MalformedEmailError;
      results.push({ ...base, outcome: failed ? 'failed' : 'crashed', why: String(err), from: '', subject: '' });
    }
  }
  return results;
}
