import { findTrackingNumbers, findTrapSpans, type TrapSpan } from './numberTraps.ts';

/**
 * Deterministic order-number extraction for en/es/fr/de/fa/ar emails. A number becomes an
 * order name only with a cue — the store's prefix/suffix ("#1001", "SO-1001", "1001-EU"),
 * an order word ("order", "pedido", "commande", "Bestellung", "Auftrag", "سفارش", "طلب") or a
 * list continuation after one ("orders #1001 and 1002") — and never when it sits in a trap
 * (phone, price, date, postcode/address, tracking, quantity, invoice/SKU; see numberTraps.ts).
 */

/** The store's order-name format: Shopify's default is prefix "#", no suffix ("#1001"). */
export interface OrderNameFormat {
  prefix: string;
  suffix: string;
}
export const DEFAULT_ORDER_FORMAT: OrderNameFormat = { prefix: '#', suffix: '' };

export type TrapKind = 'phone' | 'price' | 'date' | 'postcode' | 'tracking' | 'other';

export interface ExtractionResult {
  /** Normalised order names, in order of appearance, deduplicated ("#1001"). */
  orderNumbers: string[];
  /** Number-like spans that were rejected, with why (for tests, the eval and the desk). */
  rejected: { text: string; kind: TrapKind }[];
}

/** Which parts of the email to read: the customer's new text counts before quoted history and forwards. */
export interface ExtractionInput {
  subject: string;
  newText: string;
  quotedText: string;
}

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII; Arabic decimal/thousands marks to "."/",". Keeps length. */
export function normalizeDigits(s: string): string {
  return s.replace(/[۰-۹٠-٩٫٬]/g, (c) => (c === '٫' ? '.' : c === '٬' ? ',' : String(c.charCodeAt(0) - (c >= '۰' ? 0x06f0 : 0x0660))));
}

/** Tracking numbers quoted in the text (UPS 1Z…, UPU S10, long digit runs, after a carrier word). */
export function extractTrackingNumbers(text: string): string[] {
  return findTrackingNumbers(normalizeDigits(text));
}

const MIN_DIGITS = 3;
const MAX_DIGITS = 8;
const NB = '(?<![\\p{L}\\p{N}])';

// Order words per language. Arabic may carry the attached prepositions و/ب/ل/ف and the article ال.
const ORDER_CUE = [
  'orders?',
  'order-?id',
  'order-?nr\\.?',
  'ordernummer',
  'pedidos?',
  'órden(?:es)?',
  'orden(?:es)?',
  'commandes?',
  'cde',
  'bestellungen',
  'bestellung',
  'bestellnummer',
  'bestell-?nr\\.?',
  'auftrag',
  'aufträge',
  'auftragsnummer',
  'auftrags-?nr\\.?',
  // "سفارش من ۱۰۰۱": Persian puts the possessive between the word and the number.
  // "سفارش ثبت کردم به شماره ۱۰۰۱": a short verb phrase may stand before "(به|با) شماره".
  'سفارش(?:\u200c?(?:ام|م|ات|های|ها|تان|ت))?(?:\\s+(?:من|ما|شما))?(?:(?:\\s+[\u0600-\u06ff\u200c]+){1,3}?(?=\\s+(?:(?:به|با)\\s+)?شماره))?',
  '(?:[وبلف]|لل)?(?:ال)?(?:طلب(?:ي|ية|يتي|ك|كم|ات|يات|ه)?|أوردر|اوردر)',
].join('|');

// Between the order word and the number: "no.", "nº", "number", "#", ":", "is", "رقم", "شماره"…
// Punctuation needs no word boundary after it ("(n° 1001)"). Arabic possessives ("الأوردر بتاعي رقم ١٠٠١", Egyptian; "طلبي حقي").
const CUE_SEPARATOR =
  '(?:\\s*(?:[:#\\-–(]|(?:بتاعي|بتاعتي|حقي|تبعي|تبعتي|الخاص\\s+بي|no\\.?|n[º°o]\\.?|n\\.º|nr\\.?|num\\.?|núm\\.?|nro\\.?|número|numero|numéro|number|nummer|id|ref\\.?|is|was|es(?:\\s+el)?|est(?:\\s+le)?|ist|lautet|رقم|رقمه|شماره|به\\s+شماره|با\\s+شماره|کد)(?![\\p{L}]))\\s*){0,3}';

