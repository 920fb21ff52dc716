// CPU time used by the local Redis and PostgreSQL servers (all their processes), from /proc, so the
// BullMQ rows can say where a message's CPU goes: our workers, Redis, or PostgreSQL.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function serverCpuMs(): { redis: number; postgres: number } {
  const out = { redis: 0, postgres: 0 };
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const key = name.startsWith('redis-server') ? 'redis' : name.startsWith('postgres') ? 'postgres' : null;
      if (!key) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of the stat line (1-based), i.e. 11 and 12 after the name.
      out[key] += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}
