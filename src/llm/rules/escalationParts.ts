import type { EscalationRule } from './escalation.ts';

/**
 * Escalation cues built from combinable parts instead of fixed phrases, in six languages
 * (folded text: lower case, no accents, ی/ک/ه, bare alef). A repeat contact is an ordinal or
 * a count next to a contact word; a chargeback is a payment party next to a reversal verb;
 * public shaming is a public venue next to a publish verb; an instruction attempt addresses the
 * machine, changes its mode or role, or hides the act from the staff. Each part is a list of
 * alternatives so a new phrasing needs one word added, not one sentence.
 */

const alt = (...parts: string[]) => `(?:${parts.join('|')})`;
/** Both parts in one sentence, in either order. */
const together = (a: string, b: string, gap = 80) => new RegExp(`${a}[^.!?؟\\n]{0,${gap}}?${b}|${b}[^.!?؟\\n]{0,${gap}}?${a}`);

const rule = (kind: EscalationRule['kind'], label: string, pattern: RegExp, unless?: RegExp, unlessBefore?: RegExp): EscalationRule => ({
  kind,
  label,
  pattern,
  ...(unless ? { unless } : {}),
  ...(unlessBefore ? { unlessBefore } : {}),
});

// ─── (a) repeat contact ────────────────────────────────────────────────────────────────
/** "third", "4th", "troisième", "dritte", "cuarta", "چهارمین", "ثالث" (folded). */
const ORDINAL = alt(
  String.raw`\b(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|\d{1,2}(?:rd|th))\b`,
  String.raw`\b(?:troisieme|quatrieme|cinquieme|sixieme|enieme|\d{1,2}(?:e|eme|ieme))\b`,
  String.raw`\b(?:dritte[nmrs]?|vierte[nmrs]?|funfte[nmrs]?|sechste[nmrs]?|x-te[nmrs]?|zigste[nmrs]?)\b`,
  String.raw`\b(?:tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|enesim[oa]|\d{1,2}(?:ra|ro|era|er|ta|to|a|o))\b`,
  String.raw`(?:سومین|چهارمین|پنجمین|ششمین|\d+ ?(?:امین|مین))`,
  String.raw`(?:ثالث|رابع|خامس|سادس|الثالث|الرابع|الخامس)`,
);
/** A contact noun right after an ordinal: "third email", "troisième relance", "dritte Mail", "چهارمین ایمیل". */
const CONTACT_NOUN = alt(
  String.raw`\b(?:e-?mails?|messages?|mails?|letters?|requests?|reminders?|follow-?ups?|complaints?|tickets?|inquir(?:y|ies)|enquir(?:y|ies)|chase|courriels?|relances?|demandes?|reclamations?|lettres?|nachrichten?|anfragen?|erinnerungen?|beschwerden?|schreiben|correos?|mensajes?|reclamos?|reclamaciones|solicitud(?:es)?)\b`,
  String.raw`(?:ایمیل|پیام|نامه|درخواست|پیگیری|رساله|رسائل|ایمیل|مراسله|شکوی)`,
);
/** "time" words an ordinal or a count goes with: "third time", "troisième fois", "dritten Mal", "cuarta vez", "بار سوم", "ثالث مرة". */
const TIME_WORD = String.raw`(?:\btimes?\b|\bfois\b|\bmal\b|\bveces\b|\bvez\b|(?<![\u0600-\u06ff])(?:بار(?:ه|ی)?|دفعه)(?![\u0600-\u06ff])|مره|مرات)`;
/** Persian/Arabic-script word edges: "دو بار" (twice) is not inside "أو دو بارفان" (eau de parfum) nor "دوباره" (again). */
const FA_START = String.raw`(?<![\u0600-\u06ff])`;
const FA_END = String.raw`(?![\u0600-\u06ff])`;
/** A count of contacts: "three times", "plusieurs fois", "mehrfach", "varias veces", "چند بار", "عدة مرات". */
const COUNT = alt(
  String.raw`\b(?:\d+|two|three|four|five|six|several|multiple|many|numerous|countless|a dozen|so many) times\b`,
  String.raw`\b(?:\d+|deux|trois|quatre|cinq|plusieurs|maintes|nombreuses|mille) fois\b`,
  String.raw`\b(?:(?:\d+|zwei|drei|vier|funf|mehrere|etliche|unzahlige|x|zig)[- ]?mal|mehrfach|mehrmals)\b`,
  String.raw`\b(?:\d+|dos|tres|cuatro|cinco|varias|muchas|mil) veces\b`,
  String.raw`${FA_START}(?:(?:\d+|دو|سه|چهار|پنج|چند|چندین|هزار) ?(?:بار|دفعه|تا ایمیل|تا پیام)|بارها)${FA_END}`,
  String.raw`(?:(?:\d+|ثلاث|اربع|خمس|عده|کم) (?:مرات|رسائل|ایمیلات)|مرارا|اکثر من مره)`,
);
/** Mail the shop sent, not the customer: "Ihre Werbe-E-Mails", "your newsletter emails", "vos mails". */
const NOT_THEIRS = String.raw`(?<!\b(?:your|ihre[nm]?|eure[nm]?|vos|votre|sus|vuestr[oa]s|tus|deine[nm]?)\s(?:[\w]+[- ])?(?:[\w]+-)*)`;
/** Writing or contacting the shop (folded, six languages). */
const CONTACT_VERB = NOT_THEIRS + alt(
  String.raw`\b(?:writ\w*|wrote|e-?mail\w*|messag\w*|contact\w*|reach\w* out|call\w*|ask\w*|chas\w*|follow\w* up|request\w*|complain\w*|told you)\b`,
  String.raw`\b(?:ecri\w*|envoi\w*|envoy\w*|contact\w*|relanc\w*|appel\w*|demand\w*|reclam\w*|sollicit\w*)\b`,
  String.raw`\b(?:schreib\w*|geschrieben|gemailt|maile|melde\w*|gemeldet|kontakt\w*|anfrag\w*|gefragt|frage|angerufen|rufe|erinner\w*|nachgefragt|nachricht\w*)\b`,
  String.raw`\b(?:escrib\w*|escrito|contact\w*|correo\w*|mensaje\w*|reclam\w*|pregunt\w*|llam\w*|solicit\w*|pido|pedido informacion)\b`,
  String.raw`${FA_START}(?:ایمیل|پیام|می ?نویسم|نوشتم|تماس|زنگ|پیگیری|درخواست|می ?پرسم|پرسیدم)`,
  String.raw`(?:اراسل|راسلت|راسلتکم|اکتب|کتبت|اتواصل|تواصلت|ارسل|ارسلت|اتصل|اتصلت|رساله|ایمیل|اسال|سالت|اشتکی)`,
);
/** No one at the shop answers (folded, six languages); not a door or a courier's phone. */
const NO_ONE_ANSWERS = alt(
  String.raw`\b(?:no ?one|nobody|noone) (?:ever |here |there |at (?:your|the) (?:shop|store|company) )?(?:is )?(?:answer\w*|repl\w*|respond\w*|gets? back|got back|has (?:answered|replied|responded|got(?:ten)? back)|bothers? to (?:answer|reply|respond))`,
  String.raw`\byou (?:never|don't|do not|won't|will not|keep not) (?:answer|reply|respond|get back)\b|\b(?:ignor\w*) my (?:e-?mails|messages|requests|calls)\b|\bno (?:answer|reply|response) to (?:any of )?my (?:e-?mails|messages|requests)\b`,
  String.raw`\bpersonne ne (?:me |nous )?(?:repond|rappelle|reagit|donne suite)|\bvous ne (?:me |nous )?repondez (?:jamais|pas|plus)|\baucune (?:reponse|nouvelle) (?:a|de) (?:mes|nos) (?:messages|mails|courriels|relances|demandes)`,
  String.raw`\bniemand (?:antwortet|meldet sich|reagiert|ruft zuruck)|\b(?:keine|nie eine) (?:antwort|reaktion) auf (?:meine|unsere) (?:mails|e-mails|nachrichten|anfragen)|\b(?:ihr|sie) (?:antwortet|antworten|reagiert|reagieren) (?:einfach )?(?:nicht|nie)\b`,
  String.raw`\bnadie (?:me |nos )?(?:responde|contesta|atiende|dice nada|da respuesta)|\bno (?:me |nos )?(?:responden|contestan) (?:nunca|nada|mis|los)\b|\bnunca (?:me )?(?:responden|contestan)\b`,
  String.raw`(?:هیچ ?کس|کسی|هیچکی|هیچ کی) (?:جواب|پاسخ) (?:نمی ?ده|نمیدن|نمی ?دهد|نمی ?دهند|نداد|ندادند)|(?:جواب|پاسخ) (?:نمی ?دید|نمی ?دهید|ندادید)|هنوز هیچ (?:جوابی|پاسخی)`,
  String.raw`(?:لا|ولا|ما) ?(?:احد|حد) (?:یرد|رد|یجاوب|جاوب|یستجیب)|محد (?:یرد|رد|یجاوب)|ماحد (?:یرد|رد)|لم یرد (?:علی|احد)|لا یوجد (?:ای )?رد|ما (?:تردون|تجاوبون)|لا (?:تردون|تجیبون)`,
);
/** The contact was with a carrier, a door or a bank, not the shop: "I called DHL three times", "no one answered the door". */
const NOT_THE_SHOP =
  /\b(?:dhl|ups|usps|fedex|dpd|gls|hermes|evri|royal mail|courier|carrier|driver|post office|postman|door|doorbell|bell|intercom|livreur|la poste|colissimo|chronopost|interphone|porte|sonnette|zusteller|paketbote|paketdienst|klingel|tur|correos|transportista|repartidor|mensajero|puerta|timbre)\b|پیک|پستچی|اداره پست|زنگ در|المندوب|البرید|ارامکس|سمسا|شرکه الشحن|الباب/;

