import { describe, expect, it } from 'vitest';
import { parseAuthResults } from '../../src/domain/authResults.ts';

describe('parseAuthResults (RFC 8601)', () => {
  it("reads Gmail's header: comments dropped, properties by ptype.property", () => {
    const h = parseAuthResults(
      'mx.google.com; dkim=pass header.i=@example.com header.s=20230601 header.b=Ab3dE; ' +
        'spf=pass (google.com: domain of emma@example.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=emma@example.com; ' +
        'dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.com',
    );
    expect(h).toEqual({
      authservId: 'mx.google.com',
      error: null,
      results: [
        { method: 'dkim', result: 'pass', props: { 'header.i': '@example.com', 'header.s': '20230601', 'header.b': 'Ab3dE' } },
        { method: 'spf', result: 'pass', props: { 'smtp.mailfrom': 'emma@example.com' } },
        { method: 'dmarc', result: 'pass', props: { 'header.from': 'example.com' } },
      ],
    });
  });

  it('a ";" or "=" inside a comment or a quoted string does not start a new result', () => {
    const h = parseAuthResults('mx.example.org (a; b=c (nested; dmarc=pass)); dmarc=fail reason="x; dmarc=pass" header.from=example.com');
    expect(h?.results).toEqual([{ method: 'dmarc', result: 'fail', props: { reason: 'x; dmarc=pass', 'header.from': 'example.com' } }]);
  });

  it('takes the version, spaces around "=", a method version, upper case, and a trailing ";"', () => {
    const h = parseAuthResults('MX.Example.ORG 1 ; DKIM/1 = Pass header.d = example.com ;');
    expect(h).toEqual({ authservId: 'mx.example.org', error: null, results: [{ method: 'dkim', result: 'pass', props: { 'header.d': 'example.com' } }] });
  });

  it('"none": the server checked nothing', () => {
    expect(parseAuthResults('mx.example.org; none')).toEqual({ authservId: 'mx.example.org', results: [], error: null });
  });

  it('an unreadable header keeps its authserv-id and says why, with no results', () => {
    expect(parseAuthResults('mx.example.org; dmarc=pass (unterminated')).toMatchObject({ authservId: 'mx.example.org', results: [], error: expect.stringMatching(/unreadable/) });
    expect(parseAuthResults('mx.example.org; dmarc=pass header.from')).toMatchObject({ authservId: 'mx.example.org', results: [], error: expect.stringMatching(/expected "="/) });
    expect(parseAuthResults('mx.example.org;; dmarc=pass')).toMatchObject({ results: [], error: expect.stringMatching(/expected a method/) });
    expect(parseAuthResults('mx.example.org extra words; dmarc=pass')).toMatchObject({ results: [], error: 'unreadable authserv-id' });
  });

  it('no authserv-id at all (a result where the id belongs): null', () => {
    expect(parseAuthResults('spf=pass smtp.mailfrom=example.com; dmarc=pass header.from=example.com')).toBeNull();
    expect(parseAuthResults('')).toBeNull();
  });
});
