/**
 * Entities the offline classifier pulls out of the customer's words, verbatim (not folded):
 * what product they ask about, the new address they gave, the discount code they mention.
 * Heuristics only; the desk shows them to staff and the resolver uses them as search input.
 */

const END = '[^?.!؟\\n]';

const PRODUCT_PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:do you (?:still )?(?:have|sell|carry|stock|make|offer)|is there|are there|looking for)\\s+(?:the|a|an|any|this|these|your|some)?\\s*(${END}{3,60})`, 'iu'),
  new RegExp(`\\b(?:is|are) (?:the|this|these|your|my)\\s+(${END}{3,60}?)\\s+(?:available|in stock|still available|back in stock|waterproof|made of|machine washable|suitable|compatible)`, 'iu'),
  new RegExp(`\\b(?:does|do) (?:the|this|these|your)\\s+(${END}{3,60}?)\\s+(?:come in|fit|run|work)`, 'iu'),
  new RegExp(`\\b(?:tienen|tenéis|venden|hay)\\s+(?:el|la|los|las|este|esta|estos|estas|un|una)?\\s*(${END}{3,60})`, 'iu'),
  new RegExp(`\\b(?:avez-vous|vous avez|est-ce que vous avez|existe-t-il)\\s+(?:le|la|les|ce|cette|ces|des|un|une|encore)?\\s*(${END}{3,60})`, 'iu'),
  new RegExp(`\\b(?:haben sie|habt ihr|gibt es|führen sie)\\s+(?:den|die|das|diesen|diese|dieses|noch|auch)?\\s*(${END}{3,60})`, 'iu'),
  new RegExp(`(?:هل لديكم|هل عندكم|هل يوجد|هل)\\s*(${END}{3,60}?)\\s*(?:متوفر|متاح|موجود)`, 'u'),
  new RegExp(`(?:هل لديكم|هل عندكم|هل يوجد)\\s*(${END}{3,60})`, 'u'),
  new RegExp(`(?:آیا)?\\s*(${END}{3,60}?)\\s*(?:را )?(?:موجود دارید|موجود است|موجود هست|دارید)`, 'u'),
];

const SUBJECT_NOISE = /^(?:(?:re|aw|fw|fwd|tr|wg|rv)\s*:\s*)+|\b(?:question|frage|pregunta|consulta|help|hilfe|ayuda|aide|sobre|about|regarding|re)\b[:\s-]*/giu;

/** What the customer asks about ("the blue linen shirt in XL"), for product search. */
export function extractProductQuery(text: string, subject: string): string | null {
  for (const re of PRODUCT_PATTERNS) {
    const m = re.exec(text);
    const q = m?.[1]?.trim().replace(/\s+/g, ' ');
    if (q && q.length >= 3) return q.slice(0, 80);
  }
  const s = subject.replace(SUBJECT_NOISE, '').trim();
  return s.length >= 3 ? s.slice(0, 80) : null;
}

const ADDRESS_CUE =
  /(?:(?:new|correct|updated|right|shipping|delivery) address|address (?:is|should be|to)|(?:change|update|correct) (?:the |my )?(?:shipping |delivery )?address(?: to)?|nueva direcci[oó]n|direcci[oó]n (?:correcta|nueva|es)|nouvelle adresse|adresse (?:correcte|est)|neue (?:adresse|anschrift|lieferadresse)|(?:adresse|anschrift) (?:lautet|ist)|آدرس جدید|نشانی جدید|آدرس درست|العنوان الجديد|عنوان جديد|العنوان الصحيح)/iu;
const SIGN_OFF = /^\s*(?:thanks|thank you|regards|best|cheers|kind regards|gracias|saludos|merci|cordialement|danke|viele grüße|mit freundlichen|ممنون|با تشکر|سپاس|شكرا|مع التحية)\b/iu;
const LEAD = /^[\s:\-–—]*(?:is|to|es|est|ist|lautet|:|است|هو)?[\s:\-–—]*/iu;

/** The new shipping address as the customer wrote it (the rest of the cue line and the lines under it). */
export function extractNewAddress(text: string): string | null {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = ADDRESS_CUE.exec(line);
    if (!m) continue;
    const parts: string[] = [];
    let rest = line.slice((m.index ?? 0) + m[0].length);
    // "change the address on #1003 to: 12 Baker St" → what follows the colon.
    if (rest.includes(':')) rest = rest.slice(rest.lastIndexOf(':') + 1);
    rest = rest.replace(LEAD, '').trim();
    if (/\d/.test(rest) || rest.split(/\s+/).length >= 3) parts.push(rest.replace(/[.。]$/, ''));
    for (let j = i + 1; j < lines.length && parts.length < 6; j++) {
      const next = (lines[j] ?? '').trim();
      if (!next) {
        if (parts.length > 0) break;
        continue;
      }
      if (SIGN_OFF.test(next)) break;
      parts.push(next);
    }
    if (parts.length > 0) return parts.join('\n');
  }
  return null;
}

const CODE_CUE = /(?:discount|promo|coupon|voucher|gift|c[oó]digo|cup[oó]n|code|gutschein|rabatt|کد|كود|رمز|کوپن|كوبون|قسيمة)/giu;
const QUOTED_CODE = /["'“”«»‘’]([\p{L}\p{N}_-]{3,25})["'“”«»‘’]/u;
const CODE_TOKEN = /(?<![\p{L}\p{N}#])([A-Z0-9][A-Z0-9_-]{2,24})(?![\p{L}\p{N}])/gu;
const NOT_CODES = new Set(['THE', 'AND', 'NOT', 'VAT', 'USD', 'EUR', 'GBP', 'PDF', 'FAQ', 'OK', 'HELP', 'URGENT', 'ASAP', 'SALE']);

/** A discount code mentioned near a code word ("the code SUMMER20 doesn't work"). */
export function extractDiscountCode(text: string): string | null {
  for (const cue of text.matchAll(CODE_CUE)) {
    const window = text.slice((cue.index ?? 0) + cue[0].length, (cue.index ?? 0) + cue[0].length + 60);
    const quoted = QUOTED_CODE.exec(window)?.[1];
    if (quoted && /\p{L}/u.test(quoted)) return quoted;
    for (const t of window.matchAll(CODE_TOKEN)) {
      const token = t[1] ?? '';
      if (!/[A-Z]/.test(token) || NOT_CODES.has(token)) continue;
      if (/\d/.test(token) || token.length >= 4) return token;
    }
  }
  return null;
}
