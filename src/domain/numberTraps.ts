import * as chrono from 'chrono-node';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import type { TrapKind } from './orderNumbers.ts';

/**
 * Number-like spans that must never be taken for an order number: phone numbers, prices,
 * dates, postcodes/addresses, tracking numbers, quantities, invoice/SKU/ticket numbers.
 * Pure: works on text whose digits are already ASCII (see normalizeDigits); every span is
 * given as [start, end) offsets into that text.
 */
export interface TrapSpan {
  start: number;
  end: number;
  kind: TrapKind;
  /**
   * Strong traps reject a number even right after an order cue ("order 2024-03-05").
   * Weak ones (a number on an address line) only explain why an uncued number was skipped.
   */
  strong: boolean;
  /** Found after a context word ("Tel:", "tracking", "PLZ"): its kind beats a kind guessed from shape. */
  cued?: boolean;
}

// Letter/number boundaries that also work for Arabic script (\b is ASCII-only in JS).
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';

/** A number as people write amounts: 1,001 · 1.001,50 · 99.90 · 45 */
const AMOUNT = '\\d{1,3}(?:[.,\\s\u00a0]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';
const CURRENCY_SYMBOL = '[€$£¥₹﷼]|US\\$|C\\$|A\\$|R\\$';
const CURRENCY_WORD =
  'usd|eur|gbp|cad|aud|chf|mxn|irr|irt|sar|aed|egp|kwd|qar|dollars?|euros?|pounds?|bucks|dólares|dolares|pesos|libras|francs?|livres?|Euro|Pfund|Franken|تومان|تومن|ریال|دلار|یورو|ريال|ريالا|درهم|دولار|جنيه|يورو|دينار|ر\\.س';
const PRICE_CUE =
  'total|amount|price|paid|charged|cost|refund of|precio|importe|pagué|pagado|cobrado|prix|montant|payé|facturé|Preis|Betrag|bezahlt|berechnet|Summe|مبلغ|قیمت|پرداخت کردم|هزینه|المبلغ|السعر|دفعت|بقيمة';

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|' +
  'januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|' +
  'فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند|ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|' +
  'يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول';
const DURATION_UNIT =
  'days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|días?|dias?|semanas?|meses|mes|años?|horas?|jours?|semaines?|mois|ans|années?|heures?|Tagen?|Wochen?|Monaten?|Monat|Jahren?|Jahr|Stunden?|روز|هفته|ماه|سال|ساعت|يوم|يوما|أيام|ايام|أسبوع|أسابيع|شهر|أشهر|سنة|سنوات|ساعة|ساعات';
const QUANTITY_WORD =
  'items?|pcs|pieces?|units?|pairs?|artículos?|articulos?|unidades|unidad|piezas?|pares|articles?|pièces?|paires?|exemplaires?|Stück|Stk|Artikel|Paar|Exemplare|قلم|جفت|قطعة|قطع|حبة|حبات|زوج|أزواج';
/** Quantity words that are also ordinary words ("تا" is also "until"): only after 1–2 digits. */
const SMALL_QUANTITY_WORD = 'x|more|extra|additional|más|plus|mehr|weitere|عدد|تا|دانه';
const PHONE_CUE =
  'tel|tél|phone|telephone|téléphone|telefone|teléfono|telefono|telefon|telefonnummer|handy|handynummer|mobile|mobil|móvil|movil|celular|cell|cellphone|portable|whats ?app|fax|call me(?: at| on)?|llámame al|appelez-moi au|rufen sie mich unter|تلفن|موبایل|شماره تماس|شماره تلفن|شماره همراه|شماره موبایل|تلفن همراه|هاتف|الهاتف|هاتفي|جوال|الجوال|جوالي|موبايل|رقم الهاتف|رقم الجوال|رقم هاتفي|اتصل بي على';
const POSTCODE_CUE =
  'zip(?: ?code)?|post ?code|postal code|postal|PLZ|Postleitzahl|C\\.?P\\.?|código postal|codigo postal|code postal|کد پستی|كد پستی|الرمز البريدي|الرمز البريدى|رمز بريدي|الرمز البري';
const TRACKING_CUE =
  'tracking(?: ?(?:number|code|id|no\\.?|nr\\.?|#))?|track(?:ing)? ?#|número de seguimiento|numero de seguimiento|seguimiento|n° de suivi|numéro de suivi|suivi|Sendungsnummer|Sendungsverfolgung|Trackingnummer|Tracking-Nummer|Paketnummer|کد رهگیری|شماره رهگیری|کد پیگیری مرسوله|رقم التتبع|رقم الشحنة|رقم تتبع|التتبع';
