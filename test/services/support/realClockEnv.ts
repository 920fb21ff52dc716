/**
 * The environment for starting or stopping a server that keeps its own clock (Redis, Dovecot): the machine's
 * real time, even when this test process runs with a shifted clock (CI's later-date pass preloads
 * libfaketime, under which jemalloc-linked programs such as redis-cli and redis-server hang at start).
 * A real deployment's servers never share the application's clock either.
 */
export function realClockEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  if (env['LD_PRELOAD']?.includes('faketime')) delete env['LD_PRELOAD'];
  for (const k of Object.keys(env)) if (k.startsWith('FAKETIME')) delete env[k];
  return env;
}
