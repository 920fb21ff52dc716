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
    .replace(/[\u200c\u200d\u200e\u200f\u2066-\u2069\u00ad]/g, ' ')
    .replace(/\u0640/g, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .toLowerCase()
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(CONTRACTION_NO_APOSTROPHE, "$1n't");
}

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
