import { readFileSync } from 'node:fs';
process.on('exit', () => {
  (globalThis as any).gc?.();
  const lines = readFileSync('/proc/self/smaps', 'utf8').split('\n');
  const by = new Map<string, number>();
  let name = '';
  for (const l of lines) {
    const m = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(l);
    if (m) { name = m[1] || '[anon]'; continue; }
    const r = /^Rss:\s+(\d+) kB/.exec(l);
    if (r) by.set(name, (by.get(name) ?? 0) + Number(r[1]));
  }
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 12);
  for (const [k, v] of top) console.error(Math.round(v / 1024), 'MB', k);
});
