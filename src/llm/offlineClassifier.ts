import type { Classification, ClassifierResult, Entities } from '../domain/classification.ts';
import type { ParsedEmail } from '../domain/email.ts';
import { IGNORED_INTENTS, type Intent } from '../domain/intents.ts';
import { detectLanguage } from '../domain/language.ts';
import { extractOrderNumbers, extractTrackingNumbers, type OrderNameFormat } from '../domain/orderNumbers.ts';
import type { ClassifyContext, Classifier } from './port.ts';
import { AR } from './rules/ar.ts';
import { DE } from './rules/de.ts';
import { EN } from './rules/en.ts';
import { ES } from './rules/es.ts';
import { detectEscalation } from './rules/detectEscalation.ts';
import { FA } from './rules/fa.ts';
import { FR } from './rules/fr.ts';
import { compilePhrase, foldText } from './rules/normalize.ts';
import { extractDiscountCode, extractNewAddress, extractProductQuery } from './rules/entities.ts';
import type { IntentCues, ScoredIntent } from './rules/types.ts';

const TABLES: Record<string, IntentCues> = { en: EN, es: ES, fr: FR, de: DE, fa: FA, ar: AR };

interface CompiledCue {
  lang: string;
  intent: ScoredIntent;
  re: RegExp;
  weight: number;
}

const CUES: CompiledCue[] = Object.entries(TABLES).flatMap(([lang, table]) =>
  Object.entries(table).flatMap(([intent, cues]) =>
    (cues ?? []).map(([pattern, weight]) => ({
      lang,
      intent: intent as ScoredIntent,
      re: typeof pattern === 'string' ? compilePhrase(pattern) : pattern,
      weight,
    })),
  ),
);

/** Intents that answer a customer's request, in tie-break order (the more specific first). */
const SERVICE_INTENTS = [
  'cancel_order',
  'change_address',
  'damaged_or_wrong_item',
  'refund_status',
  'return_or_exchange',
  'billing_payment',
  'discount_code',
  'order_status',
  'product_question',
] as const satisfies readonly ScoredIntent[];
type ServiceIntent = (typeof SERVICE_INTENTS)[number];

interface Hit {
  intent: ScoredIntent;
  lang: string;
  text: string;
  weight: number;
}

interface Segment {
  text: string;
  /** How much a cue found here counts: the subject of a reply repeats the old thread's topic. */
  factor: number;
  name: 'subject' | 'new' | 'quoted';
}

/** Each cue counts once per email, at the best factor among the segments it occurs in. */
function findHits(segments: Segment[]): Hit[] {
  const hits: Hit[] = [];
  for (const cue of CUES) {
    let best: { text: string; factor: number } | null = null;
    for (const seg of segments) {
      if (best && best.factor >= seg.factor) continue;
      const m = cue.re.exec(seg.text);
      if (m) best = { text: m[0], factor: seg.factor };
    }
    if (best && cue.weight > 0) hits.push({ intent: cue.intent, lang: cue.lang, text: best.text.trim(), weight: cue.weight * best.factor });
  }
  return hits;
}

function sumBy(hits: Hit[], intent: ScoredIntent): number {
  return hits.filter((h) => h.intent === intent).reduce((s, h) => s + h.weight, 0);
}

function maxBy(hits: Hit[], intent: ScoredIntent): number {
  return hits.filter((h) => h.intent === intent).reduce((s, h) => Math.max(s, h.weight), 0);
}

const REPLY_PREFIX = /^\s*(?:(?:re|aw|sv|vs|antw|rv|r|ref|res|fw|fwd|tr|wg|enc|rif|doorst|رد|پاسخ|فوروارد|ارسال مجدد|إعادة توجيه)\s*(?:\[\d+\])?\s*[:：]\s*)+/i;
const QUESTION = /[?؟]/;
/** "this/the/your <word>" in the supported languages (folded text). */
const ABOUT_A_THING =
  /(?<![\p{L}])(?:this|these|the|your|that|those|este|esta|estos|estas|el|la|los|las|ce|cet|cette|ces|le|les|votre|vos|dieser|diese|dieses|der|die|das|ihr|ihre)\s+(?!(?:order|package|parcel|account|website|site|e?mail|mailbox|store|shop|company|team|pedido|paquete|cuenta|tienda|commande|colis|compte|boutique|bestellung|paket|konto)(?![\p{L}]))\p{L}{3,}|(?:این|اون|آن)\s+\p{L}{2,}|(?:هذا|هذه|ذلک|تلک)\s+\p{L}{2,}/u;
