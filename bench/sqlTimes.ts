// Preload for profiling (not part of `npm run bench`): times every SQLite statement and prints the
// costliest on exit. `node --import tsx --import ./bench/sqlTimes.ts bench/profileInline.ts 2000`
import Database from 'better-sqlite3';
const stats = new Map<string, { n: number; ms: number }>();
const origPrepare = (Database as any).prototype.prepare;
(Database as any).prototype.prepare = function (src: string) {
  const stmt = origPrepare.call(this, src);
  for (const m of ['run', 'all', 'get', 'iterate']) {
    const f = stmt[m];
    if (typeof f !== 'function') continue;
    stmt[m] = function (...args: unknown[]) {
      const t = performance.now();
      try { return f.apply(this, args); } finally {
        const s = stats.get(src) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(src, s);
      }
    };
  }
  return stmt;
};
process.on('exit', () => {
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30);
  let tot = 0; for (const [, s] of stats) tot += s.ms;
  console.error('total sql ms', Math.round(tot));
  for (const [src, s] of rows) console.error(Math.round(s.ms).toString().padStart(6), s.n.toString().padStart(6), (s.ms / s.n * 1000).toFixed(0).padStart(5) + 'us', src.slice(0, 150));
});
