import { REAL } from '/tmp/realistic.ts';
import { extractOrderNumbers } from './src/domain/orderNumbers.ts';
let ok = 0;
for (const [t, exp] of REAL) {
  const r = extractOrderNumbers({ subject: '', newText: t, quotedText: '' });
  const good = JSON.stringify(r.orderNumbers) === JSON.stringify(exp);
  if (good) ok++; else console.log('FAIL', JSON.stringify(t), 'got', r.orderNumbers, 'exp', exp, JSON.stringify(r.rejected));
}
console.log(ok, '/', REAL.length);
