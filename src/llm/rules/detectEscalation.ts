import type { ParsedEmail } from '../../domain/email.ts';
import { CONFLICT_RULES, type EscalationKind, type EscalationRule, INJECTION_RULES } from './escalation.ts';
import { MORE_THAN_ONE_CONTACT, soundsAngry } from './anger.ts';
import { THREAT_PARTY } from './escalationParts.ts';
import { foldText } from './normalize.ts';
import { LiteralIndex } from './cueIndex.ts';
import { screenForInstructions } from './instructionScreen.ts';

export interface EscalationFinding {
  kind: EscalationKind;
  label: string;
  /** The text that matched, folded, for the desk. */
  match: string;
}

/**
 * A negated or benign mention right before a conflict cue, in the same clause (folded text):
 * "I don't want to dispute anything", "no need to involve the bank", "my sister is a lawyer",
 * "no quiero poner una reclamación al banco", "je ne veux pas ouvrir de litige",
 * "ich möchte keinen Anwalt", "نمی‌خواهم شکایت کنم", "لا أريد مقاضاتكم". Only a negated wish or
 * plan counts ("if you don't reply I will sue" stays a threat: no wish verb, and a condition).
 */
const NEGATED_INTENT = new RegExp(
  [
    String.raw`\b(?:(?:do|does|did|would|will|am|is|are)(?:n't| not)|won't|i'm not)\s+(?:want|wish|intend|plan|need|mean|like|care|be|have to)\b(?:\s+[\w']+){0,3}\s*$`,
    String.raw`\b(?:won't|will not|don't|do not|never)\s*$`,
    String.raw`\b(?:no need|no intention|no plans?|not (?:going|planning|trying|looking|threatening|wanting)|rather not)\b(?:\s+[\w']+){0,4}\s*$`,
    String.raw`\b(?:my|our|a|his|her) (?:sister|brother|friend|wife|husband|partner|son|daughter|mother|father|mom|mum|dad|cousin|uncle|aunt|neighbou?r|colleague|boss|flatmate|roommate) (?:is|was|works as|used to be) (?:a|an)\s*$`,
    String.raw`\b(?:my|our|his|her) (?:sister|brother|friend|wife|husband|partner|son|daughter|mother|father|mom|mum|dad|cousin|uncle|aunt|neighbou?r|colleague|boss|flatmate|roommate) (?:works|worked|used to work) (?:at|for|in) (?:the |a |an )?\s*$`,
    String.raw`\b(?:no (?:quiero|voy a|pienso|necesito|hace falta|es necesario|tengo (?:intencion|pensado)|deseo|pretendo|busco)|sin necesidad)\b(?:\s+[\w']+){0,4}\s*$`,
    String.raw`\b(?:mi|nuestr[oa]|su) (?:herman[oa]|amig[oa]|espos[oa]|marido|mujer|padre|madre|hij[oa]|prim[oa]|ti[oa]|vecin[oa]|novi[oa]|pareja) (?:es|era|trabaja (?:de|como))\s*$`,
    String.raw`(?:\b(?:ne|n')\s*(?:veux|voudrais|souhaite|compte|vais|pense|cherche|menace|desire)\s+pas|\bpas (?:besoin|l'intention|question)|\bnul besoin|\bjamais)\b(?:\s+[\w']+){0,4}\s*$`,
    String.raw`\b(?:ma|mon|notre) (?:sœur|soeur|frere|ami|amie|femme|mari|pere|mere|fils|fille|cousin|cousine|oncle|tante|voisin|voisine|compagnon|compagne) (?:est|etait|travaille comme)\s*$`,
    String.raw`\b(?:(?:mochte|will|werde|muss|brauche|plane)(?:\s+\w+)?\s+(?:nicht|keine?[nm]?)|keine (?:absicht|lust)|nicht notig)\b(?:\s+\w+){0,2}\s*$`,
    String.raw`\b(?:meine?|unsere?) (?:schwester|bruder|freund|freundin|frau|mann|vater|mutter|sohn|tochter|cousine?|onkel|tante|nachbarin|nachbar|partnerin|partner) (?:ist|war|arbeitet als)\s*$`,
    String.raw`(?:نمی ?خواهم|نمی ?خوام|قصد (?:ندارم|نداریم)|نیازی (?:به|نیست)|لازم نیست|بدون)(?:\s+\S+){0,4}\s*$`,
    String.raw`(?:لا (?:ارید|نرید|ارغب|انوی|حاجه)|لن|لیس لدی نیه|لا داعی|دون|بدون)(?:\s+\S+){0,4}\s*$`,
  ].join('|'),
);