/** Words whose number is not an order number, even after "#" or "no." (invoice, SKU, ticket, flat). */
const OTHER_NUMBER_CUE =
  'invoice|inv\\.?|receipt|factura|recibo|facture|reçu|Rechnung|Rechnungsnummer|Rechnungs-Nr\\.?|Quittung|فاکتور|رسید|فاتورة|الفاتورة|إيصال|' +
  'sku|item|article|artículo|articulo|référence|réf\\.?|reference|referencia|Referenz|Artikelnummer|Art\\.-Nr\\.?|Artikel|product|producto|produit|Produkt|model|modelo|modèle|Modell|کد محصول|کد کالا|رمز المنتج|' +
  'ticket|case|rma|incidencia|dossier|Ticketnummer|Fall|تیکت|تذكرة|' +
  'apt\\.?|apartment|suite|unit|room|box|piso|depto\\.?|departamento|apartamento|appartement|app\\.?|Wohnung|Zimmer|پلاک|واحد|شقة|' +
  'customer|client|cliente|Kunde|Kundennummer|account|cuenta|compte|Konto|member|voucher|coupon|gift card|code|código|Gutschein|کد تخفیف|قسيمة|كوبون';
const STREET_WORD =
  'street|st\\.|avenue|ave\\.?|road|rd\\.|lane|ln\\.|drive|dr\\.|blvd|boulevard|way|court|ct\\.|place|pl\\.|calle|c/|avenida|av\\.|plaza|paseo|carrera|rue|chemin|allée|impasse|quai|straße|strasse|str\\.|weg|platz|gasse|allee|ring|damm|خیابان|کوچه|بلوار|میدان|پلاک|شارع|طريق|حي';

/**
 * chrono's casual parsers for en/es/fr/de, each parser's RegExp built once. Most chrono parsers
 * return a fresh regex literal from `innerPattern()`, which defeats chrono's own cache: every parse
 * rebuilt ~100 RegExps from their sources, half of chrono's time here. A parser's pattern depends
 * only on the parse options (we pass none), so the first one built is reused (lastIndex reset, as
 * if new); extraction and the refiners are chrono's own, so the results are the same.
 */
function withPatternsBuiltOnce(casual: chrono.Chrono): chrono.Chrono {
  const parsers = casual.parsers.map((parser): chrono.Parser => {
    let built: RegExp | undefined;
    return {
      pattern(context) {
        built ??= parser.pattern(context);
        built.lastIndex = 0;
        return built;
      },
      extract: (context, match) => parser.extract(context, match),
    };
  });
  return new chrono.Chrono({ parsers, refiners: [...casual.refiners] });
}

const CHRONO_PARSERS = [chrono.en.casual, chrono.es.casual, chrono.fr.casual, chrono.de.casual].map(withPatternsBuiltOnce);
const PHONE_COUNTRIES: CountryCode[] = ['US', 'GB', 'FR', 'DE', 'ES', 'MX', 'IR', 'SA', 'AE', 'EG'];

function re(source: string, flags = 'giu'): RegExp {
  return new RegExp(source, flags);
}

/** Spans of a global pattern's matches (an exec loop: matchAll would copy the long regex on every call). */
function collect(text: string, pattern: RegExp, kind: TrapKind, strong: boolean, group?: number, cued = false): TrapSpan[] {
  if (!pattern.global) throw new TypeError('collect needs a global pattern');
  const spans: TrapSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, pattern.unicode);
    let start = m.index;
    let end = start + m[0].length;
    if (group !== undefined) {
      const g = m[group];
      if (g === undefined) continue;
      start = m.index + m[0].lastIndexOf(g);
      end = start + g.length;
    }
    if (/\d/.test(text.slice(start, end))) spans.push({ start, end, kind, strong, cued });
  }
  return spans;
}

