import { SAMPLES } from '/tmp/lang/samples.ts';
import { eld as L } from 'eld/large';
import { eld as M } from 'eld/medium';
for (const [name, e] of [['large', L], ['medium', M]] as const) {
  let ok = 0; const bad: string[] = [];
  for (const [k, s] of SAMPLES) { const r = e.detect(s); if (r.language === k) ok++; else bad.push(`${k}->${r.language}${r.isReliable()?'':'?'} ${s}`); }
  console.log(name, ok, '/', SAMPLES.length); console.log(bad.join('\n'));
}
