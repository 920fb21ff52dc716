import type { Config } from '../config.ts';
import { runChecks } from '../doctor/checks.ts';

const MARK = { ok: '✓', problem: '✗', skipped: '–' } as const;

/** Prints one line per service; exit code 1 when a configured service has a problem. */
export async function doctorCommand(config: Config): Promise<number> {
  const results = await runChecks(config);
  for (const r of results) process.stdout.write(`${MARK[r.status]} ${r.service.padEnd(9)} ${r.detail}\n`);
  const problems = results.filter((r) => r.status === 'problem').length;
  process.stdout.write(problems ? `\n${problems} problem${problems > 1 ? 's' : ''} found.\n` : '\nAll configured services work.\n');
  return problems ? 1 : 0;
}