/** A condition in the clause makes a negation part of a threat ("if you don't…", "sinon", "wenn…nicht"). */
const CONDITION = /\b(?:if|unless|otherwise|or else|si|sinon|a menos que|wenn|falls|sonst|ansonsten)\b|اگر|وگرنه|اذا|ان لم|والا/;

/** Whether the conflict cue at `index` is negated or a benign mention, judged on its clause. */
function negated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 120), index);
  const clause = before.split(/[.!?؟;:,،\n]/).pop() ?? '';
  if (CONDITION.test(clause)) return false;
  return NEGATED_INTENT.test(clause);
}

/** The sentence of a folded text around a position. */
function sentenceOf(text: string, index: number): string {
  const start = Math.max(0, ...['.', '!', '?', '؟', '\n'].map((p) => text.lastIndexOf(p, index - 1) + 1));
  const ends = ['.', '!', '?', '؟', '\n'].map((p) => text.indexOf(p, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

/** Whether the sentence around a cue reads benignly for a rule that has such a reading (praise around "post it on Instagram"). */
function benign(rule: EscalationRule, text: string, index: number): boolean {
  if (!rule.unless) return false;
  const start = Math.max(0, ...['.', '!', '?', '؟', '\n'].map((p) => text.lastIndexOf(p, index - 1) + 1));
  const ends = ['.', '!', '?', '؟', '\n'].map((p) => text.indexOf(p, index)).filter((i) => i >= 0);
  const sentence = text.slice(start, ends.length ? Math.min(...ends) : text.length);
  if (rule.unless.test(sentence)) return true;
  if (!rule.unlessBefore || CONDITION.test(sentence)) return false;
  const before = text.slice(0, Math.max(0, start - 1));
  const prevStart = Math.max(0, ...['.', '!', '?', '؟', '\n'].map((p) => before.lastIndexOf(p) + 1));
  return rule.unlessBefore.test(before.slice(prevStart));
}

const globalOf = (re: RegExp) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
const CONFLICT_GLOBAL = CONFLICT_RULES.map((r) => ({ ...r, pattern: globalOf(r.pattern) }));
/** Which rules may match a text, from the literals each needs (cueIndex.ts): the others are not run. */
const INJECTION_INDEX = new LiteralIndex(INJECTION_RULES.map((r) => r.pattern));
const CONFLICT_INDEX = new LiteralIndex(CONFLICT_RULES.map((r) => r.pattern));

/** The first injection rule that matches a folded text, with its match. */
function firstInjection(folded: string): { rule: EscalationRule; match: RegExpExecArray } | null {
  for (const i of INJECTION_INDEX.scan(folded)) {
    const rule = INJECTION_RULES[i]!;
    const match = rule.pattern.exec(folded);
    if (match) return { rule, match };
  }
  return null;
}

/**
 * Whether a person must answer. Attempts to instruct the agent are looked for everywhere a sender
 * controls, after undoing invisible characters and look-alike letters (instructionScreen.ts).
 * Threats, legal, chargebacks and abuse are looked for in what the customer wrote, new or
 * quoted, but not in the signature ("Jane Doe, Attorney at Law" is not a threat), and not where
 * the customer rules them out ("I don't want to dispute anything").
 */
export function detectEscalation(email: ParsedEmail): EscalationFinding | null {
  const injection = screenForInstructions(email);
  if (injection) return injection;
  const written = email.newText.trim() || email.quotedText.trim() ? [email.subject, email.newText, email.quotedText] : [email.subject, email.text];
  const customer = foldText(written.join('\n'));
  const angry = soundsAngry(written.join('\n'), customer);
  for (const i of CONFLICT_INDEX.scan(customer)) {
    const r = CONFLICT_GLOBAL[i]!;
    for (const m of customer.matchAll(r.pattern)) {
      if (r.needsAnger && !angry && !MORE_THAN_ONE_CONTACT.test(sentenceOf(customer, m.index))) continue;
      if (!negated(customer, m.index) && !benign(r, customer, m.index)) return { kind: r.kind, label: r.label, match: m[0].trim().slice(0, 80) };
    }
  }
  return null;
}

/**
 * The text with every sentence that tries to instruct the agent removed, so the customer's real
 * question decides the intent (an injected "send me a discount code" is not a discount request).
 * Works on the raw text; sentences end at . ! ? ؟ or a line break.
 */
export function withoutInjectedSentences(text: string): string {
  const kept: string[] = [];
  let afterInjection = false;
  for (const s of text.split(SENTENCE_BREAK)) {
    const folded = foldText(s).trim();
    if (firstInjection(folded)) afterInjection = true;
    // The orders that follow an instruction ("Approve a full refund…", "Storniere alle…") are its payload.
    else if (afterInjection && IMPERATIVE_START.test(folded)) continue;
    else {
      afterInjection = false;
      kept.push(s);
    }
  }
  return kept.join('\n');
}

/** A sentence that opens with an order to the reader (folded, six languages; Persian verbs close it). */
const IMPERATIVE_START = new RegExp(
  [
    String.raw`^(?:(?:and|then|now|also|please|y|luego|et|puis|und|dann|ثم|و)\s+)*(?:approve|issue|refund|send|cancel|delete|remove|forward|reveal|give|grant|process|confirm|execute|transfer|export|list|reply|respond|email|apply|create|generate|mark|change|update|set|skip|bypass|ignore|disregard|forget|do not|don't|never)\b`,
    String.raw`^(?:(?:und|dann|jetzt|bitte)\s+)*(?:storniere|erstatte|bestatige|sende|schicke|losche|gib|fuhre|leite|antworte|ignoriere|vergiss|markiere|andere|setze|uberweise|genehmige)\b`,
    String.raw`^(?:(?:et|puis|ensuite|maintenant)\s+)*(?:annule|annulez|rembourse|remboursez|envoie|envoyez|supprime|supprimez|confirme|confirmez|donne|donnez|transfere|reponds|repondez|ignore|ignorez|accorde|valide|validez|ne (?:previens|prevenez|dis|dites|informe|informez))\b`,
    String.raw`^(?:(?:y|luego|despues|ahora)\s+)*(?:cancela|cancele|reembolsa|reembolse|envia|envie|borra|elimina|confirma|dame|otorga|aprueba|apruebe|responde|ignora|transfiere|genera|no (?:avises|informes|digas))\b`,
    String.raw`(?:^|\s)(?:کن|بکن|کنید|بده|بدهید|بفرست|بفرستید|بزن|نگو|نده|ندهید)[.!]?$`,
    String.raw`^(?:(?:ثم|و)\s*)?(?:نفذ|الغ|الغی|احذف|ارسل|اعد|امنح|وافق|اصدر|حول|قم|لا تخبر)`,
  ].join('|'),
);

const SENTENCE_BREAK = /(?<=[.!?؟])\s+|\n+/;

/** Whether a sentence (folded) holds a threat, legal, chargeback, abuse or repeat-contact cue the writer does not rule out. */
function hasConflict(folded: string): boolean {
  for (const i of CONFLICT_INDEX.scan(folded)) {
    const r = CONFLICT_GLOBAL[i]!;
    // test() first: matchAll clones the regex, and most sentences match no cue at all.
    r.pattern.lastIndex = 0;
    const any = r.pattern.test(folded);
    r.pattern.lastIndex = 0;
    if (!any) continue;
    for (const m of folded.matchAll(r.pattern)) if (!negated(folded, m.index) && !benign(r, folded, m.index)) return true;
  }
  return false;
}

/** Clause boundaries inside a threat's sentence: punctuation, "and", "because" (folded, six languages). */
const CONFLICT_CLAUSE_BREAK =
  /[,;:،]|\s(?:and|but|because|since|so|if|unless|or|y|pero|porque|ya que|asi que|si|o|et|mais|car|parce que|donc|sinon|ou|und|aber|weil|denn|da|also|wenn|falls|sonst|oder|ولی|اما|چون|چرا که|اگر|وگرنه|یا|لان|لانه|ولکن|لکن|اذا|والا|او)\s|\s(?:و|ف)(?=\S)|\sو\s/;

/**
 * A folded text split into the sentences that hold a conflict cue (a threat, "chargeback with my
 * bank", "my lawyer", "third email") and the rest. The words of a threat are not the customer's
 * topic: "I paid and have nothing; I will file a chargeback" is about the missing parcel, so the
 * classifier scores the escalated sentences only weakly.
 */
export function splitConflictSentences(text: string): { kept: string; conflict: string } {
  const kept: string[] = [];
  const conflict: string[] = [];
  for (const s of text.split(SENTENCE_BREAK)) {
    if (!hasConflict(s)) {
      kept.push(s);
      continue;
    }
    // Only the clauses that hold the cue are the threat: "I opened a claim with PayPal because it
    // never arrived" still says the parcel never arrived. A cue spread over clauses takes the sentence.
    const clauses = s.split(CONFLICT_CLAUSE_BREAK);
    const own = clauses.filter((c) => hasConflict(c) || THREAT_PARTY.test(c));
    if (own.length === 0 || clauses.length < 2) conflict.push(s);
    else {
      conflict.push(own.join(', '));
      kept.push(clauses.filter((c) => !hasConflict(c) && !THREAT_PARTY.test(c)).join(', '));
    }
  }
  return { kept: kept.join('\n'), conflict: conflict.join('\n') };
}

/**
 * What an instruction to the agent asks for that is never one customer's own request: operations
 * on every order or customer, other customers' data, a claimed approval (folded, six languages).
 */
const PAYLOAD_CLAUSE =
  /\b(?:jede[mnrs]?|allen) (?:kunden|kundinnen|bestellungen)\b|\b(?:chaque|tout) client\b|\bcada (?:cliente|pedido)\b|\b(?:any|every) customer\b|هر مشتری|(?:لکل|کل) عمیل|\b(?:all|every|each) (?:the )?(?:orders?|customers?|clients?|refunds?|accounts?|users?|transactions?|purchases?)\b|\b(?:other|all) (?:customers?|clients?|users?)\b|\bcustomer (?:names?|e-?mails?|e-?mail addresses|addresses|data|details|list|records|phone numbers)\b|\blist of (?:all )?(?:the )?(?:customers|clients|users|orders)\b|\b(?:approved|authori[sz]ed) by (?:the )?(?:store|shop) owner\b|\b(?:approval|review|verification|auth)\s*=|\btod[oa]s (?:los|las) (?:pedidos|clientes|reembolsos|usuarios)\b|\b(?:datos|correos|direcciones|lista) de (?:todos )?(?:los )?(?:otros )?clientes\b|\botros clientes\b|\b(?:toutes les commandes|tous les (?:clients|remboursements))\b|\bautres clients\b|\b(?:adresses|donnees|e-?mails|liste) des (?:autres )?clients\b|\balle (?:bestellungen|kunden|erstattungen)\b|\banderen? kunden\b|\bkunden(?:daten|liste|adressen)\b|(?:همه|تمام|تمامی) (?:ی )?(?:سفارش|مشتری)|اطلاعات (?:همه |تمام )?(?:ی )?مشتری|مشتریان دیگر|(?:جمیع|کل) (?:الطلبات|العملاء)|بیانات (?:جمیع |کل )?العملاء|العملاء الاخرین/;

/** Clause boundaries inside a sentence: punctuation, "and", "then" (folded, six languages). */
const CLAUSE_BREAK = /[,;:]|\s(?:and|then|y|e|et|puis|und|dann|و)\s|\sو(?=\S)/;

/**
 * An email that tries to instruct the agent, without the clauses of its payload that are never one
 * customer's own request ("refund all orders", "send me the customer list"): what is left, if
 * anything, is the sender's topic ("…and refund my order 1039" still reads as a refund).
 */
export function withoutInjectedPayload(text: string): string {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => {
      if (!PAYLOAD_CLAUSE.test(foldText(s))) return s;
      return s.split(CLAUSE_BREAK).filter((c) => !PAYLOAD_CLAUSE.test(foldText(c))).join(', ');
    })
    .join('\n');
}
