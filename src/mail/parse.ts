import { createHash } from 'node:crypto';
import { type AddressObject, type EmailAddress, type ParsedMail, type SimpleParserOptions, simpleParser } from 'mailparser';
import addressparser from 'nodemailer/lib/addressparser';
import type { Address, IdentityHeaders, ParsedEmail } from '../domain/email.ts';
import { hiddenHtmlText } from './hiddenHtml.ts';
import { splitQuotedText } from './quotes.ts';

/** Thrown for input that cannot become a ParsedEmail; `reason` is stored on the message row. */
export class MalformedEmailError extends Error {
  readonly reason: string;

  constructor(reason: string) {
    super(reason);
    this.reason = reason;
    this.name = 'MalformedEmailError';
  }
}

export interface ParseLimits {
  /** Raw messages larger than this are not parsed (stored as failed with the reason). */
  maxRawBytes: number;
  /** Text kept per message; longer bodies are truncated (the raw MIME is kept). */
  maxTextChars: number;
  /** HTML converted to text per message; longer HTML is cut before conversion. Default 1 M chars. */
  maxHtmlChars?: number;
  /** Parsing that takes longer than this fails with MalformedEmailError. Default 15 s. */
  maxParseMs?: number;
}
export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxRawBytes: 25 * 1024 * 1024, maxTextChars: 100_000 };

const DEFAULT_MAX_HTML_CHARS = 1_000_000;
const DEFAULT_MAX_PARSE_MS = 15_000;
/** Header values kept per header name; the raw MIME stays available for anything longer. */
const MAX_HEADER_VALUE_CHARS = 16_000;
/** How far into the raw bytes we look for the header block when checking it is an email at all. */
const HEADER_SNIFF_BYTES = 64 * 1024;

const KNOWN_HEADERS = new Set([
  'from', 'to', 'cc', 'subject', 'date', 'message-id', 'received', 'return-path', 'delivered-to',
  'mime-version', 'content-type', 'sender', 'reply-to', 'in-reply-to', 'references',
]);
const HEADER_FIELD = /^([!-9;-~]+)[ \t]*:/;

/**
 * Bare CR line endings (old Mac gateways, some archives) turned into CRLF: mailparser splits lines
 * on LF only, so a bare-CR message would read as one long header with no sender and no subject.
 */
export function normalizeLineEndings(raw: Buffer): Buffer {
  let bare = raw.indexOf(0x0d);
  while (bare >= 0 && raw[bare + 1] === 0x0a) bare = raw.indexOf(0x0d, bare + 2);
  if (bare < 0) return raw;
  return Buffer.from(raw.toString('latin1').replace(/\r(?!\n)/g, '\r\n'), 'latin1');
}

/**
 * Rejects input that is not an RFC 5322 message (binary, plain prose) before mailparser, which
 * would happily turn anything into an empty message.
 */
function assertLooksLikeEmail(raw: Buffer): void {
  const sniff = raw.subarray(0, HEADER_SNIFF_BYTES).toString('latin1');
  const end = sniff.search(/\r?\n\r?\n/);
  const head = end < 0 ? sniff : sniff.slice(0, end);
  if (head.includes('\0')) throw new MalformedEmailError('no RFC 5322 headers: binary data (NUL bytes) where headers belong');
  const lines = head.split(/\r?\n/);
  if (lines[0]?.startsWith('From ')) lines.shift(); // mbox "From " separator line
  const first = lines[0] ?? '';
  const firstField = HEADER_FIELD.exec(first);
  if (!firstField) throw new MalformedEmailError('no RFC 5322 headers: the input does not start with a header field');
  const names = lines.map((l) => HEADER_FIELD.exec(l)?.[1]?.toLowerCase()).filter((n) => n !== undefined);
  if (!names.some((n) => KNOWN_HEADERS.has(n))) {
    throw new MalformedEmailError('no RFC 5322 headers: none of From, To, Subject, Date, Message-ID, Content-Type found');
  }
}