const IN_ADVANCE = /\b(?:in advance|d'avance|de antemano|por adelantado|im voraus)\b|پیشاپیش|مسبقا/;
const AUTO_HEADERS = /^(?:auto-generated|auto-replied|auto-notified)/;
const MACHINE_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon)@/i;

/** Header evidence of machine mail, in case it reaches the classifier without the loop guard. */
function machineFromHeaders(email: ParsedEmail): 'auto_reply' | 'bounce' | 'spam_or_marketing' | null {
  const h = email.headers;
  if (email.contentType === 'multipart/report' || MACHINE_SENDER.test(email.from.address)) return 'bounce';
  const autoSubmitted = (h['auto-submitted'] ?? '').trim().toLowerCase();
  if (AUTO_HEADERS.test(autoSubmitted) || h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined) return 'auto_reply';
  const precedence = (h['precedence'] ?? '').trim().toLowerCase();
  if (precedence === 'auto_reply') return 'auto_reply';
  if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk' || h['list-unsubscribe'] !== undefined) return 'spam_or_marketing';
  return null;
}

/** Confidence from the margin between the best and the second-best score. */
function confidenceFrom(best: number, second: number): number {
  if (best <= 0) return 0.3;
  const margin = (best - Math.max(0, second)) / best;
  const strength = Math.min(1, best / 4);
  return Math.round(Math.min(0.97, 0.35 + 0.6 * margin * strength) * 100) / 100;
}

function ordersFor(email: ParsedEmail, format: OrderNameFormat, isReply: boolean): { orders: string[]; tracking: string[] } {
  // The customer's new words decide. The subject of a reply is the old thread's, and quoted history
  // or a forward may name older orders: each is read only when what comes before names none.
  const tiers: { subject: string; newText: string; quotedText: string }[] = [
    { subject: isReply ? '' : email.subject, newText: email.newText, quotedText: '' },
    { subject: email.subject, newText: email.newText, quotedText: '' },
    { subject: email.subject, newText: email.newText, quotedText: email.quotedText },
  ];
  let orders: string[] = [];
  for (const tier of tiers) {
    orders = extractOrderNumbers(tier, format).orderNumbers;
    if (orders.length > 0) break;
  }
  const tracking = [...new Set(extractTrackingNumbers([email.subject, email.newText, email.quotedText].join('\n')))];
  return { orders, tracking };
}

function pickLanguage(email: ParsedEmail, hits: Hit[]): string {
  const sample = email.newText.trim() || email.subject || email.text;
  const detected = detectLanguage(sample);
  if (detected !== 'und') return detected;
  const byLang = new Map<string, number>();
  for (const h of hits) byLang.set(h.lang, (byLang.get(h.lang) ?? 0) + h.weight);
  const top = [...byLang.entries()].sort((a, b) => b[1] - a[1])[0];
  return top ? top[0] : 'und';
}

/**
 * The offline rules classifier: keyword cues per language scored over the subject and the
 * customer's new text (quoted history only as a weak fallback), deterministic order-number
 * extraction, and escalation rules (threats, legal, chargebacks, abuse, attempts to instruct
 * the agent) that send the email to a person while keeping the best-guess intent.
 */
