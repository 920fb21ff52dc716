import { describe, expect, it } from 'vitest';
import { EvalLabel } from '../../src/eval/labels.ts';
import { type EvalItem, scoreEval, trapDigitForms } from '../../src/eval/scoreEval.ts';

const label = (l: Partial<EvalLabel> & Pick<EvalLabel, 'intent' | 'action'>): EvalLabel => EvalLabel.parse(l);

describe('scoreEval', () => {
  it('passes when intents, orders and actions match and no trap leaks', () => {
    const items: EvalItem[] = [
      { file: 'a.eml', expected: label({ intent: 'order_status', action: 'reply', orders: ['#1001'], traps: { phone: ['+1 415 555 0132'] }, language: 'en' }), got: { intent: 'order_status', action: 'reply', orders: ['#1001'], language: 'en' } },
      { file: 'b.eml', expected: label({ intent: 'auto_reply', action: 'ignore' }), got: { intent: 'auto_reply', action: 'ignore', orders: [], language: null } },
    ];
    const r = scoreEval(items);
    expect(r.intent).toEqual({ correct: 2, total: 2, rate: 1 });
    expect(r.orders).toEqual({ correct: 1, total: 1, rate: 1 });
    expect(r.failures).toEqual([]);
    expect(r.trapsChecked).toBe(1);
  });

  it('counts a wrong intent, a leaked trap and a missed escalation, and fails the thresholds', () => {
    const items: EvalItem[] = [
      { file: 'price.eml', expected: label({ intent: 'refund_status', action: 'reply', orders: ['#1027'], traps: { price: ['£120.00'], date: ['2024-05-14'] }, language: 'en' }), got: { intent: 'refund_status', action: 'reply', orders: ['#1027', '#2024'], language: 'en' } },
      { file: 'threat.eml', expected: label({ intent: 'order_status', action: 'escalate', orders: ['#1066'], language: 'ar' }), got: { intent: 'order_status', action: 'reply', orders: ['#1066'], language: 'ar' } },
      { file: 'wrong.eml', expected: label({ intent: 'cancel_order', action: 'reply', orders: ['#1049'], language: 'de' }), got: { intent: 'order_status', action: 'reply', orders: ['#1049'], language: 'de' } },
    ];
    const r = scoreEval(items);
    expect(r.intent.correct).toBe(2);
    expect(r.intentByLanguage).toEqual({ ar: { correct: 1, total: 1, rate: 1 }, de: { correct: 0, total: 1, rate: 0 }, en: { correct: 1, total: 1, rate: 1 } });
    expect(r.orders).toMatchObject({ correct: 2, total: 3 });
    expect(r.trapFalsePositives.date).toEqual([{ file: 'price.eml', trap: '2024-05-14', order: '#2024' }]);
    expect(r.trapFalsePositives.price).toEqual([]);
    expect(r.actionByExpected.escalate).toEqual({ correct: 0, total: 1, rate: 0 });
    expect(r.misses.map((m) => `${m.what}:${m.file}`)).toEqual(['orders:price.eml', 'trap:price.eml', 'action:threat.eml', 'intent:wrong.eml']);
    expect(r.failures).toHaveLength(4);
  });

  it('treats order sets as unordered and Persian digits as digits, and skips orders of ignored mail', () => {
    const r = scoreEval([
      { file: 'fa.eml', expected: label({ intent: 'order_status', action: 'reply', orders: ['#1051', '#1052'] }), got: { intent: 'order_status', action: 'reply', orders: ['#1052', '#۱۰۵۱'], language: 'fa' } },
      { file: 'ooo.eml', expected: label({ intent: 'auto_reply', action: 'ignore', orders: [] }), got: { intent: 'auto_reply', action: 'ignore', orders: ['#1005'], language: null } },
    ]);
    expect(r.orders).toEqual({ correct: 1, total: 1, rate: 1 });
    expect(r.ordersAll).toMatchObject({ correct: 1, total: 2 });
  });

  it('derives the digit forms a trap can leak as', () => {
    const forms = trapDigitForms('+1 (415) 555-0132');
    expect(forms.has('14155550132')).toBe(true);
    expect(forms.has('5550132')).toBe(true);
    expect(forms.has('0132')).toBe(true);
    expect(forms.has('1555')).toBe(false);
  });
});
