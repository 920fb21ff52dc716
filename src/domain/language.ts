import { eld } from 'eld/extrasmall';
import { TEMPLATE_LANGUAGES } from './languages.ts';

/**
 * Language of a short customer email, as an ISO 639-1 code or "und". eld (n-gram detector,
 * 60 languages) does the work; on top of it:
 * - Arabic script: Persian vs Arabic by letters only Persian uses (پ چ ژ گ ی ک, ZWNJ), letters
 *   only Arabic uses (ة ى ي ك) and a few very common function words, because eld's n-grams
 *   cannot tell "ممنون" or "شكرا" apart;
 * - very short text: a second eld instance limited to the template languages breaks near-ties
 *   ("Bitte stornieren" is not Danish);
 * - unsure on plain ASCII: English.
 * - very short text (a word or two: "Merci !", "Danke!"): common words of the template
 *   languages decide before the n-grams, which have too little to go on.
 * eld's extrasmall database: the large one is better on two-word emails but costs ~420 MB of
 * resident memory per process (small ~160 MB, extrasmall ~90 MB), which every worker would pay.
 */

const full = eld.newInstance();
const templates = eld.newInstance();
templates.setLanguageSubset([...TEMPLATE_LANGUAGES]);

const TEMPLATE_SET = new Set<string>(TEMPLATE_LANGUAGES);

/** Under this many letters a text is "short": template languages win near-ties. */
const SHORT_LETTERS = 25;
/** A template language within this ratio of the best score wins on short text. */
const NEAR_TIE = 0.9;
/** Below this score an unreliable guess on plain ASCII text falls back to English. */
const MIN_SCORE = 0.6;

const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu; // lookbehind: linear on long words
/** Tokens holding a digit: order names (#1001, SO-1001), tracking numbers, prices, dates. */
const DIGIT_TOKEN_RE = /\S*[\p{Nd}]\S*/gu;

function clean(text: string): string {
  return text.replace(URL_RE, ' ').replace(EMAIL_RE, ' ').replace(DIGIT_TOKEN_RE, ' ').replace(/\s+/gu, ' ').trim();
}

const ARABIC_SCRIPT_RE = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/gu;
const LATIN_RE = /\p{Script=Latin}/gu;

const FA_LETTERS_RE = /[پچژگ]/gu;
const FA_FORMS_RE = /[یک\u200c]/gu; // Persian yeh, keheh, zero-width non-joiner
const AR_LETTERS_RE = /[ةى]/gu;
const AR_FORMS_RE = /[يك]/gu; // Arabic yeh and kaf
const FA_WORDS = new Set(
  'است هست نیست را می نمی ممنون مرسی لطفا لطفاً کجا کجاست چرا هنوز خیلی ولی برای که شد بود کنید دارید کنم دارم باید این آن چی چه نه بله'.split(' '),
);
const AR_WORDS = new Set(
  'في على إلى الى لم لا هل ما التي الذي شكرا شكراً فضلك فضلكم أريد اريد مرحبا أن ان عن مع هذا هذه لقد تم كان قد متى لماذا أين اين نعم'.split(' '),
);
const SHORT_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('thanks thank you hello hi please order where cancel refund cheers great ok received'.split(' ')),
  es: new Set('gracias hola pedido por favor dónde donde cancelar reembolso saludos vale recibido muchas'.split(' ')),
  fr: new Set('merci bonjour commande svp stp annulez annuler remboursement colis où salut reçu beaucoup'.split(' ')),
  de: new Set('danke bitte hallo bestellung stornieren storno erstattung paket wo grüße vielen dank erhalten'.split(' ')),
};

/** On a word or two, the template language whose common words it uses (null when none or a tie). */
function shortTextLanguage(text: string): string | null {
  const words = text.toLowerCase().split(/[\s\p{P}]+/u).filter(Boolean);
  const hits = Object.entries(SHORT_WORDS).map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const).filter(([, n]) => n > 0);
  hits.sort((a, b) => b[1] - a[1]);
  if (hits.length === 0 || (hits.length > 1 && hits[0]![1] === hits[1]![1])) return null;
  return hits[0]![0];
}

/** Letters only Urdu or Sorani Kurdish use: leave those to eld. */
const UR_KU_RE = /[ٹڈڑںےۓہھڕڵۆێ]/u;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function persianOrArabic(text: string): 'fa' | 'ar' | null {
  const words = text.split(/[\s\p{P}]+/u).filter(Boolean);
  const fa = 3 * count(text, FA_LETTERS_RE) + count(text, FA_FORMS_RE) + 2 * words.filter((w) => FA_WORDS.has(w)).length;
  const ar = 3 * count(text, AR_LETTERS_RE) + count(text, AR_FORMS_RE) + 2 * words.filter((w) => AR_WORDS.has(w)).length;
  if (fa > ar) return 'fa';
  if (ar > fa) return 'ar';
  return null;
}

function bestTemplate(text: string): { language: string; score: number } | null {
  const scores = templates.detect(text).getScores();
  let best: { language: string; score: number } | null = null;
  for (const [language, score] of Object.entries(scores)) if (!best || score > best.score) best = { language, score };
  return best;
}

/** ISO 639-1 code of the text's language, or "und" when it cannot tell. */
export function detectLanguage(text: string): string {
  const cleaned = clean(text);
  const arabicLetters = count(cleaned, ARABIC_SCRIPT_RE);
  const latinLetters = count(cleaned, LATIN_RE);
  if (arabicLetters === 0 && latinLetters === 0) {
    const other = cleaned ? full.detect(cleaned) : null;
    return other?.language && other.isReliable() ? other.language : 'und';
  }

  const result = full.detect(cleaned);
  if (arabicLetters > latinLetters) {
    if (UR_KU_RE.test(cleaned) && (result.language === 'ur' || result.language === 'ku')) return result.language;
    return persianOrArabic(cleaned) ?? (result.language === 'fa' ? 'fa' : 'ar');
  }

  const short = latinLetters < SHORT_LETTERS;
  if (short) {
    const byWords = shortTextLanguage(cleaned);
    if (byWords) return byWords;
  }
  if (result.language && result.isReliable() && (!short || TEMPLATE_SET.has(result.language))) return result.language;
  // Only now the second detector: most emails are decided by the first one alone.
  const best = bestTemplate(cleaned);
  const isAscii = /^[\x00-\x7f]*$/.test(cleaned);
  if (best) {
    const top = Math.max(...Object.values(result.getScores()), best.score);
    const nearTie = best.score >= NEAR_TIE * top;
    if (isAscii && best.score < MIN_SCORE) return 'en';
    if (nearTie || !result.language) return best.language;
    if (result.isReliable()) return result.language;
    return isAscii ? 'en' : best.language;
  }
  if (result.language && result.isReliable()) return result.language;
  return isAscii ? 'en' : 'und';
}
