// A reader for the Authentication-Results header field (RFC 8601 section 2.2). The receiving
// mail server writes it after checking SPF, DKIM and DMARC; we only read it (src/domain/
// senderIdentity.ts decides which servers' headers count). Comments (nested, with quoted-pairs)
// and quoted strings are honoured, so a ";" or "=" inside either never starts a new result.

/** One method's result: `dkim=pass header.d=example.com` → { method: 'dkim', result: 'pass', props: { 'header.d': 'example.com' } }. */
export interface AuthMethodResult {
  method: string;
  result: string;
  /** `ptype.property` (and `reason`) → value, names lower-cased, values as written (quotes removed). */
  props: Record<string, string>;
}

export interface AuthResultsHeader {
  /** The authserv-id, lower-cased: who did the checks (e.g. "mx.google.com"). */
  authservId: string;
  results: AuthMethodResult[];
  /** Why the rest of the header could not be read (its results are then empty); null when it was read. */
  error: string | null;
}

type Token = { kind: 'word'; text: string } | { kind: ';' } | { kind: '=' };

/** Splits a header value into words, ";" and "=", dropping comments. Throws on an unterminated comment or quote. */
function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  // Adjacent pieces with no space or comment between them form one word ("a b"@example.com).
  let word: string | null = null;
  const endWord = () => {
    if (word !== null) tokens.push({ kind: 'word', text: word });
    word = null;
  };
  let i = 0;
  while (i < value.length) {
    const c = value[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      endWord();
      i++;
    } else if (c === '(') {
      endWord();
      let depth = 0;
      for (; i < value.length; i++) {
        const d = value[i]!;
        if (d === '\\') i++;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
      if (depth !== 0) throw new Error('unterminated comment');
      i++;
    } else if (c === '"') {
      let text = '';
      let closed = false;
      for (i++; i < value.length; i++) {
        const d = value[i]!;
        if (d === '\\' && i + 1 < value.length) text += value[++i];
        else if (d === '"') {
          closed = true;
          break;
        } else text += d;
      }
      if (!closed) throw new Error('unterminated quoted string');
      word = (word ?? '') + text;
      i++;
    } else if (c === ';' || c === '=') {
      endWord();
      tokens.push({ kind: c });
      i++;
    } else if (c === ')') {
      throw new Error('unbalanced ")"');
    } else {
      word = (word ?? '') + c;
      i++;
    }
  }
  endWord();
  return tokens;
}

const KEYWORD = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** `method[/version]=result *(name=value)`, the tokens of one resinfo. */
function readResinfo(tokens: Token[]): AuthMethodResult {
  const text = (t: Token | undefined, what: string): string => {
    if (t?.kind !== 'word') throw new Error(`expected ${what}`);
    return t.text;
  };
  const method = text(tokens[0], 'a method').split('/')[0]!.toLowerCase();
  if (!KEYWORD.test(method)) throw new Error(`bad method "${method}"`);
  if (tokens[1]?.kind !== '=') throw new Error(`expected "=" after ${method}`);
  const result = text(tokens[2], `the result of ${method}`).toLowerCase();
  if (!KEYWORD.test(result)) throw new Error(`bad result "${result}" for ${method}`);
  const props: Record<string, string> = {};
  for (let i = 3; i < tokens.length; i += 3) {
    const name = text(tokens[i], 'a property').toLowerCase();
    if (tokens[i + 1]?.kind !== '=') throw new Error(`expected "=" after ${name}`);
    props[name] = text(tokens[i + 2], `the value of ${name}`);
  }
  return { method, result, props };
}

/**
 * Reads one Authentication-Results value (without the field name). Returns null when not even an
 * authserv-id can be found; otherwise the id, and the results or the reason they could not be read.
 */
export function parseAuthResults(value: string): AuthResultsHeader | null {
  let tokens: Token[];
  try {
    tokens = tokenize(value);
  } catch {
    // Still say whose header it claims to be, so a trusted server's unreadable header is not ignored.
    const id = /^\s*([^\s;()"]+)/.exec(value)?.[1];
    return id ? { authservId: id.toLowerCase(), results: [], error: 'unreadable (unbalanced comment or quote)' } : null;
  }
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === ';') segments.push([]);
    else segments.at(-1)!.push(t);
  }
  const [head = [], ...resinfos] = segments;
  const id = head[0];
  if (id?.kind !== 'word' || head.some((t) => t.kind === '=')) return null;
  const authservId = id.text.toLowerCase();
  if (head.length > 2 || (head[1]?.kind === 'word' && !/^\d+$/.test(head[1].text))) {
    return { authservId, results: [], error: 'unreadable authserv-id' };
  }
  if (resinfos.length === 1 && resinfos[0]!.length === 1 && resinfos[0]![0]!.kind === 'word' && resinfos[0]![0]!.text.toLowerCase() === 'none') {
    return { authservId, results: [], error: null };
  }
  try {
    // A trailing ";" leaves an empty segment: allowed.
    const results = resinfos.filter((r, i) => r.length > 0 || i < resinfos.length - 1).map(readResinfo);
    return { authservId, results, error: null };
  } catch (err) {
    return { authservId, results: [], error: `unreadable: ${(err as Error).message}` };
  }
}
