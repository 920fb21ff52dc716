import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedEmail } from '../../src/domain/email.ts';
import { loopGuard } from '../../src/domain/loopGuard.ts';
import { DEFAULT_PARSE_LIMITS, MalformedEmailError, parseEmail } from '../../src/mail/parse.ts';

// Hard MIME messages from mailparser's own test fixtures, kept outside the repo (see its README).
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/mime-robustness');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.eml')).sort() : [];

describe.skipIf(files.length === 0)('MIME robustness corpus', () => {
  it.each(files)(
    '%s parses or fails with MalformedEmailError, within bounds',
    async (file) => {
      const raw = readFileSync(join(CORPUS, file));
      globalThis.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      let outcome: ParsedEmail | MalformedEmailError;
      try {
        outcome = await parseEmail(raw);
      } catch (err) {
        expect(err).toBeInstanceOf(MalformedEmailError);
        outcome = err as MalformedEmailError;
      }
      const ms = performance.now() - started;
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
      const summary =
        outcome instanceof MalformedEmailError
          ? `MalformedEmailError: ${outcome.reason}`
          : `${outcome.contentType} text=${outcome.text.length} new=${outcome.newText.length} quoted=${outcome.quotedText.length} attachments=${outcome.attachments.length}`;
      console.log(`[mime-corpus] ${file} ${(raw.length / 1024).toFixed(0)} kB: ${ms.toFixed(0)} ms, heap ${heapMb >= 0 ? '+' : ''}${heapMb.toFixed(1)} MB, ${summary}`);

      if (!(outcome instanceof MalformedEmailError)) {
        expect(outcome.text.length).toBeLessThanOrEqual(DEFAULT_PARSE_LIMITS.maxTextChars);
        expect(outcome.messageId).toMatch(/^<.+>$/);
      }
    },
    20_000,
  );

  it.skipIf(!files.includes('delivery-status.eml'))('delivery-status.eml is ignored by the loop guard as a bounce', async () => {
    const email = await parseEmail(readFileSync(join(CORPUS, 'delivery-status.eml')));
    const verdict = loopGuard(email, { ownAddresses: ['support@shop.example'], recentRepliesToSender: 0, replyCap: 5 });
    expect(verdict).toMatchObject({ ignore: true, intent: 'bounce' });
  });

  it.skipIf(!files.includes('outofmemory.eml'))('outofmemory.eml ends as bounded, truncated text', async () => {
    const email = await parseEmail(readFileSync(join(CORPUS, 'outofmemory.eml')));
    expect(email.htmlOnly).toBe(true);
    expect(email.text.length).toBe(DEFAULT_PARSE_LIMITS.maxTextChars);
    expect(email.text).toContain('LIFE INSURANCE');
  });
});