/** A count that belongs to another act than writing to the shop: "schon zweimal abgemeldet", "unsubscribed 3 times". */
const OTHER_ACT = String.raw`(?:\b(?:unsubscrib\w*|opted out|abgemeldet|ausgetragen|abbestellt|desabonne\w*|desinscrit\w*|dado de baja|di de baja|ordered|bought|purchased|bestellt|gekauft|achete|compre)\b|لغو (?:اشتراک|عضویت)|الغیت الاشتراک)`;
const COUNT_OF_OTHER_ACT = new RegExp(`${COUNT}\\s+(?:\\S+\\s+)?${OTHER_ACT}|${OTHER_ACT}\\s+(?:\\S+\\s+)?${COUNT}`);

export const REPEAT_CONTACT_PARTS: readonly EscalationRule[] = [
  rule('repeat_contact', 'ordinal + contact noun', new RegExp(`${ORDINAL}\\s*${CONTACT_NOUN}|${CONTACT_NOUN}\\s*(?:ی )?(?:سوم|چهارم|پنجم|الثالثه|الرابعه|الخامسه)`)),
  rule('repeat_contact', 'ordinal time + contact word', together(`(?:${ORDINAL}\\s*${TIME_WORD}|${TIME_WORD}\\s*(?:ی )?(?:سوم|چهارم|پنجم|الثالثه|الرابعه|الخامسه)|zum (?:dritten|vierten|funften|x-ten|zigsten) mal)`, CONTACT_VERB, 60), NOT_THE_SHOP),
  rule('repeat_contact', 'count + contact word', together(COUNT, CONTACT_VERB, 40), new RegExp(`${NOT_THE_SHOP.source}|${COUNT_OF_OTHER_ACT.source}`)),
  // One unanswered mail said calmly is no angry repeat contact: it takes anger or more than one contact.
  { ...rule('repeat_contact', 'no one answers', new RegExp(NO_ONE_ANSWERS), NOT_THE_SHOP), needsAnger: true },
];

