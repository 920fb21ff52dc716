import { normalizeDigits } from '../../domain/orderNumbers.ts';

/**
 * Folds text so one keyword spelling matches the common ways people type it: lower case,
 * Latin accents dropped ("où" → "ou", "größe" → "große"), Arabic/Persian letter variants
 * unified (ي/ى → ی, ك → ک, ة → ه, hamza seats → bare alef), harakat, tatweel and ZWNJ
 * removed, Persian/Arabic-Indic digits to ASCII, typographic apostrophes to "'".
 * Keywords are folded with the same function, so the canonical choice never matters.
 */
export function foldText(s: string): string {
  return normalizeDigits(s)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(FOLDED_CHAR, (c) => FOLDED[c]!)
    .toLowerCase()
    .replace(SPACE_RUN, ' ')
    .replace(CONTRACTION_NO_APOSTROPHE, "$1n't");
}

/** A run of spaces, tabs and no-break spaces to fold to one space; a lone space is left as it is (most of them). */
const SPACE_RUN = / [ \t\u00a0]+|[\t\u00a0][ \t\u00a0]*/g;

/** Single characters folded to another (or none), in one pass: invisible marks, Arabic letter variants, quotes. */
const FOLDED: Record<string, string> = {
  ...Object.fromEntries([...'\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\u00ad'].map((c) => [c, ' '])),
  '\u0640': '',
  'ي': 'ی',
  'ى': 'ی',
  'ك': 'ک',
  'ة': 'ه',
  ...Object.fromEntries([...'\u2018\u2019\u02bc\u00b4`'].map((c) => [c, "'"])),
  ...Object.fromEntries([...'\u201c\u201d\u00ab\u00bb\u201e'].map((c) => [c, '"'])),
};
const FOLDED_CHAR = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');

/** "isnt", "dont", "havent" typed without the apostrophe ("cant" and "wont" are words too, but rarely in a support email). */
const CONTRACTION_NO_APOSTROPHE = /\b(is|are|was|were|has|have|had|do|does|did|ca|could|would|should|wo|must|need)nt\b/g;

const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

/**
 * Compiles a keyword phrase into a regex over folded text. Latin phrases must start at a word
 * start but may continue ("cancel" matches "cancelled"); spaces match any run of spaces or
 * hyphens. Arabic-script phrases match anywhere, because conjunctions and articles attach to
 * the word in front ("وأين", "بالطلب").
 */
export function compilePhrase(phrase: string): RegExp {
  const folded = foldText(phrase).trim();
  const arabicScript = ARABIC_SCRIPT.test(folded);
  // Persian/Arabic writers often join words or use ZWNJ instead of a space ("میخواهم").
  const body = folded
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(arabicScript ? '[\\s\\-]*' : '[\\s\\-]+');
  const start = arabicScript ? '' : '(?<![\\p{L}\\p{N}])';
  return new RegExp(start + body, 'u');
}