const CONTINUATION = '\\s*(?:,|،|;|&|\\+|/|and|or|y|e|o|et|ou|und|oder|sowie|و|یا|أو|او)\\s*(?:also\\s+)?';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Candidate {
  /** Offsets of the digits in the (normalised) text. */
  start: number;
  end: number;
  digits: string;
  /** Where the match (digits plus any suffix) ends, for list continuations. */
  matchEnd: number;
}

interface FormatRegexes {
  /** The cued order numbers; each captures the digits as group 1. */
  cues: RegExp[];
  /** The next number of a list ("orders #1001, #1002 and 1003"), sticky. */
  next: RegExp;
}

const cueRegexCache = new Map<string, FormatRegexes>();

/** Regexes for one store format, built once per format; used with exec from lastIndex 0, so sharing is safe. */
function cueRegexes(format: OrderNameFormat): FormatRegexes {
  const key = `${format.prefix}\u0000${format.suffix}`;
  let regexes = cueRegexCache.get(key);
  if (!regexes) {
    if (cueRegexCache.size >= 16) cueRegexCache.clear();
    const prefix = format.prefix ? `|${escapeRegExp(format.prefix)}` : '';
    regexes = { cues: buildCueRegexes(format), next: new RegExp(`${CONTINUATION}(?:#\\s?${prefix})?(\\d{${MIN_DIGITS},${MAX_DIGITS}})`, 'iuy') };
    cueRegexCache.set(key, regexes);
  }
  return regexes;
}

function buildCueRegexes(format: OrderNameFormat): RegExp[] {
  const prefix = escapeRegExp(format.prefix);
  const suffix = escapeRegExp(format.suffix);
  const digits = `(\\d{${MIN_DIGITS},${MAX_DIGITS + 2}})`;
  const prefixOrHash = format.prefix && format.prefix !== '#' ? `(?:#\\s?|${prefix})?` : '(?:#\\s?)?';
  const list = [
    // "#1001", "# 1001" — never inside a URL fragment, an HTML entity or a word.
    new RegExp(`(?<![\\p{L}\\p{N}/&#])#\\s?${digits}`, 'giu'),
    // "order 1001", "order no. SO-1001", "شماره سفارش ۱۰۰۱", "طلب رقم ١٠٠١"
    new RegExp(`${NB}(?:${ORDER_CUE})(?![\\p{L}])${CUE_SEPARATOR}${prefixOrHash}\\s?${digits}`, 'giu'),
  ];
  if (format.prefix && format.prefix !== '#') {
    list.push(new RegExp(`${NB}${prefix}${digits}`, 'giu'));
    // "SO 1001" / "SO1001" for prefix "SO-": only in the store's own letter case.
    const core = format.prefix.replace(/[\s\-_.]+$/, '');
    if (core && core !== format.prefix && /\p{L}/u.test(core)) list.push(new RegExp(`${NB}${escapeRegExp(core)}[\\s_]?${digits}`, 'gu'));
  }
  if (format.suffix) list.push(new RegExp(`${NB}${digits}${suffix}(?![\\p{L}\\p{N}])`, 'giu'));
  return list;
}

/**
 * Where the digits at [start, end) stop being a clean order token: followed by a letter,
 * another digit, or a date/decimal continuation ("1001.50", "2024-03", "10:30"). The store's
 * suffix is consumed first. Returns the match end, or null when the token is not clean.
 */
function tokenEnd(text: string, end: number, format: OrderNameFormat): number | null {
  let i = end;
  if (format.suffix && text.slice(i, i + format.suffix.length).toLowerCase() === format.suffix.toLowerCase()) i += format.suffix.length;
  const rest = text.slice(i);
  if (/^[\p{L}\p{N}]/u.test(rest)) return null;
  // "1001/1002" lists two orders; any other separator before a digit makes a date, decimal or range.
  if (/^\/\d{3,8}(?!\d)/.test(rest)) return i;
  if (/^[.,:/\-–]\d/.test(rest)) return null;
  // "555 0132", "1001 2345 6789": a digit group follows, so this is part of a grouped number.
  if (/^[ \u00a0]\d{2,}/.test(rest)) return null;
  return i;
}