const PARSER_OPTIONS: SimpleParserOptions = {
  // We only want text; skip the work (and memory) of building HTML and inlining images.
  skipImageLinks: true,
  keepCidLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  checksumAlgo: false,
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MalformedEmailError(`parsing took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runParser(input: Buffer, options: SimpleParserOptions, ms: number): Promise<ParsedMail> {
  try {
    return await withTimeout(simpleParser(input, options), ms);
  } catch (err) {
    if (err instanceof MalformedEmailError) throw err;
    throw new MalformedEmailError(`mailparser failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * HTML to text through mailparser itself, on a one-part text/html message, so its html-to-text
 * settings and its nesting-depth and length guards apply. Used for HTML-only mail: mailparser
 * only converts an HTML root part, not an HTML part beside attachments.
 */
async function htmlToText(html: string, maxChars: number, ms: number): Promise<string> {
  const cut = html.length > maxChars ? html.slice(0, maxChars) : html;
  const message = Buffer.from(`Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${cut}`, 'utf8');
  const parsed = await runParser(message, { ...PARSER_OPTIONS, maxHtmlLengthToParse: maxChars + 1 }, ms);
  return parsed.text ?? '';
}

function flatten(list: EmailAddress[]): EmailAddress[] {
  return list.flatMap((a) => (a.group ? flatten(a.group) : [a]));
}

function addresses(value: AddressObject | AddressObject[] | undefined): Address[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return flatten(objects.flatMap((o) => o.value))
    .filter((a) => a.address)
    .map((a) => ({ address: (a.address ?? '').toLowerCase(), name: a.name ?? '' }));
}

/** Lower-cased name → value. Decoded by mailparser where it kept a string, else the raw unfolded line. */
function headerRecord(mail: ParsedMail): Record<string, string> {
  const values = new Map<string, string[]>();
  for (const { key, line } of mail.headerLines) {
    const colon = line.indexOf(':');
    const raw = (colon < 0 ? '' : line.slice(colon + 1)).replace(/\r?\n[ \t]*/g, ' ').trim();
    values.set(key, [...(values.get(key) ?? []), raw]);
  }
  const out: Record<string, string> = {};
  for (const [key, raws] of values) {
    const decoded = mail.headers.get(key);
    const strings = typeof decoded === 'string' ? [decoded] : Array.isArray(decoded) && decoded.every((v) => typeof v === 'string') ? decoded : raws;
    out[key] = (strings as string[]).join(', ').slice(0, MAX_HEADER_VALUE_CHARS);
  }
  return out;
}

/** Addresses of every field named `key` (mailparser keeps only the first From; a forger may add a second). */
function addressesOfEvery(mail: ParsedMail, key: string): string[] {
  return mail.headerLines
    .filter((h) => h.key === key)
    .flatMap((h) => addressparser(h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n[ \t]*/g, ' '), { flatten: true }))
    .map((a) => a.address.trim().toLowerCase())
    .filter((a) => a !== '');
}

/** The headers the sender identity check reads (src/domain/senderIdentity.ts). */
function identityHeaders(mail: ParsedMail): IdentityHeaders {
  const ar = mail.headers.get('authentication-results');
  const authenticationResults = (Array.isArray(ar) ? ar : ar === undefined ? [] : [ar])
    .filter((v): v is string => typeof v === 'string')
    .slice(0, 50)
    .map((v) => v.slice(0, MAX_HEADER_VALUE_CHARS));
  return {
    from: addressesOfEvery(mail, 'from'),
    sender: addressesOfEvery(mail, 'sender')[0] ?? null,
    replyTo: addressesOfEvery(mail, 'reply-to'),
    authenticationResults,
  };
}

function isoDate(mail: ParsedMail, headers: Record<string, string>): string | null {
  // mailparser substitutes "now" for an unparseable Date header; we want null instead.
  const raw = headers.date;
  if (!raw || !mail.date || Number.isNaN(new Date(raw).getTime())) return null;
  return mail.date.toISOString();
}

function references(value: string | string[] | undefined): string[] {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.flatMap((v) => v.split(/\s+/)).filter((v) => v !== '');
}

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * Parses one raw RFC 5322 message into a ParsedEmail. Throws MalformedEmailError (never anything
 * else) when the input is too big, is not an email, or mailparser gives up.
 */
export async function parseEmail(original: Buffer, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<ParsedEmail> {
  if (original.length > limits.maxRawBytes) {
    throw new MalformedEmailError(`message is ${original.length} bytes, over the ${limits.maxRawBytes}-byte limit`);
  }
  const raw = normalizeLineEndings(original);
  assertLooksLikeEmail(raw);
  const maxHtml = limits.maxHtmlChars ?? DEFAULT_MAX_HTML_CHARS;
  const maxMs = limits.maxParseMs ?? DEFAULT_MAX_PARSE_MS;

  // skipHtmlToText: `text` then holds the text/plain parts only, which tells us whether the mail
  // was HTML-only; the HTML is converted below, with our size bound.
  const mail = await runParser(raw, { ...PARSER_OPTIONS, skipHtmlToText: true }, maxMs);

  const headers = headerRecord(mail);
  const plain = mail.text ?? '';
  const html = typeof mail.html === 'string' ? mail.html : '';
  const htmlOnly = plain.trim() === '' && html.trim() !== '';
  const text = truncate((htmlOnly ? await htmlToText(html, maxHtml, maxMs) : plain).trim(), limits.maxTextChars);
  const { newText, quotedText, signature } = splitQuotedText(text);
  const hiddenText = hiddenHtmlText(html.slice(0, maxHtml));

  const attachments = mail.attachments.map((a) => ({
    filename: a.filename ?? null,
    contentType: a.contentType.toLowerCase(),
    size: a.size ?? a.content.length,
  }));
  mail.attachments.length = 0; // drop the buffered contents now

  const contentType = mail.headers.get('content-type');
  const from = addresses(mail.from)[0] ?? { address: '', name: '' };

  return {
    messageId: mail.messageId?.trim() || `<${createHash('sha256').update(original).digest('hex')}@deskhand.invalid>`,
    inReplyTo: mail.inReplyTo?.trim() || null,
    references: references(mail.references),
    from,
    to: addresses(mail.to),
    replyTo: addresses(mail.replyTo)[0] ?? null,
    subject: mail.subject ?? '',
    date: isoDate(mail, headers),
    headers,
    contentType:
      contentType && typeof contentType === 'object' && 'value' in contentType && typeof contentType.value === 'string'
        ? contentType.value.toLowerCase()
        : 'text/plain',
    text,
    newText,
    quotedText,
    signature,
    htmlOnly,
    hiddenText,
    attachments,
    identityHeaders: identityHeaders(mail),
  };
}