/** The index after `i`, a whole code point further with the u flag (as matchAll steps over an empty match). */
function advance(text: string, i: number, unicode: boolean): number {
  const code = text.charCodeAt(i);
  return unicode && code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

const CUE_FILLER = '(?:is|es|est|ist|lautet|my|mi|mon|ma|meine|من|هو|هي)';
const PHONE_CUE_RE = re(`${NB}(?:${PHONE_CUE})\\s*(?:[.:#]|no\\.?|number|nr\\.?|número|numéro|nummer|رقم|شماره)?\\s*(?:[.:])?\\s*(?:${CUE_FILLER}\\s+)?(\\+?[\\d(][\\d\\s().\\-/]{4,}\\d)`);
const PRICE_SYMBOL_BEFORE_RE = re(`(?:${CURRENCY_SYMBOL})\\s?(?:${AMOUNT})`);
const PRICE_SYMBOL_AFTER_RE = re(`${NB}(?:${AMOUNT})\\s?(?:${CURRENCY_SYMBOL})`);
const PRICE_WORD_AFTER_RE = re(`${NB}(?:${AMOUNT})\\s?(?:${CURRENCY_WORD})${NA}`);
const PRICE_WORD_BEFORE_RE = re(`${NB}(?:${CURRENCY_WORD})\\s?(?:${AMOUNT})${NA}`);
const PRICE_CUE_RE = re(`${NB}(?:${PRICE_CUE})${NA}\\s*:?\\s*(?:of\\s+|de\\s+|von\\s+)?(${AMOUNT})`);
// Decimal amounts (99.90, 99,90) and thousands separators (1,001 / 1.001) are never order names.
const DECIMAL_RE = /(?<![\d.,])\d+[.,]\d{2}(?![\d.,]*\d)/g;
const THOUSANDS_RE = /(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d])/g;
const ISO_DATE_RE = /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/g;
const DMY_DATE_RE = /(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\d)/g;
const DM_DATE_RE = /(?<![\d.])\d{1,2}\.\d{1,2}\.(?!\d)/g; // German "12.03." 
// "3 March 2024", "12 de marzo de 2024", "۱۵ مهر ۱۴۰۲": a year (Gregorian or Solar Hijri) after a month name.
const MONTH_YEAR_RE = re(`${NB}(?:\\d{1,2}\\.?\\s*(?:de\\s+)?)?(?:${MONTHS})${NA}\\.?,?\\s*(?:de\\s+|del\\s+)?(?:19|20|13|14)\\d{2}${NA}`);
const YEAR_CUE_RE = re(`${NB}(?:in|year|since|en|año|desde|en l'an|année|im Jahr|Jahr|seit|سال|عام|سنة|في عام)\\s+((?:19|20|13|14)\\d{2})${NA}`);
const DURATION_RE = re(`${NB}\\d+\\s*(?:${DURATION_UNIT})${NA}`);
const QUANTITY_RE = re(`${NB}\\d+\\s*(?:${QUANTITY_WORD})${NA}|${NB}\\d{1,2}\\s*(?:${SMALL_QUANTITY_WORD})${NA}`);
const VERB_ORDER_RE = re(`${NB}(?:to|will|would|i'd|we'd|can|could|should|want|wanna|may|might|please|gonna|need)\\s+(?:re-?)?order\\s+(\\d+)${NA}`);
// US/DE/FR/ES 5 digits (+4), Iranian 10 digits (5-5), UK "SW1A 1AA", Canadian "K1A 0B1".
const POSTCODE_TOKEN = '\\d{5}-?\\d{5}|\\d{3,6}(?:-\\d{3,4})?|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d';
const POSTCODE_CUE_RE = re(`${NB}(?:${POSTCODE_CUE})${NA}\\s*(?:${CUE_FILLER}\\s+)?[:#]?\\s*(${POSTCODE_TOKEN})(?![\\p{L}\\p{N}])`);
const POSTCODE_US_RE = /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?(?!\d)/g;
const POSTCODE_CITY_RE = re(`(?:^|\\n|,)\\s*(\\d{4,5})\\s+\\p{Lu}\\p{Ll}{2,}`, 'gmu');
const UK_POSTCODE_RE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g;
// A tracking token: letters+digits without spaces, or digit groups separated by single spaces/dashes.
const TRACKING_TOKEN = '[A-Z]{0,4}\\d[A-Z0-9]{5,34}|\\d{2,6}(?:[ -]\\d{2,6}){2,8}';
const TRACKING_CUE_RE = re(`${NB}(?:${TRACKING_CUE})${NA}\\s*(?:[:#]|no\\.?|nr\\.?|number|is|es|est|ist|رقم|:)?\\s*(?:[:#])?\\s*(${TRACKING_TOKEN})(?![\\p{L}\\p{N}])`);
const UPS_RE = /\b1Z[0-9A-Z]{16}\b/gi;
const S10_RE = /\b[A-Z]{2}\d{9}[A-Z]{2}\b/g;
const LONG_DIGITS_RE = /(?<![\d.,])\d{10,30}(?![\d])/g;
const GROUPED_LONG_DIGITS_RE = /(?<![\d.,])\d{4}(?: \d{4}){3,6}(?: \d{1,4})?(?![\d])/g;
const OTHER_CUE_RE = re(`${NB}(?:${OTHER_NUMBER_CUE})(?![\\p{L}])\\s*(?:[.:#\\-]|no\\.?|nr\\.?|nº|n°|number|número|numéro|nummer|id|رقم|شماره)?\\s*[:#]?\\s*([A-Z]*-?\\d[\\dA-Z\\-]*)`);
const STREET_LINE_RE = re(`^.*${NB}(?:${STREET_WORD})(?![\\p{L}]).*$`, 'gimu');
const LEADING_HOUSE_NUMBER_RE = re(`(?:^|\\n)\\s*(\\d{1,5}[a-z]?)\\s+(?:[\\p{L}.]+\\s+){0,3}(?:${STREET_WORD})${NA}`, 'gimu');