export function classifyOffline(email: ParsedEmail, ctx: ClassifyContext): Classification {
  const format: OrderNameFormat = { prefix: ctx.orderPrefix, suffix: ctx.orderSuffix };
  const isReply = REPLY_PREFIX.test(email.subject) || email.inReplyTo !== null;
  const subject = foldText(email.subject.replace(REPLY_PREFIX, ''));
  const newText = foldText(email.newText.trim() ? email.newText : email.quotedText.trim() ? '' : email.text);
  const quoted = foldText(email.quotedText);

  let hits = findHits([
    { text: subject, factor: isReply ? 0.5 : 1, name: 'subject' },
    { text: newText, factor: 1, name: 'new' },
  ]);
  const serviceScore = (hs: Hit[]) => Math.max(0, ...SERVICE_INTENTS.map((i) => sumBy(hs, i)));
  if (serviceScore(hits) < 2 && maxBy(hits, 'no_action') === 0 && sumBy(hits, 'spam_or_marketing') < 3) {
    // Nothing asked in the new text ("see below", a bare forward): let the quoted part speak, softly.
    hits = findHits([
      { text: subject, factor: isReply ? 0.5 : 1, name: 'subject' },
      { text: newText, factor: 1, name: 'new' },
      { text: quoted, factor: 0.5, name: 'quoted' },
    ]);
  }

  const { orders, tracking } = ordersFor(email, format, isReply);
  const language = pickLanguage(email, hits);
  const reasons: string[] = [];

  const scores = new Map<ServiceIntent, number>(SERVICE_INTENTS.map((i) => [i, sumBy(hits, i)]));
  const ranked = [...SERVICE_INTENTS].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  const top = ranked[0] ?? 'order_status';
  const topScore = scores.get(top) ?? 0;
  const secondScore = scores.get(ranked[1] ?? top) ?? 0;
  const thanks = maxBy(hits, 'no_action');
  const spam = sumBy(hits, 'spam_or_marketing');
  const other = sumBy(hits, 'other');
  const autoReply = sumBy(hits, 'auto_reply');
  const bounce = sumBy(hits, 'bounce');
  const hasQuestion = QUESTION.test(email.newText || email.text);

  let intent: Intent;
  let confidence: number;
  const headerVerdict = machineFromHeaders(email);
  const subjectMachine = hits.some((h) => (h.intent === 'auto_reply' || h.intent === 'bounce') && subject.includes(h.text));
  if (headerVerdict) {
    intent = headerVerdict;
    confidence = 0.95;
    reasons.push(`header: ${headerVerdict}`);
  } else if (bounce >= 3 && (subjectMachine || bounce >= 6) && bounce >= topScore) {
    intent = 'bounce';
    confidence = confidenceFrom(bounce, topScore);
  } else if (autoReply >= 3 && autoReply >= topScore) {
    intent = 'auto_reply';
    confidence = confidenceFrom(autoReply, topScore);
  } else if (spam >= 3 && spam >= topScore) {
    intent = 'spam_or_marketing';
    confidence = confidenceFrom(spam, topScore);
  } else if (thanks > 0 && !hasQuestion && thanks >= topScore && !IN_ADVANCE.test(newText)) {
    intent = 'no_action';
    confidence = confidenceFrom(thanks, topScore);
  } else if (other >= 2 && other > topScore) {
    intent = 'other';
    confidence = confidenceFrom(other, topScore);
  } else if (topScore > 0) {
    intent = top;
    confidence = confidenceFrom(topScore, Math.max(secondScore, spam, thanks > 0 && !hasQuestion ? thanks : 0));
  } else if (orders.length > 0) {
    intent = 'order_status';
    confidence = 0.4;
    reasons.push('only an order number: asking about the order');
  } else if (hasQuestion && other === 0 && ABOUT_A_THING.test(newText || subject)) {
    // A question about "this bag" / "the tent" with no order: in a store's inbox, a pre-sale question.
    intent = 'product_question';
    confidence = 0.35;
    reasons.push('a question about an item, no order number');
  } else {
    intent = 'other';
    confidence = 0.3;
  }
  reasons.push(
    ...hits
      .filter((h) => h.intent === intent)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, 3)
      .map((h) => `keyword: '${h.text}'`),
  );

  const machine = intent === 'auto_reply' || intent === 'bounce';
  const escalation = machine ? null : detectEscalation(email);
  if (escalation) reasons.unshift(`escalate (${escalation.kind}): '${escalation.match}'`);
  const action = escalation ? 'escalate' : IGNORED_INTENTS.has(intent) ? 'ignore' : 'reply';

  const entities: Entities = {
    trackingNumbers: tracking,
    productQuery: intent === 'product_question' ? extractProductQuery(email.newText || email.text, email.subject) : null,
    newAddress: intent === 'change_address' ? extractNewAddress(email.newText || email.text) : null,
    discountCode: extractDiscountCode(`${email.subject}\n${email.newText || email.text}`),
  };

  return {
    intent,
    action,
    orderNumbers: machine ? [] : orders,
    language,
    entities,
    confidence,
    reasons,
    escalation: escalation?.kind ?? null,
  };
}

export class OfflineClassifier implements Classifier {
  readonly kind = 'offline' as const;
  async classify(email: ParsedEmail, ctx: ClassifyContext): Promise<ClassifierResult> {
    return { classification: classifyOffline(email, ctx), source: 'offline', usage: null, fallbackReason: null, droppedOrderNumbers: [] };
  }
}