function findCandidates(text: string, format: OrderNameFormat): Candidate[] {
  const accepted: Candidate[] = [];
  const add = (start: number, digits: string): Candidate | null => {
    const c: Candidate = { start, end: start + digits.length, digits, matchEnd: start + digits.length };
    const endAt = digits.length <= MAX_DIGITS ? tokenEnd(text, c.end, format) : null;
    if (endAt === null) return null;
    c.matchEnd = endAt;
    accepted.push(c);
    return c;
  };
  // "orders #1001, #1002 and 1003": follow the list while the numbers look alike.
  const { cues, next } = cueRegexes(format);
  for (const rx of cues) {
    // An exec loop: matchAll would copy the long regex on every call. No cue matches the empty string.
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) {
      const digits = m[1];
      if (digits === undefined) continue;
      const start = m.index + m[0].length - digits.length;
      let prev = add(start, digits);
      while (prev) {
        next.lastIndex = prev.matchEnd;
        const c = next.exec(text);
        const d = c?.[1];
        if (!c || d === undefined || Math.abs(d.length - prev.digits.length) > 1) break;
        prev = add(c.index + c[0].length - d.length, d);
      }
    }
  }
  return accepted;
}

const KIND_PRIORITY: TrapKind[] = ['phone', 'tracking', 'date', 'price', 'postcode', 'other'];

/** Non-overlapping trap spans, the most telling first (strong before weak, by kind, longest). */
function pickTraps(spans: TrapSpan[]): TrapSpan[] {
  const sorted = [...spans].sort(
    (a, b) =>
      Number(b.strong) - Number(a.strong) ||
      Number(b.cued ?? false) - Number(a.cued ?? false) ||
      KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind) ||
      b.end - b.start - (a.end - a.start),
  );
  const taken: TrapSpan[] = [];
  for (const s of sorted) if (!taken.some((t) => t.start < s.end && s.start < t.end)) taken.push(s);
  return taken.sort((a, b) => a.start - b.start);
}

// URLs and e-mail addresses hold ids that are not order names ("/orders/1001", "order1001@…").
// The lookbehind keeps the address pattern linear on long runs of letters with no "@".
const MASK_RE = /\bhttps?:\/\/\S+|\bwww\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

// Bidi marks that mail clients put around numbers in right-to-left text.
const BIDI_RE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** ASCII digits, no URLs/addresses, bidi marks as spaces; same length as the input so offsets map back. */
function prepare(text: string): string {
  return normalizeDigits(text)
    .replace(BIDI_RE, ' ')
    .replace(MASK_RE, (m) => ' '.repeat(m.length));
}

interface SegmentResult {
  orders: string[];
  rejected: { text: string; kind: TrapKind }[];
}

/** Order numbers sit near the top; past this many characters a segment is not searched (~100 ms per 10k). */
const MAX_SEGMENT_CHARS = 20_000;

/**
 * The classifier reads the same subject and new text several times (once per tier, then the
 * cross-check), and each read runs the costly trap search: keep the last few segments' results.
 * Results are frozen, since callers share them.
 */
const SEGMENT_CACHE_SIZE = 32;
const segmentCache = new Map<string, SegmentResult>();
const segmentKey = (whole: string, format: OrderNameFormat) => `${format.prefix}\u0000${format.suffix}\u0000${whole}`;

function extractFromSegment(whole: string, format: OrderNameFormat): SegmentResult {
  if (whole === '') return EMPTY_SEGMENT;
  const key = segmentKey(whole, format);
  let result = segmentCache.get(key);
  if (result) {
    // Most recently used last, so the oldest is evicted first.
    segmentCache.delete(key);
  } else {
    result = searchSegment(whole, format);
    if (segmentCache.size >= SEGMENT_CACHE_SIZE) segmentCache.delete(segmentCache.keys().next().value!);
  }
  segmentCache.set(key, result);
  return result;
}

const EMPTY_SEGMENT: SegmentResult = Object.freeze({ orders: Object.freeze([]) as unknown as string[], rejected: Object.freeze([]) as unknown as SegmentResult['rejected'] });