// ─── (b) chargeback / payment dispute ──────────────────────────────────────────────────
/** Who can take the money back: banks, card issuers, wallets, pay-later services (folded). */
const PAYMENT_PARTY = alt(
  String.raw`\b(?:bank|banks|card (?:issuer|company|provider)|credit card(?: company)?|paypal|klarna|afterpay|clearpay|affirm|stripe|apple ?pay|google ?pay|shop ?pay|mercado ?pago|visa|mastercard|amex|american express)\b`,
  String.raw`\b(?:banco|entidad bancaria|emisor de (?:la )?tarjeta|banque|carte (?:bancaire|bleue|de credit)|sparkasse|volksbank|hausbank|kreditkarte\w*|kartenanbieter|kreditinstitut)\b`,
  String.raw`(?:بانک|پی ?پال|شاپرک|البنک|بنکی|البطاقه|بطاقتی|بای ?بال|تابی|تمارا|ابل بای)`,
);
/** Reversal and dispute verbs a party carries out on the customer's word (folded, six languages). */
const REVERSAL = alt(
  String.raw`\b(?:revers\w*|disput\w*|charge ?back\w*|claw\w* (?:it |the money )?back|contest\w*|(?:open|file|raise|start|lodge|submit|make|made)\w* (?:a |an )?(?:claim|case)|claim (?:with|on|through)|(?:block|paus|freez|stopp?|halt)\w* (?:the |my )?(?:payment|charge|transaction|instal+ments?)s?)\b`,
  String.raw`\b(?:disputa\w*|contracargo\w*|desconoc\w*|revert\w*|anul\w* (?:el|la|los) (?:cargo|cobro|pago|compra)s?|devuelva\w* el (?:cargo|cobro)|bloque\w* (?:el|la) (?:pago|cargo)|contest\w*)\b`,
  String.raw`\b(?:opposition|litige|contest\w*|retrofactur\w*|rejet\w* (?:le|du|ce) (?:paiement|prelevement)|faire annuler (?:le|ce) (?:paiement|prelevement|debit))\b`,
  String.raw`\b(?:zuruckbuch\w*|ruckbuch\w*|zuruckhol\w*|zuruckforder\w*|ruckforder\w*|widerspr\w*|widerruf\w*|anfecht\w*|chargeback|kauferschutz|konflikt|streitfall)\b`,
  String.raw`(?:برگشت (?:بزن|زد|بخور)\w*|اعتراض|چارج ?بک|شکایت|(?:خواستم|درخواست)[^.\n]{0,25}(?:برگرد|برگشت|بازگشت|پس بگیر))`,
  String.raw`\b(?:asked|ask|asking|told|tell)\b[^.\n]{0,15}\b(?:to|for) (?:get |send |give |return )?(?:me )?(?:my|the) money back\b`,
  String.raw`(?:(?:طلبت|ساطلب|اطلب|بطلب|طالبت)(?: منهم| منه)? (?:استرجاع|استرداد|ارجاع|الغاء|ایقاف)|(?:استرجاع|استرداد|ارجاع|سحب)[^.\n]{0,25}(?:عبر|من خلال|عن طریق) |نزاع|اعتراض|عکس العملیه|الغاء العملیه|ایقاف (?:الدفع|العملیه)|chargeback)`,
);
/** Complaint words that are a dispute only with a bank or payment platform (not the shop, not "my card"). */
const PLATFORM = String.raw`(?:\b(?:bank|paypal|klarna|mercado ?pago|stripe|apple ?pay|google ?pay|banco|banque|paypal|bank)\b|بانک|پی ?پال|البنک|بنکی|بای ?بال)`;
const PLATFORM_CLAIM = String.raw`(?:\b(?:claim|case|reclamo|reclamacion|reclamation|plainte|dossier|beschwerde|reklamation|fall)\b|شکایت|شکوی|بلاغ|مطالبه)`;
/** A pending authorisation the bank releases by itself is not a dispute. */
const HOLD_RELEASED =
  /\b(?:pending|authori[sz]ation|pre-?auth\w*|hold|automatically|released|drop(?:s|ped)? off|falls? off|vormerkung|reservierung|autorisation|empreinte|pendiente|preautoriz\w*|retencion)\b|معلق|در انتظار/;

