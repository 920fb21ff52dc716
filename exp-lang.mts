import { SAMPLES } from '/tmp/lang/samples.ts';
import { HARD } from '/tmp/lang/hard.ts';
import { detectLanguage } from './src/domain/language.ts';
for (const [name, set] of [['basic', SAMPLES], ['hard', HARD]] as const) {
  let ok = 0; const bad: string[] = [];
  for (const [k, s] of set) { const r = detectLanguage(s); if (r === k) ok++; else bad.push(`${k}->${r} ${s}`); }
  console.log(name, ok, '/', set.length); console.log(bad.join('\n'));
}
