import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { findTrapSpans } from '../../src/domain/numberTraps.ts';

const DATED = [
  'Order 1001 was delivered on March 3, 2024 at 10:30, order 1002 on 12/03/2024.',
  'Mi pedido 1003 llegó el 12 de marzo de 2024 a las 9:15.',
  'Ma commande 1004 est partie le 3 mars 2024, livraison prévue dans 5 jours.',
  'Meine Bestellung 1005 kam am 12. März 2024 um 14 Uhr.',
];

const dateSpans = (text: string) =>
  findTrapSpans(text)
    .filter((s) => s.kind === 'date')
    .map((s) => text.slice(s.start, s.end))
    .sort();

describe('date traps (chrono, each parser pattern built once)', () => {
  it.each(DATED)('finds the same dates on every call: %s', (text) => {
    const first = dateSpans(text);
    expect(first.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect(dateSpans(text)).toEqual(first);
  });

  it.each(DATED)("keeps every date chrono's own parsers find: %s", (text) => {
    const spans = dateSpans(text);
    for (const parser of [chrono.en, chrono.es, chrono.fr, chrono.de]) {
      for (const r of parser.parse(text)) if (/\d/.test(r.text) && !/\d{3,}/.test(r.text.replace(/\b20\d\d\b/g, ''))) expect(spans).toContain(r.text);
    }
  });
});

describe('phone traps', () => {
  it('finds phone numbers and leaves the stack trace limit as it was', () => {
    const before = Error.stackTraceLimit;
    const text = 'order 1001, call me on +44 20 7946 0958 or (212) 555-0199';
    const phones = findTrapSpans(text).filter((s) => s.kind === 'phone').map((s) => text.slice(s.start, s.end));
    expect(phones).toEqual(expect.arrayContaining(['+44 20 7946 0958', '(212) 555-0199']));
    expect(Error.stackTraceLimit).toBe(before);
  });
});
