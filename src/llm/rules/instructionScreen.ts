// The screen for attempts to instruct the agent ("ignore previous instructions…"), run before the
// classifier decides anything. A sender picks both the spelling and the hiding place, so the text
// is normalised first and every place a sender controls is read:
//  - normalisation: NFKC; zero-width and other invisible format characters removed; letters from
//    other scripts that look Latin (Cyrillic "а", Greek "ο", Cherokee "Ꭺ"…) mapped to the Latin
//    letter they imitate, per Unicode TR39's confusables data (the `unhomoglyph` package); then the
//    classifier's own folding (lower case, no accents, Arabic/Persian letter variants).
//  - places: subject, display name, the body (new, quoted, whole, signature), attachment file
//    names and the HTML's hidden text (src/mail/hiddenHtml.ts).
// The rules are the classifier's (INJECTION_RULES, six languages) plus a few phrasings of "set the
// earlier instructions aside" in Spanish, French, German, Persian and Arabic they did not cover.
import unhomoglyph from 'unhomoglyph';
import type { ParsedEmail } from '../../domain/email.ts';
import { LiteralIndex } from './cueIndex.ts';
import { type EscalationRule, INJECTION_RULES } from './escalation.ts';
import { foldText } from './normalize.ts';

export interface InstructionFinding {
  kind: 'prompt_injection';
  label: string;
  /** The folded text that matched, prefixed with where it was when not in the body ("display name: …"). */
  match: string;
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Invisible characters: format controls (zero-width space/joiners, bidi marks, word joiner, BOM, tags) and other default-ignorables. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const JOINERS = new Set(['\u200c', '\u200d']);

/**
 * Removes invisible characters. A zero-width non-joiner or joiner next to an Arabic-script letter
 * is kept: Persian writes "می‌خواهم" with one, and the folding turns it into a space as the rules expect.
 */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, (c, offset: number, whole: string) =>
    JOINERS.has(c) && (ARABIC_SCRIPT.test(whole[offset - 1] ?? '') || ARABIC_SCRIPT.test(whole[offset + 1] ?? '')) ? c : '',
  );
}

const confusableCache = new Map<string, string>();
/**
 * The Latin letters a character imitates, per TR39 confusables, or the character itself. Only
 * letters whose prototype is plain ASCII letters are mapped, and never Arabic-script ones (TR39
 * maps Arabic heh "ه" to "o" and "ö" to "ة": right for spotting look-alike names, wrong for
 * reading Persian or German).
 */
function latinLookalike(c: string): string {
  let mapped = confusableCache.get(c);
  if (mapped === undefined) {
    const prototype = ARABIC_SCRIPT.test(c) || !/\p{L}/u.test(c) ? c : unhomoglyph(c);
    mapped = /^[A-Za-z]+$/.test(prototype) ? prototype.toLowerCase() : c;
    confusableCache.set(c, mapped);
  }
  return mapped;
}

/** Text as the screen reads it: NFKC, invisible characters removed, Latin look-alikes mapped, then folded like the classifier's text. */
export function screenFold(s: string): string {
  const visible = stripInvisible(s.normalize('NFKC')).toLowerCase();
  // ASCII-only text (most mail) has nothing to map.
  const latin = /[^\x00-\x7f]/.test(visible) ? Array.from(visible, (c) => (c.charCodeAt(0) < 0x80 ? c : latinLookalike(c))).join('') : visible;
  return foldText(latin);
}

/** A file name as words: "ignore_previous-instructions.pdf", "IgnorePreviousInstructions.pdf" → "ignore previous instructions pdf". */
export function fileNameWords(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-.+~=]+/g, ' ');
}

const rule = (label: string, pattern: RegExp): EscalationRule => ({ kind: 'prompt_injection', label, pattern });

