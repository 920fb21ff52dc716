/**
 * Signs that a customer is angry, for cues that escalate only then ("nobody replied to my last
 * email" said calmly is a question; said in capitals with "unacceptable" it is an angry repeat
 * contact). Folded patterns (lower case, no accents) in six languages; shouting is read on the raw text.
 */

/** Praise said in anger: "Super Service, wirklich.", "great service, really", "bravo", "merci pour rien". */
export const SARCASTIC_PRAISE = new RegExp(
  [
    String.raw`\b(?:great|excellent|amazing|fantastic|wonderful|brilliant|stellar|top|nice|good) (?:service|job|work|customer (?:service|care)|support)(?:[,.!]| (?:guys|there|as always))*\s*(?:really|truly|seriously|thanks a lot|well done|as always|indeed)\b`,
    String.raw`\b(?:thanks|thank you) for nothing\b|\b(?:well done|bravo|congrat\w*)(?: guys| everyone)?\s*[,.!]*\s*(?:really|seriously|truly)\b|\bwhat (?:a|an) (?:great|excellent|amazing|wonderful|fantastic) (?:service|experience|job)\b(?=[^?]*(?:not|never|no |still|nothing|\.\.\.|!))`,
    String.raw`\b(?:super|toller|klasse|spitzen|prima|ganz toller) (?:service|kundenservice|kundendienst|arbeit|leistung)(?:[,.!])*\s*(?:wirklich|echt|ehrlich|danke auch|gratuliere)\b|\bdanke fur nichts\b|\b(?:bravo|gratuliere)(?:[,.!])*\s*(?:wirklich|echt)\b`,
    String.raw`\bmerci pour rien\b|\b(?:super|excellent|bravo pour le|beau|quel) (?:service|travail|sav|boulot)(?:[,.!])*\s*(?:vraiment|franchement|encore bravo|bravo)\b|\bbravo(?:[,.!])*\s*(?:vraiment|franchement|encore|pour votre)\b`,
    String.raw`\bgracias por nada\b|\b(?:excelente|gran|genial|buen|menudo|vaya) (?:servicio|trabajo|atencion)(?:[,.!])*\s*(?:de verdad|eh|la verdad|en serio|enhorabuena|felicidades)\b|\b(?:bravo|felicidades|enhorabuena)(?:[,.!])*\s*(?:de verdad|en serio|eh)\b`,
    String.raw`(?:دستتون|دستتان|دستت) درد نکنه (?:واقعا|با این)|(?:عجب|چه) (?:خدماتی|پشتیبانی ای|سرویسی)|(?:خدمه|خدمات) (?:ممتازه|رائعه) (?:فعلا|بصراحه|حقا)|شکرا علی لا شیء|برافو علیکم`,
  ].join('|'),
);

/** Words of anger (folded, six languages). */
const ANGRY_WORDS =
  /\b(?:unacceptable|ridiculous|outrageous|disgrace\w*|disgusting|shocking|appalling|absurd|a joke|joke of a|fed up|sick (?:and tired )?of|enough is enough|last (?:chance|warning)|furious|livid|inacceptable|ridicule|scandal\w*|honteu\w*|inadmissible|marre|inaceptable|ridicul\w*|vergonzos\w*|indignante|una verguenza|harto|harta|unverschamt\w*|frechheit|lacherlich|unmoglich|inakzeptabel|skandal\w*|zumutung|es reicht|reicht (?:mir|jetzt))\b|غیر ?قابل قبول|مسخره|افتضاح|خسته شدم|بی ?احترامی|شرم ?اور|غیر مقبول|مهزله|سخیف|زهقت|طفح الکیل|عیب علیکم|فضیحه|مخزی/;

/** More than one contact named in the same breath: "my emails", "any of my messages", "again". */
export const MORE_THAN_ONE_CONTACT =
  /\b(?:my|all my|any of my) (?:e-?mails|messages|requests|calls|reminders|follow-?ups)\b|\b(?:mes|aucun de mes) (?:e-?mails|mails|messages|courriels|relances|demandes|appels)\b|\b(?:meine|keine meiner) (?:e-?mails|mails|nachrichten|anfragen|anrufe)\b|\b(?:mis|ninguno de mis) (?:correos|mensajes|e-?mails|reclamos|llamadas)\b|\b(?:again|once more|yet again|encore une fois|de nouveau|schon wieder|erneut|otra vez|de nuevo)\b|(?:ایمیل|پیام) ?(?:ها|هام|هایم)|دوباره|مجددا|رسائلی|ایمیلاتی|مره اخری/;

/** Whole words in capitals (Latin letters), ignoring short ones like order prefixes and carriers. */
const SHOUTED = /(?<![\p{L}\p{N}])[A-ZÄÖÜÉÈÀÑ]{4,}(?![\p{L}\p{N}])/gu;

/** Whether the customer's text sounds angry: shouting, "!!", words of anger, sarcastic praise. */
export function soundsAngry(raw: string, folded: string): boolean {
  if (/[!?]\s*!|!\s*[!?]/.test(raw)) return true;
  if ((raw.match(SHOUTED)?.length ?? 0) >= 2) return true;
  return ANGRY_WORDS.test(folded) || SARCASTIC_PRAISE.test(folded);
}