export const CHARGEBACK_PARTS: readonly EscalationRule[] = [
  rule('chargeback', 'payment party + reversal', together(PAYMENT_PARTY, REVERSAL, 70), HOLD_RELEASED),
  rule('chargeback', 'claim with a payment platform', together(PLATFORM, PLATFORM_CLAIM, 30)),
];

// ─── (c) public shaming ────────────────────────────────────────────────────────────────
/** Public places online (folded, six languages). */
const VENUE = alt(
  String.raw`\b(?:twitter|tweets?|(?:on|auf|sur|en) x|instagram|insta|tiktok|tik tok|facebook(?:-?gruppen?)?|fb|snapchat|snap|reddit|youtube|trustpilot|google(?: reviews?| bewertungen| avis| resenas| maps)?|yelp|tripadvisor|avis verifies|forums?|foren|social media|socials|soziale\w* (?:medien|netzwerke\w*)|reseaux(?: sociaux)?|redes(?: sociales)?|internet)\b`,
  String.raw`(?:اینستا\w*|توییتر|تویتر|تیک ?تاک|تلگرام|یوتیوب|فیسبوک|فضای مجازی|شبکه های اجتماعی|سناب\w*|انستغرام|انستقرام|انستا|تیک ?توک|فیس ?بوک|مواقع التواصل|وسائل التواصل|السوشیال)`,
);
/** Putting something where everyone sees it (folded, six languages). */
const PUBLISH = alt(
  String.raw`\b(?:post|posts|posting|posted|share|sharing|shared|publish\w*|upload\w*|tweet\w*|expose|exposing|blast\w*|warn\w*|tell|telling|write|writing|wrote|leave|leaving|review)\b`,
  String.raw`\b(?:publi\w*|poste\w*|poster|partag\w*|ecri\w*|racont\w*|balanc\w*|denonc\w*|expos\w*|diffus\w*|mettre|mettrai|laisse\w*|preveni\w*|avert\w*)\b`,
  String.raw`\b(?:posten|poste|gepostet|teile|teilen|geteilt|veroffentlich\w*|schreib\w*|bewert\w*|bericht\w*|erzahl\w*|warne\w*|hochlad\w*|lade \w+ hoch|anprangern|verbreit\w*)\b`,
  String.raw`\b(?:public\w*|subi\w*|subo|compart\w*|escrib\w*|contar\w*|cuento|difund\w*|expon\w*|expong\w*|escrach\w*|denunci\w*|resena\w*|valora\w*|pondre|poner|dejare|dejar|avisar\w*|advertir\w*)\b`,
  String.raw`(?:پست|منتشر|می ?ذارم|میزارم|می ?گذارم|بذارم|بزارم|پخش|افشا|می ?نویسم|بنویسم|اطلاع رسانی)`,
  String.raw`(?:^|\s)(?:ب|سا|راح ا?|رح ا?|لا|ا|و)?(?:انشر|نشر|اکتب|کتب|افضح|فضح|اشهر|اعرض|انزل|نزل|احذر|حط|احط)`,
);
/** "Your post on Instagram", "can I share…?", "I follow you on TikTok": a venue, but no threat. */
const NOT_SHAMING =
  /\b(?:vu|vue|apercu|trouve|decouvert|je vous suis|votre (?:publication|post|pub|video)|gesehen|entdeckt|gefunden|folge euch|folge ihnen|(?:ihren|euren|einen) (?:beitrag|post)|vi|visto|encontre|descubri|los sigo|(?:su|vuestra|una) publicacion)\b|دیدم|پیجتون|پیج شما|پست (?:شما|تون)|فالو|شفت|رایت|شاهدت|حسابکم|منشورکم|اتابعکم|\b(?:(?:your|the|a|an|this|that|their|from) (?:[\w-]+ )?(?:post|ad|advert|video|story|reel|giveaway|campaign)|(?:will|would|do|did|can|could|please) you|you (?:could |can |should |guys )?(?:post|share|publish|put)|saw|seen|found|follow\w*|discovered|came across|via|through (?:a|an|your)|can i|could i|may i|am i allowed|d'accord si|puis-je|darf ich|kann ich|puedo|podria)\b/;
/** Audiences: so that everyone knows, warn the others (folded, six languages). */
const AUDIENCE_KNOWS = alt(
  String.raw`\b(?:so (?:that )?|make sure |let )(?:everyone|everybody|all my friends|the world|people|other (?:customers|people|buyers)|others) (?:know|knows|will know|see|sees|can see|find out|finds out|learn|learns|is warned|are warned)\b|\b(?:warn|tell) (?:everyone|everybody|others|other (?:customers|people|buyers)|all my friends)\b`,
  String.raw`\b(?:pour que|afin que|que) tout le monde (?:sache|voie|soit au courant)\b|\b(?:prevenir|avertir) (?:tout le monde|les autres)\b`,
  String.raw`\bdamit (?:alle|jeder|jede\w*|die leute|andere kunden|andere) (?:wissen|weiss|sehen|sieht|erfahren|erfahrt|gewarnt)\b|\b(?:alle|andere kunden|andere) (?:warnen|davor warnen)\b`,
  String.raw`\bpara que (?:todo el mundo|todos|la gente|otros clientes|los demas) (?:sepa|sepan|vea|vean|se entere|se enteren)\b|\b(?:avisar|advertir) a (?:todo el mundo|todos|otros clientes|los demas)\b`,
  String.raw`(?:تا|که) همه (?:بدونن|بدانند|ببینن|ببینند|بفهمن|بفهمند)|به همه (?:میگم|می گویم|خبر میدم)`,
  String.raw`(?:عشان|حتی|لکی|لین|خل) (?:الناس|الجمیع|کل الناس|العالم) (?:تعرف|یعرف|یعرفون|تشوف|یشوف|یشوفون|یرون)|(?:قدام|امام) الناس|لیعرف الجمیع|لیری الجمیع|(?:الکل|الجمیع|کل الناس) (?:یشوف|یشوفون|یعرف|یعرفون|یدری|یدرون)|(?:محد|ما احد|لا احد) یشتری منکم`,
);
/** Verbs that mean exposing the shop by themselves (folded, six languages). */
const EXPOSE = alt(
  String.raw`\b(?:expose (?:you|your|this|the (?:shop|store|company))|name and shame|publicly (?:shame|expose)|make (?:this|it) (?:go )?viral)\b`,
  String.raw`\b(?:(?:vous )?(?:denoncer|exposer) publiquement|faire le buzz|bad buzz)\b`,
  String.raw`\b(?:an den pranger|offentlich machen|blosstellen|bloßstellen|shitstorm)\b`,
  String.raw`\b(?:escrach\w*|exponer\w* publicamente|hacer(?:lo)? viral)\b`,
  String.raw`(?:ابرو ?(?:تون|تان|ی ?تان|ی شما)? ?(?:را |رو )?(?:میبرم|می برم)|رسوا ?(?:تون|تان|یتان)? ?(?:میکنم|می کنم)|افشا ?(?:میکنم|می کنم))`,
  String.raw`(?:(?:ا|سا|لا|ب|راح ا|راح|سوف ا)فضح(?:کم|کو|ک)|فضیحتکم|التشهیر بکم|اشهر بکم)`,
);

/** Praise in the sentence makes a post a compliment ("5 stars on Instagram", "I love it"). */
const PRAISE =
  /\b(?:5|five)[- ]?stars?\b|\b(?:great|good|positive|glowing|lovely) reviews?\b|\btag (?:you|your)\b|\bshout ?out\b|\b(?:love|loved|adore) (?:it|them|the|your|this)\b|\brecommend\w*|\bhappy with\b|\bunboxing\b|\b(?:5|cinq) etoiles\b|\b(?:avis|commentaire) positif|\bbon avis\b|\b(?:5|cinco) estrellas\b|\b(?:resena|opinion|valoracion) positiva|\bbuena (?:resena|opinion)|\b(?:5|funf) sterne\b|\b(?:positive|gute) (?:bewertung|rezension)|\bempfehl\w*|\brecomend\w*|\brecommand\w*|\b(?:gorgeous|beautiful|stunning|obsessed|so happy|in love|genial|ravie?|encanta\w*|encantad[oa]|toll|begeistert|amazing|awesome|fantastic|wonderful|excellent|brilliant)\b|(?:5|پنج) ستاره|نظر مثبت|(?:5|خمس) نجوم|تقییم (?:ایجابی|ممتاز)/;

export const PUBLIC_SHAMING_PARTS: readonly EscalationRule[] = [
  rule('threat', 'venue + publish', together(PUBLISH, VENUE, 70), new RegExp(`${PRAISE.source}|${NOT_SHAMING.source}`), PRAISE),
  rule('threat', 'so everyone knows', new RegExp(AUDIENCE_KNOWS), PRAISE),
  rule('threat', 'expose the shop', new RegExp(EXPOSE), PRAISE),
];

// ─── (d) instruction attempts ──────────────────────────────────────────────────────────
/** The machine reading the mail, named right after an address (folded): Latin-script languages. */
const MACHINE_LATIN = String.raw`(?<![a-z])(?:the |any |all |this |whatever |your |das |den |dem |le |la |l'|el )?(?:(?:automated|automatic|virtual|ai|a\.i\.|ki|ia)[- ]?)?(?:systems?|ai|a\.i\.|llm|gpt|chat ?gpt|chat ?bot|bot|assistant|ki|ia|ki-system|ki-assistent\w*|assistent\w*|systeme|robot|intelligence artificielle|sistema|asistente|inteligencia artificial)\b(?! (?:admin\w*|administrat\w*|operator|status|error|outage))`;
/** Addressing someone: "note to", "Hinweis an", "à l'attention de", "nota para" + the machine. */
const ADDRESS_LATIN = alt(
  String.raw`\b(?:note|message|instructions?|attention|reminder|notice|memo|directive|command|p\.?s\.?)\s*(?:to|for)\s+`,
  String.raw`\b(?:hinweis|nachricht|anweisung|achtung)\s+(?:an|fur)\s+`,
  String.raw`\b(?:note|message|consigne|instruction)s?\s+(?:pour|au|a)\s+|\ba l'attention (?:de |du |des )`,
  String.raw`\b(?:nota|mensaje|aviso|instrucciones?|atencion)\s+(?:para|al|a)\s+`,
  String.raw`\b(?:dear|hey|hello|hi|attention|achtung|atencion)\s+`,
);
/** Persian: "یادداشت برای سیستم", "پیام به ربات", "خطاب به هوش مصنوعی". */
const ADDRESSED_FA = String.raw`(?:یادداشت|پیام|توجه|دستور|خطاب) (?:برای|به) (?:این )?(?:سیستم|ربات|دستیار|هوش مصنوعی)`;
/** Arabic: "ملاحظة للنظام", "رسالة إلى المساعد", "أيها البوت". */
const ADDRESSED_AR = String.raw`(?:(?:ملاحظه|رساله|تنبیه|تعلیمات|تعلیمه|توجیه|تنویه|اشعار) (?:الی )?|(?:ایها|عزیزی) )(?:ل|ال|لل)?(?:نظام|مساعد|بوت|ذکاء|روبوت)`;
/** The machine named anywhere (for "…that processes these mails"). */
const MACHINE = alt(MACHINE_LATIN, String.raw`(?:سیستم|ربات|دستیار|هوش مصنوعی)`, String.raw`(?:ال|ل)(?:نظام|مساعد|بوت|ذکاء|روبوت)`);
/** "…the system that processes these mails": the machine reading this. */
const READING_THIS = alt(
  String.raw`\b(?:reading|processing|handling|parsing|answering|triaging|sorting) (?:this|these) (?:e-?mails?|messages?|mails?|tickets?)\b`,
  String.raw`\b(?:diese|die) (?:mails?|e-mails?|nachrichten?|anfragen?) (?:bearbeitet|liest|verarbeitet|beantwortet)\b`,
  String.raw`\bqui (?:traite|lit|lis|repond a) (?:ces|les|ce) (?:mails?|e-?mails?|messages?|courriels?)\b`,
  String.raw`\bque (?:procesa|lee|gestiona|responde) (?:estos|los|este) (?:correos?|mensajes?|mails?|emails?)\b`,
  String.raw`(?:این|اين) (?:ایمیل|پیام)(?: ها)? (?:را |رو )?(?:پردازش|می ?خوان|بررسی)`,
  String.raw`(?:یعالج|یقرا|یعالج|یدیر) (?:هذه|هذا) (?:الرسائل|الرساله|الایمیلات|البرید)`,
);
/** Switching the machine to another mode or role. */
const MODE = alt(
  String.raw`\b(?:admin(?:istrator)?|developer|debug|god|root|superuser|unrestricted|sudo|owner) mode\b`,
  String.raw`\b(?:administrator|admin|entwickler|debug|root|wartungs?admin)modus\b|\bmodus (?:administrator|admin|entwickler)\b`,
  String.raw`\bmode (?:admin(?:istrateur)?|developpeur|debug|super ?utilisateur|proprietaire)\b`,
  String.raw`\bmodo (?:admin(?:istrador)?|desarrollador|depuracion|dios|root|propietario)\b`,
  String.raw`حالت (?:مدیر|ادمین|توسعه ?دهنده|مدیریت|دیباگ|مالک)`,
  String.raw`وضع (?:المسوول|المدیر|المطور|الادمن|المشرف|المالک)`,
);
/** "The rules no longer apply", "die bisherigen Regeln gelten nicht mehr", "القواعد لم تعد سارية". */
const RULES_OFF = alt(
  String.raw`\b(?:new|different|special) (?:rules|instructions) (?:apply|are in (?:effect|place|force)|from now)\b|\b(?:ab (?:sofort|jetzt) gelten neue|neue) regeln(?: gelten)?\b|\bnouvelles (?:regles|consignes) (?:s'appliquent|sont en vigueur)\b|\b(?:rigen|aplican|hay) nuevas (?:reglas|normas)\b|قوانین جدید (?:اعمال|برقرار)|قواعد جدیده`,
  String.raw`\b(?:rules|restrictions|policies|guidelines|instructions|limits) (?:no longer|don't|do not|will not|won't) apply\b|\b(?:rules|restrictions|limits) (?:are|have been) (?:lifted|suspended|disabled|removed|void)\b`,
  String.raw`\b(?:regeln|vorgaben|richtlinien|einschrankungen|anweisungen|beschrankungen) gelten (?:ab sofort |ab jetzt |jetzt |nun )?nicht mehr\b|\b(?:regeln|einschrankungen) (?:sind )?(?:aufgehoben|ausser kraft)\b`,
  String.raw`\b(?:regles|consignes|restrictions|instructions|limites) (?:precedentes |habituelles )?ne s'appliquent plus\b|\b(?:regles|restrictions) (?:sont )?(?:levees|suspendues|annulees)\b`,
  String.raw`\b(?:reglas|normas|restricciones|instrucciones|limites) (?:anteriores |habituales )?ya no (?:aplican|se aplican|son validas|rigen|cuentan)\b|\b(?:reglas|restricciones) (?:quedan |estan )?(?:suspendidas|anuladas|sin efecto)\b`,
  String.raw`(?:قوانین|قواعد|محدودیت ها|دستورالعمل ها)(?: قبلی)? (?:دیگر |دیگه )?(?:اعمال نمی|معتبر نیست|لغو شد|برداشته شد)`,
  String.raw`(?:القواعد|القیود|التعلیمات)(?: السابقه)? (?:لم تعد|لا) (?:تنطبق|ساریه|صالحه)|(?:القواعد|القیود) (?:ملغاه|الغیت)`,
);
/** Claiming to be the store's owner or staff. */
const OWNER_CLAIM = alt(
  String.raw`\b(?:i am|i'm|this is) (?:the |your )?(?:store|shop) (?:owner|admin|administrator|manager)\b|\b(?:i am|i'm|this is) (?:the )?(?:owner|admin|administrator|developer|ceo) of (?:this|the|your) (?:store|shop|company|business)\b`,
  String.raw`\bje suis (?:le |la )?(?:proprietaire|gerant\w*|administrat\w*|responsable|patron\w*) (?:de la |du |de cette )?(?:boutique|magasin|site|entreprise)\b`,
  String.raw`\bsoy (?:el |la )?(?:duen[oa]|propietari[oa]|administrador\w*|gerente) de (?:la |esta )?(?:tienda|empresa)\b`,
  String.raw`\bich bin (?:der |die )?(?:inhaber\w*|shopbetreiber\w*|betreiber\w*|eigentumer\w*|administrator\w*|geschaftsfuhrer\w*) (?:des|dieses|vom) (?:shops?|geschafts|ladens?)\b|\bich bin (?:der |die )?(?:shopinhaber\w*|shopbetreiber\w*)\b`,
  String.raw`من (?:مالک|صاحب|مدیر)(?: این)? فروشگاه`,
  String.raw`انا (?:مالک|صاحب|مدیر) (?:المتجر|هذا المتجر)`,
);
/** Granting authority or skipping the staff (folded, six languages). */
const AUTHORITY = alt(
  String.raw`\b(?:authori[sz]\w*|permission|full access|grant\w*|override|without (?:approval|review|waiting|staff))\b`,
  String.raw`\b(?:autoris\w*|autoriz\w*|permiso|berechtig\w*|vollmacht|genehmig\w*|pleins pouvoirs|plenos poderes)\b`,
  String.raw`(?:اجازه|مجوز|دسترسی کامل|اختیار کامل|صلاحیه|صلاحیات|اذن|امنحک|دون (?:انتظار )?موافقه)`,
);
/** Hiding the act from the people who review it. */
const CONCEAL = alt(
  String.raw`\b(?:do not|don't|never|no need to) (?:notify|tell|inform|alert|involve|cc|copy|loop in) (?:the |any |your )?(?:staff|team|humans?|support|employees|reviewers?|managers?|admins?)\b`,
  String.raw`\bwithout (?:telling|informing|notifying|involving|alerting|waiting for) (?:the |any |a )?(?:staff|team|humans?|support|agents?|employees|moderators?|reviewers?|approval)\b|\b(?:staff|team|humans?|support team|employees|reviewers?) (?:doesn't|don't|does not|do not|need not|needn't|must not|should not|shouldn't) (?:need to )?(?:be (?:informed|told|notified)|know|see)\b|\b(?:delete|remove|hide) this (?:message|e-?mail|mail) from (?:the )?(?:log|review|queue|history|records?)\b`,
  String.raw`\b(?:support-?team|team|mitarbeiter\w*|personal) (?:muss|mussen|braucht|brauchen) (?:daruber |davon )?nicht (?:informiert|benachrichtigt|in kenntnis)|\bohne (?:das (?:support-?)?team|die mitarbeiter\w*|freigabe|genehmigung) (?:zu (?:informieren|benachrichtigen|fragen))?|\blosche diese (?:nachricht|mail|e-mail)\b`,
  String.raw`\bsans (?:prevenir|informer|avertir|attendre) (?:l'equipe|le personnel|les employes|le support|un humain|la validation)\b|\bsupprime[zr]? ce (?:message|mail|courriel) (?:du|de l'|des) (?:journal|historique|file)`,
  String.raw`\bsin (?:avisar|informar|notificar|esperar) (?:al equipo|al personal|a los empleados|a soporte|a un humano|la aprobacion)\b|\bborra (?:este|el) (?:mensaje|correo) del (?:registro|historial)`,
  String.raw`بدون (?:اطلاع|خبر|تایید) (?:کارکنان|تیم|پشتیبانی|کارمندان|اپراتور)|(?:این پیام|این ایمیل) (?:را |رو )?از (?:سابقه|تاریخچه|لاگ|صف)`,
  String.raw`دون (?:انتظار )?(?:موافقه|علم|اخطار|ابلاغ) (?:الموظفین|الفریق|الدعم|الاداره)|احذف هذه الرساله|(?:لا|بدون) (?:تخبر|تبلغ) (?:الموظفین|الفریق)`,
);

export const INSTRUCTION_PARTS: readonly EscalationRule[] = [
  rule('prompt_injection', 'addresses the machine', new RegExp(`${ADDRESS_LATIN}${MACHINE_LATIN}|${ADDRESSED_FA}|${ADDRESSED_AR}`)),
  rule('prompt_injection', 'the machine reading this', together(MACHINE, READING_THIS, 40)),
  rule('prompt_injection', 'mode change', new RegExp(MODE)),
  rule('prompt_injection', 'rules no longer apply', new RegExp(RULES_OFF)),
  rule('prompt_injection', 'owner claim + authority', new RegExp(`${OWNER_CLAIM}[^]{0,160}?${AUTHORITY}|${AUTHORITY}[^]{0,80}?${OWNER_CLAIM}`)),
  rule('prompt_injection', 'hide it from the staff', new RegExp(CONCEAL)),
];

/**
 * Who a threat brings in (a bank, a payment platform, a lawyer, a public venue): inside a threat's
 * sentence, a clause naming one ("I will call my bank") belongs to the threat, not the topic.
 */
export const THREAT_PARTY = new RegExp(`${PAYMENT_PARTY}|${VENUE}|\\b(?:lawyers?|attorneys?|solicitors?|court|abogad[oa]s?|avocats?|anwalt\\w*|rechtsanwalt\\w*)\\b|وکیل|محام`);