function searchSegment(whole: string, format: OrderNameFormat): SegmentResult {
  const raw = whole.slice(0, MAX_SEGMENT_CHARS);
  const text = prepare(raw);
  const spans = findTrapSpans(text);
  const strong = spans.filter((s) => s.strong);
  const accepted = findCandidates(text, format);
  const orders: string[] = [];
  const rejected: { text: string; kind: TrapKind }[] = [];
  const takenDigits: Candidate[] = [];
  for (const c of accepted.sort((a, b) => a.start - b.start)) {
    if (strong.some((s) => s.start < c.end && c.start < s.end)) continue; // reported with the trap below
    const name = `${format.prefix}${c.digits}${format.suffix}`;
    takenDigits.push(c);
    if (!orders.includes(name)) orders.push(name);
  }
  const overlapsTaken = (start: number, end: number) => takenDigits.some((c) => c.start < end && start < c.end);
  for (const t of pickTraps(spans)) {
    if (overlapsTaken(t.start, t.end)) continue; // a weak trap over an accepted order name
    rejected.push({ text: raw.slice(t.start, t.end).trim().replace(/^\((?!.*\))/, ''), kind: t.kind });
  }
  const inTrap = (start: number, end: number) => spans.some((s) => s.start < end && start < s.end);
  // Everything else that looks like an order number but had no cue or was not a clean token.
  for (const m of text.matchAll(/\d{3,}/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsTaken(start, end) || inTrap(start, end)) continue;
    rejected.push({ text: raw.slice(start, end), kind: 'other' });
  }
  for (const r of rejected) Object.freeze(r);
  return Object.freeze({ orders: Object.freeze(orders) as string[], rejected: Object.freeze(rejected) as SegmentResult['rejected'] });
}

/**
 * Order names in an email. Subject and the customer's new text come first; the quoted
 * history and forwarded blocks are read only when those yield no order number.
 */
export function extractOrderNumbers(input: ExtractionInput, format: OrderNameFormat = DEFAULT_ORDER_FORMAT): ExtractionResult {
  const primary = [extractFromSegment(input.subject, format), extractFromSegment(input.newText, format)];
  const orders = unique(primary.flatMap((r) => r.orders));
  const quoted = orders.length === 0 && input.quotedText ? [extractFromSegment(input.quotedText, format)] : [];
  const all = [...primary, ...quoted];
  const rejected: { text: string; kind: TrapKind }[] = [];
  for (const r of all.flatMap((x) => x.rejected)) {
    if (!rejected.some((x) => x.text === r.text && x.kind === r.kind)) rejected.push(r);
  }
  return { orderNumbers: orders.length > 0 ? orders : unique(quoted.flatMap((r) => r.orders)), rejected };
}

/**
 * The order names of an email alone: always extractOrderNumbers(input, format).orderNumbers, without
 * the rejected numbers. A segment with no cued number holds no order name, so its trap search
 * (dates, phone numbers: the costly part) is skipped; the classifier reads only the names.
 */
export function extractOrderNames(input: ExtractionInput, format: OrderNameFormat = DEFAULT_ORDER_FORMAT): string[] {
  const orders = unique([...namesInSegment(input.subject, format), ...namesInSegment(input.newText, format)]);
  if (orders.length > 0 || !input.quotedText) return orders;
  return unique([...namesInSegment(input.quotedText, format)]);
}

function namesInSegment(whole: string, format: OrderNameFormat): readonly string[] {
  if (whole === '') return EMPTY_SEGMENT.orders;
  const cached = segmentCache.get(segmentKey(whole, format));
  if (cached) return cached.orders;
  // searchSegment keeps candidates only: none means no name, whatever the traps.
  if (findCandidates(prepare(whole.slice(0, MAX_SEGMENT_CHARS)), format).length === 0) return EMPTY_SEGMENT.orders;
  return extractFromSegment(whole, format).orders;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/**
 * Cross-check for an order name an LLM returned: true iff extraction of `text` finds it, or
 * its digits occur in `text` as a standalone token (not part of a longer number, decimal,
 * date, phone, price, postcode or tracking number, URL or e-mail address).
 */
export function orderNameOccursIn(name: string, text: string, format: OrderNameFormat = DEFAULT_ORDER_FORMAT): boolean {
  const digits = /(\d{3,8})/.exec(normalizeDigits(name).replace(/\s+/g, ''))?.[1];
  if (!digits) return false;
  const found = extractOrderNumbers({ subject: '', newText: text, quotedText: '' }, format).orderNumbers;
  if (found.some((n) => /(\d+)/.exec(n)?.[1] === digits)) return true;
  const normalised = prepare(text);
  const strong = findTrapSpans(normalised).filter((s) => s.strong);
  const exact = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalizeDigits(name.trim()))}(?![\\p{L}\\p{N}])`, 'iu');
  if (name.trim() !== digits && exact.test(normalised)) return true;
  for (const m of normalised.matchAll(new RegExp(`(?<![\\p{L}\\p{N}.,/:\\-])${digits}(?![\\p{L}\\p{N}])`, 'gu'))) {
    const start = m.index;
    const end = start + digits.length;
    if (/^[.,/:\-–]\d/.test(normalised.slice(end))) continue;
    if (!strong.some((s) => s.start < end && start < s.end)) return true;
  }
  return false;
}
