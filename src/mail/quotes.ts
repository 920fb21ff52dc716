import EmailReplyParser from 'email-reply-parser';

/** A plain-text body split into what the sender wrote now, the history below it, and the signature. */
export interface SplitBody {
  newText: string;
  quotedText: string;
  signature: string;
}

/**
 * email-reply-parser's header regexes backtrack quadratically on long lines (40 k chars ≈ 0.7 s),
 * so it only sees the part above our own markers, and only when that part is this short.
 * Longer heads are kept whole as new text.
 */
const REPLY_PARSER_MAX_CHARS = 16_000;
/** Lines longer than this are prose, never a quote header; not worth a regex. */
const MAX_MARKER_LINE = 600;
/** Bidi marks Gmail wraps around names and dates in fa/ar quote headers. */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Quote headers ("On … wrote:") in the languages email-reply-parser misses or only matches on one
// line. Applied to one line, or to a line joined with the next (clients wrap long headers).
const REPLY_HEADERS: RegExp[] = [
  /^\s*On\s.{4,500}\bwrote\s?:\s*$/i,
  /^\s*El\s.{4,500}\bescribi[óo]\s?:\s*$/i,
  /^\s*Le\s.{4,500}\ba\s+[ée]crit\s?:\s*$/i,
  /^\s*Am\s.{4,500}\bschrieb\b.{0,300}:\s*$/i,
  // fa: "در تاریخ … ، Name <a@b> نوشت:" (also "نوشته است:")
  // fa/ar headers without a fixed opening word must carry a date digit or an address.
  /^(?=.*[@\d۰-۹٠-٩]).{4,500}\sنوشت(?:ه(?:\s+است)?)?\s?:\s*$/u,
  // ar: "في … ، كتب Name <a@b>:" or "… Name <a@b> كتب:" or Gmail's "تمت كتابة ما يلي بواسطة …:"
  /^\s*في\s.{4,500}\sكتب(?:\s.{0,300})?:\s*$/u,
  /^(?=.*[@\d۰-۹٠-٩]).{4,500}\sكتب\s?:\s*$/u,
  /^.{0,500}تمت كتابة ما يلي بواسطة.{0,300}:\s*$/u,
];

// Banners that start a forwarded message or an Outlook-style quoted original.
const BANNERS: RegExp[] = [
  /^\s*-{2,}\s*(?:Original Message|Forwarded message|Message d'origine|Message transf[ée]r[ée]|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Mensaje original|Mensaje reenviado|پیام اصلی|پیام هدایت[‌\s]?شده|پیام بازارسال[‌\s]?شده|الرسالة الأصلية|الرسالة المعاد توجيهها|رسالة معاد توجيهها)\s*-{2,}\s*$/iu,
  /^\s*(?:Begin forwarded message|D[ée]but du message r[ée]exp[ée]di[ée]|Anfang der weitergeleiteten Nachricht|Inicio del mensaje reenviado)\s?:\s*$/i,
  /^\s*(?:Weitergeleitete Nachricht|Message transf[ée]r[ée])\s*:?\s*$/i,
];

// Outlook quotes the original with a header block: "From: …" then "Sent: …"/"To: …"/"Subject: …".
const HEADER_FROM = /^\s*\*?(?:From|De|Von|Van|Da|از|من)\s?:\*?\s+\S/iu;
const HEADER_NEXT =
  /^\s*\*?(?:Sent|Date|To|Subject|Envoy[ée]|[ÀA]|Objet|Gesendet|Datum|An|Betreff|Enviado(?: el)?|Fecha|Para|Asunto|ارسال شده|تاریخ|به|موضوع|تاريخ|التاريخ|أرسلت|تم الإرسال|إلى|الموضوع)\s?:\*?\s/iu;

function isReplyHeader(line: string): boolean {
  return line.length <= MAX_MARKER_LINE && REPLY_HEADERS.some((re) => re.test(line));
}

/** Index of the first line where quoted history or a forwarded message begins, or -1. */
export function findQuoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(BIDI_MARKS, '');
    if (line.length > MAX_MARKER_LINE || line.trim() === '') continue;
    if (BANNERS.some((re) => re.test(line))) return i;
    if (isReplyHeader(line)) return i;
    const next = (lines[i + 1] ?? '').replace(BIDI_MARKS, '');
    if (next.trim() !== '' && isReplyHeader(`${line} ${next}`)) return i;
    if (HEADER_FROM.test(line)) {
      const following = lines.slice(i + 1, i + 5).map((l) => l.replace(BIDI_MARKS, ''));
      if (following.some((l) => HEADER_NEXT.test(l))) {
        // Outlook puts a rule line just above the block; it belongs to the quote.
        const prev = (lines[i - 1] ?? '').trim();
        return /^[_\-=]{8,}$/.test(prev) ? i - 1 : i;
      }
    }
  }
  return -1;
}

const join = (parts: string[]): string =>
  parts
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('\n\n');

/**
 * Splits a plain-text body. Our markers (quote headers in es/fr/de/fa/ar, Outlook headers, forward
 * banners) cut first: everything from the first one down is history. email-reply-parser then
 * separates `>`-quoted lines, its own quote headers and the signature in what is left.
 */
export function splitQuotedText(text: string): SplitBody {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = findQuoteStart(lines);
  const head = (cut < 0 ? lines : lines.slice(0, cut)).join('\n');
  const tail = cut < 0 ? '' : lines.slice(cut).join('\n');

  if (head.length > REPLY_PARSER_MAX_CHARS) {
    return { newText: head.trim(), quotedText: tail.trim(), signature: '' };
  }

  const visible: string[] = [];
  const quoted: string[] = [];
  const signature: string[] = [];
  for (const fragment of new EmailReplyParser().read(head).getFragments()) {
    const content = fragment.getContent();
    if (fragment.isSignature()) signature.push(content);
    else if (fragment.isQuoted()) quoted.push(content);
    else if (!fragment.isHidden()) visible.push(content);
  }
  return { newText: join(visible), quotedText: join([...quoted, tail]), signature: join(signature) };
}