/** Digits as libphonenumber reads them (ASCII, fullwidth, Arabic-Indic, Persian): without one there is nothing to find. */
const ANY_DIGIT_RE = /[0-9\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/;
const ASCII_DIGITS_RE = /\d/g;

/**
 * Whether libphonenumber could find a number here that the filter in phoneSpans keeps: one with a
 * "+" or "(" or at least 9 ASCII digits. Scanning ten countries is the costliest part of the trap
 * search, and most emails ("where is #1001?", an order number on one line and a price on
 * another) can be ruled out by this count alone. It is counted per line: libphonenumber's matches
 * are digits, punctuation, spaces, tabs and extension labels, never a line break.
 */
function mayHoldPhoneNumber(text: string): boolean {
  return text.split(LINE_BREAK).some((line) => line.includes('+') || line.includes('(') || (line.match(ASCII_DIGITS_RE)?.length ?? 0) >= 9);
}
const LINE_BREAK = /[\n\r]/;

/**
 * libphonenumber's search throws and catches a ParseError for each candidate that is no number, and
 * V8 records a stack trace for every one (~30 % of the search). Nothing reads those traces, so none
 * is recorded during the search; the limit is restored before anything else runs.
 */
function findPhoneNumbers(text: string, country: CountryCode | undefined): ReturnType<typeof findPhoneNumbersInText> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return country ? findPhoneNumbersInText(text, { defaultCountry: country }) : findPhoneNumbersInText(text);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Phone numbers: libphonenumber across the stores' usual countries, plus "tel/phone/تلفن/هاتف" context. */
function phoneSpans(text: string): TrapSpan[] {
  const spans: TrapSpan[] = [];
  const seen = new Set<string>();
  for (const country of mayHoldPhoneNumber(text) ? [undefined, ...PHONE_COUNTRIES] : []) {
    const found = findPhoneNumbers(text, country);
    for (const f of found) {
      const key = `${f.startsAt}:${f.endsAt}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const raw = text.slice(f.startsAt, f.endsAt);
      // Lists ("1001, 1002"), dates ("2024-03-05") and short runs are not phone numbers here:
      // without a "tel/phone" word, a phone number has a "+", brackets, or at least 9 digits.
      const digits = raw.replace(/\D/g, '');
      if (/[,;]/.test(raw) || (digits.length < 9 && !/[+(]/.test(raw)) || (digits.length > 12 && !raw.includes('+'))) continue;
      spans.push({ start: f.startsAt, end: f.endsAt, kind: 'phone', strong: true });
    }
  }
  return [...spans, ...collect(text, PHONE_CUE_RE, 'phone', true, 1, true)];
}

/**
 * chrono is generous ("1001 may" → May of year 1001, "al 1" inside "total 1"): keep its spans
 * that hold a digit, start at a word boundary, and whose 3+-digit numbers are plausible years.
 */
function isPlausibleDate(text: string, r: chrono.ParsedResult): boolean {
  if (!/\d/.test(r.text)) return false;
  if (r.index > 0 && /[\p{L}\p{N}]/u.test(text[r.index - 1] ?? '')) return false;
  if (r.start.isCertain('year')) {
    const year = r.start.get('year') ?? 0;
    if (year < 1900 || year > 2100) return false;
  }
  return (r.text.match(/\d{3,}/g) ?? []).every((n) => /^(?:19|20)\d{2}$/.test(n));
}

function dateSpans(text: string): TrapSpan[] {
  const spans: TrapSpan[] = [];
  for (const parser of CHRONO_PARSERS) {
    for (const r of parser.parse(text)) {
      if (isPlausibleDate(text, r)) spans.push({ start: r.index, end: r.index + r.text.length, kind: 'date', strong: true });
    }
  }
  return [
    ...spans,
    ...collect(text, ISO_DATE_RE, 'date', true),
    ...collect(text, DMY_DATE_RE, 'date', true),
    ...collect(text, DM_DATE_RE, 'date', true),
    ...collect(text, MONTH_YEAR_RE, 'date', true),
    ...collect(text, YEAR_CUE_RE, 'date', true, 1),
    ...collect(text, DURATION_RE, 'date', true),
  ];
}

function priceSpans(text: string): TrapSpan[] {
  return [
    ...collect(text, PRICE_SYMBOL_BEFORE_RE, 'price', true),
    ...collect(text, PRICE_SYMBOL_AFTER_RE, 'price', true),
    ...collect(text, PRICE_WORD_AFTER_RE, 'price', true),
    ...collect(text, PRICE_WORD_BEFORE_RE, 'price', true),
    ...collect(text, PRICE_CUE_RE, 'price', true, 1),
    ...collect(text, DECIMAL_RE, 'price', true),
    ...collect(text, THOUSANDS_RE, 'price', true),
  ];
}

function postcodeSpans(text: string): TrapSpan[] {
  const spans = [
    ...collect(text, POSTCODE_CUE_RE, 'postcode', true, 1, true),
    ...collect(text, POSTCODE_US_RE, 'postcode', true),
    ...collect(text, UK_POSTCODE_RE, 'postcode', true),
    ...collect(text, POSTCODE_CITY_RE, 'postcode', false, 1),
    ...collect(text, LEADING_HOUSE_NUMBER_RE, 'postcode', false, 1),
  ];
  // Every number on a street line ("12 Rue de Rivoli", "Hauptstraße 5") is part of an address.
  for (const line of text.matchAll(STREET_LINE_RE)) {
    for (const n of line[0].matchAll(/\d+/g)) {
      spans.push({ start: line.index + n.index, end: line.index + n.index + n[0].length, kind: 'postcode', strong: false });
    }
  }
  return spans;
}

function trackingSpans(text: string): TrapSpan[] {
  return [
    ...collect(text, TRACKING_CUE_RE, 'tracking', true, 1, true).filter((s) => (text.slice(s.start, s.end).match(/\d/g) ?? []).length >= 6),
    ...collect(text, UPS_RE, 'tracking', true),
    ...collect(text, S10_RE, 'tracking', true),
    ...collect(text, LONG_DIGITS_RE, 'tracking', true),
    ...collect(text, GROUPED_LONG_DIGITS_RE, 'tracking', true),
  ];
}

function otherSpans(text: string): TrapSpan[] {
  return [
    ...collect(text, QUANTITY_RE, 'other', true),
    ...collect(text, VERB_ORDER_RE, 'other', true, 1),
    ...collect(text, OTHER_CUE_RE, 'other', true, 1, true),
  ];
}

/** All trap spans in an ASCII-digit text, unsorted, possibly overlapping. */
export function findTrapSpans(text: string): TrapSpan[] {
  // Every kind of trap holds a digit (see collect, isPlausibleDate, phoneSpans' filter).
  if (!ANY_DIGIT_RE.test(text)) return [];
  return [...phoneSpans(text), ...priceSpans(text), ...dateSpans(text), ...postcodeSpans(text), ...trackingSpans(text), ...otherSpans(text)];
}

/**
 * Tracking numbers the customer quoted (UPS 1Z…, UPU "LX123456789DE", long digit runs, or
 * anything after "tracking/Sendungsnummer/suivi/seguimiento/کد رهگیری/رقم التتبع"),
 * without spaces, upper-cased, in order of appearance. Phone numbers are left out unless cued.
 * Takes ASCII-digit text; callers use extractTrackingNumbers in orderNumbers.ts.
 */
export function findTrackingNumbers(t: string): string[] {
  const candidates = trackingSpans(t);
  if (candidates.length === 0) return [];
  // Phone numbers and cued postcodes only matter when an uncued candidate might be one of them.
  const notTracking = candidates.every((s) => s.cued) ? [] : [...phoneSpans(t), ...postcodeSpans(t).filter((s) => s.cued)];
  const spans = candidates
    .filter((s) => s.cued || !notTracking.some((p) => p.start < s.end && s.start < p.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue; // contained in a span already taken
    lastEnd = s.end;
    const value = t.slice(s.start, s.end).replace(/[\s-]/g, '').toUpperCase();
    if (!out.includes(value)) out.push(value);
  }
  return out;
}
