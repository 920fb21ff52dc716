import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalLabels } from '../../src/eval/labels.ts';
import { formatReport, runEval } from '../../src/eval/runEval.ts';

const DIR = join(import.meta.dirname, '../../fixtures/eval');

describe('the eval corpus and runner', () => {
  it('labels every .eml in fixtures/eval, covering every intent and language', async () => {
    const labels = EvalLabels.parse(JSON.parse(await readFile(join(DIR, 'labels.json'), 'utf8')));
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.eml')).sort();
    expect(Object.keys(labels).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(60);
    const intents = new Set(Object.values(labels).map((l) => l.intent));
    for (const i of ['order_status', 'return_or_exchange', 'cancel_order', 'change_address', 'refund_status', 'damaged_or_wrong_item', 'product_question', 'discount_code', 'billing_payment', 'other', 'no_action', 'spam_or_marketing', 'auto_reply', 'bounce']) {
      expect(intents, i).toContain(i);
    }
    expect(new Set(Object.values(labels).map((l) => l.language))).toEqual(new Set(['en', 'es', 'fr', 'de', 'fa', 'ar']));
  });

  it('runs the corpus through parseEmail → triageEmail and meets the thresholds', async () => {
    const { report } = await runEval(DIR);
    expect(report.items).toBeGreaterThanOrEqual(60);
    expect(report.failures, formatReport(report)).toEqual([]);
  });
});