/** "Set the earlier instructions aside", in phrasings the classifier's rules miss (folded text). */
const SET_ASIDE_RULES: readonly EscalationRule[] = [
  rule(
    'haz caso omiso de las instrucciones',
    /\b(?:hag(?:a|an|as)? caso omiso|haz caso omiso|no (?:sigas|siga|sigan|hagas caso|haga caso|obedezcas|obedezca|tengas en cuenta|tenga en cuenta|respetes|respete|cumplas|cumpla)|desconsidera|desconsidere|descarta|descarte|pasa por alto|pase por alto|omite|omita|anula|anule|deja de lado|deje de lado|salta(?:te)?)\b[^.\n]{0,30}\b(?:(?:instrucciones|indicaciones|reglas|normas|directrices|ordenes|consignas)\b[^.\n]{0,20}\b(?:anteriores|previas|de arriba|del sistema|originales|iniciales)\b|(?:todas (?:las |tus |sus )?|las (?:anteriores|previas) )(?:instrucciones|indicaciones|reglas|normas|directrices|ordenes|consignas)\b)/,
  ),
  rule(
    'fais abstraction des consignes',
    /\b(?:fais abstraction|faites abstraction|passe outre|passez outre|outrepasse|outrepassez|laisse tomber|laissez tomber|ecarte|ecartez|neglige|negligez|ne (?:suis|suivez|respecte|respectez|tiens|tenez|obeis|obeissez|prends|prenez|applique|appliquez)\b[^.\n]{0,12}\b(?:pas|plus))\b[^.\n]{0,30}\b(?:(?:instructions|consignes|regles|directives|ordres|indications)\b[^.\n]{0,20}\b(?:precedentes|anterieures|ci-dessus|du systeme|systeme|initiales|originales|d'avant)\b|(?:toutes (?:les |tes |vos )?|les (?:precedentes|anciennes) )(?:instructions|consignes|regles|directives|ordres|indications)\b)/,
  ),
  rule(
    'beachte die Anweisungen nicht',
    /\b(?:beachte|befolge|folge|beachten sie|befolgen sie|folgen sie)\b[^.\n]{0,30}\b(?:vorherigen?|obigen?|bisherigen?|fruheren?|alten?|alle[nr]?|system)\b[^.\n]{0,20}\b(?:anweisungen|instruktionen|regeln|vorgaben|richtlinien|befehle|anordnungen|prompts?)\b[^.\n]{0,20}\bnicht\b|\b(?:verwirf|verwerfen sie|ubergehe|ubergehen sie|uberspringe|uberspringen sie|umgehe|umgehen sie|setze|setzen sie)\b[^.\n]{0,30}\b(?:vorherigen?|obigen?|bisherigen?|fruheren?|alle[nr]?|system)\b[^.\n]{0,20}\b(?:anweisungen|instruktionen|regeln|vorgaben|richtlinien|befehle|anordnungen|prompts?)\b/,
  ),
  rule(
    'دستورهای قبلی را کنار بگذار',
    /(?:دستور|قوانین|قواعد|رهنمود|دستورالعمل)[^.\n]{0,30}(?:قبلی|بالا|پیشین|قبل|سیستم)[^.\n]{0,30}(?:نادیده|توجه نکن|صرف ?نظر|فراموش|اعتنا نکن|پیروی نکن|گوش نکن|اجرا نکن|کنار بگذار)/,
  ),
  rule('تو اکنون مدیر هستی', /(?:^|\s)(?:تو|شما) (?:اکنون|الان|حالا|دیگر|از این (?:به )?بعد|از حالا(?: به بعد)?) [^.\n]{0,20}(?:مدیر|ادمین|صاحب|مالک|ربات|دستیار|هوش مصنوعی|مدل زبانی|کارمند)/),
  rule(
    'اترك التعليمات السابقة',
    /(?:اترک|اترکی|اهمل|اهملی|تجاوز|تخط|تخطی|لا تلتزم|لا تطع|لا تنفذ|الغ|تناس|ضع جانبا|دع)[^.\n]{0,20}(?:(?:التعلیمات|الاوامر|القواعد|الارشادات|التوجیهات)[^.\n]{0,20}(?:السابقه|اعلاه|الاصلیه|الاولی|النظام|القدیمه)|(?:کل|جمیع) (?:التعلیمات|الاوامر|القواعد|الارشادات|التوجیهات))/,
  ),
];

const RULES: readonly EscalationRule[] = [...INJECTION_RULES, ...SET_ASIDE_RULES];
/** Which rules may match a text, from the literals each needs (cueIndex.ts): the others are not run. */
const INDEX = new LiteralIndex(RULES.map((r) => r.pattern));

/** The first rule that matches a screened (screenFold) text, with its match. */
export function firstInstruction(folded: string): { rule: EscalationRule; match: RegExpExecArray } | null {
  for (const i of INDEX.scan(folded)) {
    const rule = RULES[i]!;
    const match = rule.pattern.exec(folded);
    if (match) return { rule, match };
  }
  return null;
}

/**
 * The first attempt to instruct the agent anywhere a sender controls, or null. The body comes
 * first (as before: its fields joined), then the places a reader of the body would not see.
 */
export function screenForInstructions(email: ParsedEmail): InstructionFinding | null {
  const places: [where: string | null, text: string][] = [
    [null, [email.subject, email.newText, email.quotedText, email.text, email.signature].join('\n')],
    ['display name', email.from.name],
    ['attachment name', email.attachments.map((a) => fileNameWords(a.filename ?? '')).join('\n')],
    ['hidden HTML text', email.hiddenText ?? ''],
  ];
  for (const [where, text] of places) {
    if (!text.trim()) continue;
    const found = firstInstruction(screenFold(text));
    if (found) {
      const match = found.match[0].trim().slice(0, 80);
      return { kind: 'prompt_injection', label: found.rule.label, match: where ? `${where}: ${match}` : match };
    }
  }
  return null;
}
