// The control for the loop guard: genuine customer mail that must never be ignored (or held as a
// suspected robot) by it. The project's own corpora (fixtures/holdout*, fixtures/inbox,
// fixtures/eval), the human mail of loop-real, and ../shared/corpus/requests-external (customer
// requests written by others) wrapped as plain emails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedEmail } from '../../src/domain/email.ts';
import { type LoopGuardContext, type LoopGuardVerdict, loopGuard } from '../../src/domain/loopGuard.ts';
import { parseEmail } from '../../src/mail/parse.ts';
import { LOOP_REAL_DIR, loopRealAvailable, loopRealLabels } from './loopRealCorpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const REQUESTS_EXTERNAL = join(ROOT, '..', 'shared', 'corpus', 'requests-external', 'requests.jsonl');
const GUARD_CTX: LoopGuardContext = { ownAddresses: ['support@demo-store.example'], recentRepliesToSender: 0, replyCap: 3 };

export interface ControlCase {
  corpus: string;
  name: string;
  load: () => Promise<ParsedEmail>;
}

/** Every labelled message of a fixtures folder whose label says a person must get an answer or a person must read it. */
function fixtureCases(folder: string, labelsFile: string): ControlCase[] {
  const dir = join(ROOT, 'fixtures', folder);
  const labels = JSON.parse(readFileSync(join(dir, labelsFile), 'utf8')) as Record<string, { action: string }>;
  return Object.entries(labels)
    .filter(([, l]) => l.action !== 'ignore')
    .map(([file]) => ({ corpus: folder, name: file, load: () => parseEmail(readFileSync(join(dir, file))) }));
}

/** One request as a customer would send it: a plain-text email, the first words as the subject. */
export function wrapRequest(text: string, i: number): Buffer {
  const subject = text.replace(/\s+/g, ' ').slice(0, 60);
  return Buffer.from(
    [
      `From: Customer ${i} <customer${i}@mail.example>`,
      'To: support@demo-store.example',
      `Subject: ${subject}`,
      `Message-ID: <request-${i}@mail.example>`,
      'Date: Mon, 13 Jan 2025 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      text,
      '',
    ].join('\r\n'),
    'utf8',
  );
}

export function controlCases(): ControlCase[] {
  const cases = [
    ...['holdout', 'holdout2', 'holdout3', 'holdout4', 'eval'].flatMap((f) => fixtureCases(f, 'labels.json')),
    ...fixtureCases('inbox', 'expected.json'),
  ];
  if (loopRealAvailable()) {
    for (const [file, l] of Object.entries(loopRealLabels())) {
      if (l.label === 'may_answer') cases.push({ corpus: 'loop-real may_answer', name: file, load: () => parseEmail(readFileSync(join(LOOP_REAL_DIR, file))) });
    }
  }
  if (existsSync(REQUESTS_EXTERNAL)) {
    const lines = readFileSync(REQUESTS_EXTERNAL, 'utf8').split('\n').filter((l) => l.trim() !== '');
    lines.forEach((line, i) => {
      const { text } = JSON.parse(line) as { text: string };
      cases.push({ corpus: 'requests-external', name: `line ${i + 1}`, load: () => parseEmail(wrapRequest(text, i + 1)) });
    });
  }
  return cases;
}

export interface ControlHit {
  corpus: string;
  name: string;
  verdict: LoopGuardVerdict;
}

/** The control messages the loop guard stops (ignores or holds as a suspected robot). */
export async function controlHits(cases: ControlCase[]): Promise<ControlHit[]> {
  const hits: ControlHit[] = [];
  for (const c of cases) {
    const verdict = loopGuard(await c.load(), GUARD_CTX);
    if (verdict.ignore || verdict.escalate) hits.push({ corpus: c.corpus, name: c.name, verdict });
  }
  return hits;
}
