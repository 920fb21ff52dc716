import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: createLogger('info', stream) };
}

describe('log redaction', () => {
  it('never writes stored-secret material: keys, client secrets, access and refresh tokens', () => {
    const { lines, log } = capture();
    const secrets = {
      DESKHAND_SECRET_KEY: 'c2VjcmV0LWtleS0zMi1ieXRlcy1sb25nLi4uLi4uLi4=',
      DESKHAND_OLD_SECRET_KEY: 'b2xkLWtleS0zMi1ieXRlcy1sb25nLi4uLi4uLi4uLi4=',
      client_secret: 'shpss_client_secret_value',
      refresh_token: '1//refresh-token-value',
      access_token: 'shpat_access_token_value',
      sealed: 'v1.aXY.dGFn.Y2lwaGVy',
    };
    log.info({ config: secrets, body: secrets }, 'connecting');
    const out = lines.join('');
    for (const value of Object.values(secrets)) expect(out).not.toContain(value);
    expect(out).toContain('[redacted]');
  });
});
