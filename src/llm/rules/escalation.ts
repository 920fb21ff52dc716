import { CHARGEBACK_PARTS, INSTRUCTION_PARTS, PUBLIC_SHAMING_PARTS, REPEAT_CONTACT_PARTS } from './escalationParts.ts';

/**
 * Cues that make a person answer instead of the agent, in every supported language. Regexes
 * run on folded text (src/llm/rules/normalize.ts: lower case, no accents, ي→ی, ك→ک, ة→ه,
 * أ/إ/آ→ا), so they are written that way. Order matters only for the reason shown first.
 */
export type EscalationKind = 'threat' | 'chargeback' | 'legal' | 'abuse' | 'prompt_injection' | 'repeat_contact';

export interface EscalationRule {
  kind: EscalationKind;
  pattern: RegExp;
  label: string;
  /** A benign reading of the same sentence that cancels the cue ("I'll post a 5-star review on Instagram"). */
  unless?: RegExp;
  /** A benign reading the sentence before may give, when the cue's own sentence sets no condition ("It's gorgeous. I'll post it on Instagram!"). */
  unlessBefore?: RegExp;
  /** The cue counts only in an angry mail, or when its sentence names more than one contact (rules/anger.ts). */
  needsAnger?: boolean;
}

const rule = (kind: EscalationKind, label: string, pattern: RegExp, unless?: RegExp, unlessBefore?: RegExp): EscalationRule => ({
  kind,
  label,
  pattern,
  ...(unless ? { unless } : {}),
  ...(unlessBefore ? { unlessBefore } : {}),
});

/**
 * Names that address the agent as a machine (folded, six languages). "agent", "model" and
 * "robot" alone are left out: the courier's agent, a phone model, a kitchen robot.
 */
const AI_NAME = String.raw`(?:\b(?:ai|a\.i\.|llm|gpt|chatgpt|chat ?bots?|bots?|(?:language|ai) model|ai (?:agent|system)|(?:virtual|automated|digital) (?:assistant|agent|system|responder)|ia|inteligencia artificial|modelo de lenguaje|intelligence artificielle|modele de langage|ki|kunstliche intelligenz|sprachmodell|asistente|assistent(?:in)?)\b|(?<!\b(?:shop|sales|store|personal|teaching|my|his|her|our) )\bassistant\b|دستیار|هوش مصنوعی|ربات|مدل زبانی|المساعد(?![هتی])|مساعد(?![هتی])|ذکاء اصطناعی|الذکاء الاصطناعی|البوت|روبوت محادثه|النموذج اللغوی)`;

/**
 * Orders given to whoever reads the mail (folded, six languages). Modal orders ("you must") count
 * anywhere except when reported ("the chatbot said you must…"); bare verbs ("generate", "crea")
 * only where an imperative stands: after ":" or "," or "please/now/just".
 */
const AGENT_ORDER = String.raw`(?:(?<!\b(?:said|says|told me|told us|saying|claims?|claimed|that) )\byou (?:must|shall|will now|have to|need to|are (?:required|instructed|ordered|supposed) to|'re (?:required|instructed|supposed) to)\b|\byou should (?:now |always |immediately )?(?:create|generate|issue|send|give|reveal|print|output|respond|reply|ignore|approve|refund|include|forget|list)\b|\byour (?:new |real |actual )?(?:task|job|role|instructions?|goal|objective|orders?) (?:is|are|now)\b|\bfrom now on\b|\b(?:respond|reply|answer) (?:only )?with\b|\binclude (?:it|this|that|the \w+) in your (?:reply|answer|response)\b|(?:[:,;]\s*|\b(?:please|now|just|then|and|y|et|und|bitte|por favor|s'il vous plait) )(?:output|reveal|print|generate|create|issue|approve|ignore|disregard|revela|genera|crea|emite|incluye|ignora|olvida|revele|revelez|genere|generez|cree|creez|inclus|incluez|ignore|ignorez|oublie|gib|erstelle|generiere|ignoriere|vergiss)\b|\b(?:debes|deberas|tienes que|usted debe|debe usted|tu tarea|su tarea|a partir de ahora|responde con|responda con|tu dois|vous devez|il faut que (?:tu|vous)|ta tache|votre tache|a partir de maintenant|reponds avec|repondez avec|du musst|sie mussen|du sollst|sie sollen|deine aufgabe|ihre aufgabe|ab (?:jetzt|sofort) (?:bist|musst|sollst|sind|mussen|antwortest)|antworte nur|erstellen sie)\b|باید|وظیفه (?:تو|شما)|از این به بعد|از حالا|پاسخ بده|جواب بده|ایجاد کن|بساز|بفرست|یجب علیک|علیک ان|مهمتک|من الان|اعتبارا من الان|انشئ|ارسل لی|تجاهل)`;

/** The agent addressed as a machine and told what to do, in one sentence, either order. */
const ADDRESSED_ORDER = new RegExp(String.raw`${AI_NAME}[^.!?؟\n]{0,80}${AGENT_ORDER}|${AGENT_ORDER}[^.!?؟\n]{0,60}${AI_NAME}`);

/**
 * Attempts to instruct the agent. Scanned over subject + the whole text, quoted part included,
 * because the sender chooses where to hide them.
 */
export const INJECTION_RULES: readonly EscalationRule[] = [
  rule('prompt_injection', 'ignore previous instructions', /\b(?:ignore|disregard|forget|skip|override|bypass|do not follow|don't follow)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|preceding|all|any|your|these|the|system|original)\b[^.\n]{0,30}\b(?:instructions?|prompts?|rules?|directives?|guidelines?|programming|polic(?:y|ies)|constraints?)/),
  rule('prompt_injection', 'disregard the above', /\b(?:disregard|ignore|forget) (?:everything |all )?(?:the |that )?(?:above|before|previous(?:ly)?|prior|said)\b(?! (?:e-?mails?|messages?|mails?|notes?|requests?|orders?|one|address))/),
  rule('prompt_injection', 'forget your rules', /\bforget (?:your|all|the|everything)\b[^.\n]{0,20}\b(?:rules|instructions|training|guidelines|told)/),
  rule('prompt_injection', 'you are now', /\byou are now (?:an? |the |my )?(?:(?:new|different|unrestricted|unfiltered|evil|helpful) )?(?:ai\b|assistant|agent|bot\b|chatbot|model|system|admin|administrator|developer|manager|store owner|shop owner|owner|support agent|dan\b|gpt|llm|employee|supervisor|refund bot|in [\w-]+ mode|free\b|unrestricted|jailbroken|no longer|going to|acting|operating|allowed|authori[sz]ed|able to (?:ignore|bypass|issue|approve))/),
  rule('prompt_injection', 'from now on you', /\bfrom now on,? (?:you|your|act|respond|answer|reply)/),
  rule('prompt_injection', 'act as', /\b(?:act|behave|respond|pretend|roleplay|role-play) (?:as|like) (?:if |though )?(?:a |an |the |my |you(?:'re| are) )?(?:(?:different|new|helpful|unrestricted|unfiltered) )?(?:ai|assistant|agent|bot|chatbot|model|system|admin|administrator|developer|manager|store owner|owner|support agent|customer service|dan|gpt|llm|human|employee|supervisor|refund (?:bot|agent))\b/),
  rule('prompt_injection', 'system override', /\b(?:system|admin|administrator|developer|security|safety|policy) override\b|\bas (?:the|your|an?) (?:administrator|admin|developer|store owner|shop owner|owner|manager|supervisor|ceo)\b[^.\n]{0,30}\b(?:authori[sz]e|order|instruct|allow|permit|command)/),
  rule('prompt_injection', 'reveal your instructions', /\b(?:translate|summari[sz]e|send|share|paste|copy|list)\b(?: me)? (?:your|the) (?:system |initial |hidden )?(?:instructions|prompt|rules|guidelines)\b(?! (?:for|to|on|of|in|that came|with|about)\b)/),
  rule('prompt_injection', 'ignore everything above', /\b(?:ignora|ignore|ignorez|ignoriere|olvida|olvide|oublie|oubliez|vergiss|descarta|omite)\b (?:todo |tout |alles )?(?:lo |ce qui |das )?(?:anterior|de arriba|previo|precede|est au-dessus|vorherige|obige|bisherige|oben)/),
  rule('prompt_injection', 'pretend to be', /\bpretend (?:to be|you are|you're)\b/),
  rule('prompt_injection', 'system prompt', /\bsystem (?:prompt|instructions?|message)\b|\b(?:hidden|developer|initial) (?:prompt|instructions)\b/),
  rule('prompt_injection', 'as an AI', /\bas an? (?:ai|a\.i\.|language model|llm|large language model|assistant|chatbot)\b/),
  rule('prompt_injection', 'addressed to the AI', /\b(?:dear|hey|hello|hi|attention|note (?:to|for)|message (?:to|for)|instructions? (?:to|for)) (?:the )?(?:ai|a\.i\.|llm|gpt|chatgpt|bot|language model|ai (?:assistant|agent|model)|support (?:bot|ai))\b[,:!]/),
  rule('prompt_injection', 'new instructions', /\b(?:new|updated|additional|important|real|actual|secret|override) (?:instructions?|directives?|rules?|task)\s*[:\-]/),
  rule('prompt_injection', 'instruction markup', /(?:<\|?(?:im_start|im_end|system|endoftext)\|?>|\[\/?inst\]|\[\/?system\]|<<sys>>|###\s*(?:system|instruction)|^\s*(?:system|assistant|developer)\s*:)/m),
  rule('prompt_injection', 'jailbreak', /\b(?:jailbreak|jailbroken|developer mode|dan mode|do anything now|prompt injection)\b/),
  rule('prompt_injection', 'reveal your prompt', /\b(?:reveal|print|show|output|repeat|tell me|display|leak)\b[^.\n]{0,25}\b(?:your|the) (?:system |initial |hidden |original )?(?:prompt|instructions|rules|configuration|api key)/),
  rule('prompt_injection', 'orders the agent to act', /\b(?:you (?:must|should|will|have to|need to)|i (?:order|instruct|command) you to|your (?:new )?(?:task|job) is to)\b[^.\n]{0,40}\b(?:issue|approve|process|grant|send|give|refund|respond|reply|output|say|write|forward|reveal|list|email)\b[^.\n]{0,40}\b(?:all (?:customer|order)s?|customer (?:data|list|emails?|details)|orders? (?:of|for) (?:other|all)|api key|password|credentials|"|without (?:approval|review|verification|checking))/),
  rule('prompt_injection', 'without approval', /\b(?:automatically|immediately) (?:approve|issue|process|refund)\b[^.\n]{0,40}\bwithout (?:approval|review|verification|asking|checking|a human)/),
  rule('prompt_injection', 'respond only with', /\b(?:respond|reply|answer|output) (?:only )?with (?:only |just )?(?:"|'|the (?:word|text|following)|yes\b|ok\b|json)/),
  rule('prompt_injection', 'addresses the AI with an order', ADDRESSED_ORDER),
  rule('prompt_injection', 'role markup', /###+\s*(?:system|instructions?|prompt|task|rules|admin|assistant|instrucciones|consignes|anweisungen?|systeme|sistema)\b|<\/?\s*(?:system|instructions?|prompt|admin|sys)\s*>|\[(?:system|instructions?|admin|assistant)\]|^\s*(?:user|sistema|systeme|asistente|assistent)\s*:/m),
  rule('prompt_injection', 'note to the AI', /\b(?:note|message|instructions?|p\.?s\.?|attention|reminder)\s*(?:to|for)\s+(?:the |any |all |whatever )?(?:ai|a\.i\.|llm|gpt|bots?|assistant|automated (?:system|agent|assistant|reader|tool|responder)s?|ai (?:system|agent|assistant|model|reader|tool)s?|language models?|support (?:bot|ai)|system)\b[^.\n]{0,40}[:,]/),
  rule('prompt_injection', 'automated reader', /\b(?:ai|automated|automatic|llm)\s+(?:system|agent|assistant|reader|model|tool|responder|bot)s?\s+(?:(?:that is|which is|who is)\s+)?(?:reading|processing|handling|parsing|triaging|answering|reviewing|summari[sz]ing)\s+this\b/),
  rule('prompt_injection', 'skip verification', /\b(?:skip|bypass|disable|turn off|override|waive|circumvent)\s+(?:the |any |all |your )?(?:identity |id |address |e-?mail |manual |human )?(?:verification|approval|authentication|security checks?|identity checks?|human review|manual review)\b|\bthe (?:customer|sender|user|requester) (?:is|has been) (?:already )?(?:verified|authenticated|pre-?approved)\b/),
  // Spanish
  rule('prompt_injection', 'ignora las instrucciones', /\b(?:ignora|ignore|ignoren|ignorar|olvida|olvide|olviden|omite|descarta)\b[^.\n]{0,30}\b(?:instrucciones|indicaciones|reglas|ordenes|normas)\b/),
  rule('prompt_injection', 'ahora eres', /\b(?:ahora eres|ahora usted es|a partir de ahora (?:eres|seras|responde|actua)|actua como|actue como|finge (?:ser|que eres)|haz de cuenta)\b/),
  rule('prompt_injection', 'instrucciones del sistema', /\b(?:prompt|instrucciones|mensaje) (?:del|de) sistema\b|\bnuevas instrucciones\s*[:\-]/),
  rule('prompt_injection', 'como ia', /\bcomo (?:una )?(?:ia|inteligencia artificial|modelo de lenguaje)\b/),
  // French
  rule('prompt_injection', 'ignore les instructions', /\b(?:ignore|ignorez|ignorer|oublie|oubliez|oublier|ne tiens pas compte|ne tenez pas compte)\b[^.\n]{0,30}\b(?:instructions|consignes|regles|directives|ordres)\b/),
  rule('prompt_injection', 'tu es maintenant', /\b(?:tu es maintenant|tu es desormais|vous etes maintenant|vous etes desormais|a partir de maintenant,? (?:tu|vous)|agis comme|agissez comme|fais comme si|faites comme si|joue le role|jouez le role)\b/),
  rule('prompt_injection', 'prompt systeme', /\b(?:prompt|instructions?|message) (?:du )?systeme\b|\bnouvelles (?:instructions|consignes)\s*[:\-]/),
  rule('prompt_injection', 'en tant que ia', /\ben tant qu'?(?:e)? ?(?:ia|intelligence artificielle|modele de langage|assistant)\b/),
  // German
  rule('prompt_injection', 'ignoriere die anweisungen', /\b(?:ignoriere|ignorieren|ignoriert|vergiss|vergessen sie|vergesst|missachte|missachten sie)\b[^.\n]{0,40}\b(?:anweisungen|anweisung|instruktionen|regeln|vorgaben|befehle|richtlinien)\b/),
  rule('prompt_injection', 'du bist jetzt', /\b(?:du bist (?:jetzt|ab sofort|nun)|sie sind (?:jetzt|ab sofort|nun)|ab (?:jetzt|sofort) (?:bist du|sind sie|antwortest du|handelst du)|handle als|handeln sie als|verhalte dich wie|tu so als|spiel die rolle)\b/),
  rule('prompt_injection', 'systemprompt', /\b(?:systemprompt|system-prompt|systemanweisung|systemnachricht)|\bneue anweisungen\s*[:\-]/),
  rule('prompt_injection', 'als ki', /\bals (?:eine? )?(?:ki|kunstliche intelligenz|sprachmodell)\b/),
  // Persian (folded: ی, ک, no ZWNJ)
  rule('prompt_injection', 'دستورالعمل‌ها را نادیده بگیر', /(?:دستورالعمل|دستورات|دستور|قوانین|قواعد|پرامپت|راهنمایی)[^.\n]{0,40}(?:را )?(?:نادیده|فراموش)|(?:نادیده|فراموش) (?:بگیر|کن)[^.\n]{0,30}(?:دستور|قوانین|قواعد)/),
  rule('prompt_injection', 'تو اکنون', /(?:تو|شما) (?:اکنون|الان|از این به بعد|از حالا) (?:یک|نقش|باید)|از (?:این به بعد|حالا|الان به بعد|الان) (?:تو|شما)|(?:تو|شما) (?:یک )?(?:دستیار|ربات|هوش مصنوعی|مدل زبانی)|نقش (?:یک )?(?:مدیر|ادمین|دستیار|ربات)[^.\n]{0,20}(?:را )?(?:بازی|ایفا)|پرامپت سیستم|دستورالعمل سیستم|دستورات جدید\s*:/),
  rule('prompt_injection', 'به عنوان هوش مصنوعی', /به عنوان (?:یک )?(?:هوش مصنوعی|مدل زبانی|دستیار)/),
  // Arabic (folded: ی, ه for ة, bare alef)
  rule('prompt_injection', 'تجاهل التعليمات', /تجاهل (?:کل )?ما سبق|(?:تجاهل|انس|اهمل|لا تتبع)[^.\n]{0,30}(?:التعلیمات|تعلیمات|الاوامر|اوامر|القواعد|قواعد|الارشادات)/),
  rule('prompt_injection', 'انت الان', /(?:انت|انتم) (?:الان|من الان) |تصرف (?:ک|بصفتک|کانک)|تظاهر بانک|موجه النظام|تعلیمات النظام|تعلیمات جدیده\s*:/),
  rule('prompt_injection', 'بصفتك ذكاء اصطناعي', /(?:بصفتک|کونک) (?:ذکاء اصطناعی|نموذج لغوی|مساعد)/),
  ...INSTRUCTION_PARTS,
];

/** Praise in the same sentence makes "I'll post it on Instagram" a compliment, not a threat (folded, six languages). */
const POSITIVE =
  /\b(?:5|five)[- ]?stars?\b|\b(?:great|good|positive|glowing|lovely) reviews?\b|\btag (?:you|your)\b|\bshout ?out\b|\b(?:love|loved|adore) (?:it|them|the|your|this)\b|\brecommend\w*|\bhappy with\b|\bunboxing\b|\b(?:5|cinq) etoiles\b|\b(?:avis|commentaire) positif|\bbon avis\b|\b(?:5|cinco) estrellas\b|\b(?:resena|opinion|valoracion) positiva|\bbuena (?:resena|opinion)|\b(?:5|funf) sterne\b|\b(?:positive|gute) (?:bewertung|rezension)|\bempfehl\w*|\brecomend\w*|\brecommand\w*|\b(?:gorgeous|beautiful|stunning|obsessed|so happy|in love|super|genial|ravie?|encanta\w*|encantad[oa]|toll|begeistert|amazing|awesome|fantastic|wonderful|excellent|brilliant|great (?:service|job|shop|store|products?|quality|experience))\b|(?:5|پنج) ستاره|نظر مثبت|(?:5|خمس) نجوم|تقییم (?:ایجابی|ممتاز)/;

/** Threats, legal, chargebacks, abuse and angry repeat contacts. */
export const CONFLICT_RULES: readonly EscalationRule[] = [
  // Chargebacks and payment disputes
  rule('chargeback', 'chargeback', /\bcharge ?backs?\b|\bcharge-back/),
  rule('chargeback', 'dispute with bank/PayPal', /\b(?:disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?)\b[^.\n]{0,40}\b(?:bank|paypal|card (?:issuer|company)|credit card|visa|mastercard|amex|american express|charge|transaction|payment)\b|\b(?:reverse|reversal)\b[^.\n]{0,40}\b(?:through|with|via|by) (?:my |the )?(?:bank|paypal|card (?:issuer|company)|credit card company)\b|\b(?:bank|paypal|card (?:issuer|company)|credit card company) (?:to )?(?:reverse|claw)|\bclaim (?:with|on|through) paypal\b|\bpaypal (?:claim|dispute|case)\b/),
  rule('chargeback', 'open a dispute', /\b(?:open|opened|opening|file|filed|filing|raise|raised|start|started) (?:a |an )?(?:dispute|paypal (?:claim|case|dispute)|claim with (?:paypal|my bank|the bank))\b/),
  rule('chargeback', 'contact my bank', /\b(?:call|contact|tell|ask|go to) my (?:bank|card (?:issuer|company)|credit card company)\b[^.\n]{0,40}\b(?:reverse|back|dispute|stop|cancel|refund|fraud)/),
  rule('chargeback', 'contracargo', /\bcontracargo|\b(?:disputa|reclamacion|reclamo)\b[^.\n]{0,30}\b(?:banco|paypal|tarjeta)\b|\b(?:anular|revertir|retroceder) (?:el|los) (?:cargo|cobro|pago)s?\b|\b(?:banco|tarjeta|paypal)\b[^.\n]{0,30}\b(?:anul|revert|retroced|devuelv|cancel)\w* (?:el|los|la|las) (?:cargo|cobro|pago|transaccion)/),
  rule('chargeback', 'litige bancaire', /\blitige (?:bancaire|paypal|avec (?:ma|la) banque|aupres de)|\b(?:ouvrir|ouvert|ouvre) (?:un )?litige\b|\bretrofacturation|\b(?:faire|fais|ferai|fait|faites) (?:une )?opposition|\bopposition (?:bancaire|sur (?:ma )?carte)|\bcontester (?:le|ce) (?:paiement|prelevement|debit)/),
  rule('chargeback', 'rückbuchung', /\bruckbuchung|\bzuruckbuchen|\bzuruckbuchung|\blastschrift (?:zuruck|widerrufen|zuruckgeben)|\bkauferschutz|\bpaypal[- ]?(?:konflikt|fall)\b|\bwiderspruch (?:bei|uber) (?:meiner |der )?(?:bank|paypal|kreditkarte)/),
  rule('chargeback', 'برگشت وجه از بانک', /(?:شکایت|اعتراض)[^.\n]{0,20}(?:به|از طریق|در) (?:بانک|پی پال)|چارج ?بک|برگشت (?:زدن )?تراکنش/),
  rule('chargeback', 'نزاع مع البنك', /(?:نزاع|اعتراض|شکوی)[^.\n]{0,20}(?:البنک|بنکی|بای بال)|(?:ساطلب|طلبت|سنطلب) من (?:البنک|بنکی)|عکس العملیه|الغاء العملیه (?:من|عبر) البنک/),
  // Legal
  rule('legal', 'sue / lawyer', /\b(?:sue|suing|sued|lawsuit|lawyers?|attorneys?|solicitors?|legal (?:action|steps|remedies|remedy|proceedings|measures|route|recourse|counsel|team)|formal notice|notice before action|legally|(?:in|to|into|before|see you in) (?:a |the )?court|court (?:case|action|order|claim|date|hearing)|small claims|litigation|class action|legal department)\b/),
  rule('legal', 'abogado', /\b(?:abogad[oa]s?|demandar(?:e|les|los)?|demanda judicial|acciones? legal(?:es)?|tribunal(?:es)?|juzgado|denunciar(?:e|los)?|denuncia)\b/),
  rule('legal', 'avocat', /\b(?:avocats?|poursuivre en justice|poursuites? (?:judiciaires)?|action en justice|tribunal|porter plainte|je porte plainte|mise en demeure|plainte)\b/),
  rule('legal', 'Anwalt', /\b(?:anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|anwalte|verklagen|klage einreichen|vor gericht|gerichtlich|rechtliche schritte|strafanzeige|anzeige erstatten|mahnverfahren|abmahnung)/),
  rule('legal', 'وکیل', /وکیل|دادگاه|شکایت (?:می کنم|میکنم|خواهم کرد|کنم)|پیگرد قانونی|اقدام قانونی|مراجع قانونی|شکایت قانونی/),
  rule('legal', 'محامي', /محام|المحکمه|محکمه|مقاضاه|رفع دعوی|دعوی قضاییه|اجراءات قانونیه|الاجراءات القانونیه|ساشتکی|سارفع شکوی|ساقدم شکوی/),
  // Threats
  // Payment providers' own dispute processes (folded, six languages).
  rule('chargeback', 'claim with a payment provider', /\b(?:opened|open|opening|filed|file|filing|raised|raise|lodged|lodge|started|start|submitted|submit|initiated|put in|made) (?:a |an )?(?:dispute|claim|case|chargeback|complaint)\b[^.\n]{0,50}\b(?:with|through|on|via|at|to) (?:my |the )?(?:paypal|klarna|afterpay|clearpay|affirm|stripe|apple(?: pay)?|google(?: pay)?|shop pay|bank|card (?:issuer|company|provider)|credit card(?: company)?|visa|mastercard|amex|american express)\b|\b(?:paypal|klarna|afterpay|clearpay|affirm|apple pay|google pay|my bank|the bank|card issuer|card company|credit card company|visa|mastercard|amex)\b[^.\n]{0,40}\b(?:opened|opening|started|raised|filed|are investigating|is investigating) (?:a |an )?(?:dispute|claim|case|investigation)\b|\b(?:reported|report|reporting) (?:it|this|the (?:charge|payment|transaction)s?|you) to (?:my bank|the bank|paypal|klarna|afterpay|apple|google|visa|mastercard|amex|my card issuer|my credit card company)\b|\b(?:asked|ask|asking|requested|request) (?:my bank |the bank |paypal |klarna |apple |them )?(?:for |to )?(?:the |a |my )?(?:charge|payment|transaction)s? (?:to be )?(?:reversed|charged back|clawed back)/),
  rule('chargeback', 'reclamación PayPal', /\b(?:abierto|abrir|abrire|abri|abro|puesto|poner|pondre|presentado|presentar|presentare|iniciado|iniciar|hecho|hacer|hare)\s+(?:una |un )?(?:disputa|reclamacion|reclamo|contracargo|caso)\b[^.\n]{0,50}\b(?:paypal|klarna|banco|tarjeta|visa|mastercard|amex|apple pay|google pay|entidad)\b|\b(?:paypal|klarna|banco|tarjeta)\b[^.\n]{0,40}\b(?:disputa|reclamacion|reclamo|contracargo)\b/),
  rule('chargeback', 'réclamation PayPal', /\b(?:reclamation|litige|contestation|opposition)s? (?:paypal|klarna|bancaire|carte|visa|mastercard|amex)\b|\b(?:ouvert|ouvrir|ouvre|ouvrirai|fait|faire|ferai|depose|deposer|deposerai|lance|lancer|lancerai|engage|engager|engagerai)\s+(?:un |une )?(?:litige|reclamation|contestation|opposition)\b[^.\n]{0,50}\b(?:paypal|klarna|banque|carte|visa|mastercard|amex|apple pay)\b|\b(?:paypal|klarna|ma banque|la banque)\b[^.\n]{0,40}\b(?:litige|contestation)\b/),
  rule('chargeback', 'Streitfall', /\bstreitfall|\b(?:paypal|klarna|bank|kreditkarte\w*|kartenanbieter|visa|mastercard|amex)\b[^.\n]{0,60}\b(?:konflikt|reklamation|beschwerde|widerspruch|anfechtung|ruckforderung)\b|\b(?:konflikt|reklamation|beschwerde|widerspruch|anfechtung)\b[^.\n]{0,40}\b(?:bei|uber|mit) (?:paypal|klarna|der bank|meiner bank|meiner kreditkarte\w*|visa|mastercard|amex)\b|\bzahlung (?:angefochten|zuruckgefordert|reklamiert)/),
  rule('chargeback', 'اعتراض به بانک', /(?:به|از) (?:بانک|پی ?پال)[^.\n]{0,30}(?:اعتراض|شکایت)|اعتراض (?:به )?(?:تراکنش|برداشت|کسر)/),
  rule('chargeback', 'اعتراض على العملية', /(?:فتحت|فتح|سافتح|قدمت|ساقدم|رفعت|سارفع) (?:نزاع|نزاعا|اعتراض|اعتراضا|شکوی|مطالبه)[^.\n]{0,40}(?:البنک|بنکی|بای ?بال|paypal|کلارنا|تابی|تمارا|البطاقه|بطاقتی)|اعتراض علی (?:العملیه|المعامله|الخصم|الدفع|المبلغ)|(?:البنک|بنکی|بای ?بال|paypal)[^.\n]{0,30}(?:نزاع|اعتراض)/),
  // Regulators and consumer bodies (folded, six languages).
  rule('threat', 'regulator', /\b(?:ombudsman|citizens advice|consumer (?:watchdog|agency|authority|group|association|tribunal|council)|cfpb|accc|fair trading|state regulator)\b/),
  rule('threat', 'OCU / Consumo', /\b(?:ocu|facua|sernac|indecopi|libro de reclamaciones|defensa del consumidor|asociacion(?:es)? de consumidores|(?:oficina|direccion general|ministerio|junta arbitral|arbitraje|autoridades?|servicios?) (?:municipal )?de consumo)\b|\b(?:en|a|ante) consumo\b(?! (?:de|energetico|electrico|bajo|alto|responsable))/),
  rule('threat', 'DGCCRF', /\b(?:60 millions de consommateurs|que choisir|repression des fraudes|conciliateur|signal ?conso|direction (?:departementale|generale) de la protection)\b/),
  rule('threat', 'Stiftung Warentest', /\b(?:stiftung warentest|wettbewerbszentrale|verbraucherschlichtung|ombudsmann|bundesnetzagentur|verbraucherportal)\b/),
  rule('threat', 'سازمان حمایت', /سازمان حمایت|اتحادیه (?:صنف|کسب)|اتاق اصناف|پلیس فتا|سامانه 124|سازمان صمت/),
  rule('threat', 'وزارة التجارة', /وزاره التجاره|وزاره الصناعه|هیئه حمایه|جهاز حمایه|(?:الی|مع) الجهات (?:المختصه|الرسمیه|المعنیه)|(?:^|\s)بلاغ (?:رسمی|الی|ضد|لل)|(?:سا|سوف ا)(?:قدم|رفع) بلاغ|سابلغ عنکم|شکوی رسمیه/),
  // Public shaming: posting the story, photos or bad reviews where everyone sees them.
  rule('threat', 'public shaming', /\b(?:i|we)(?:'ll|'d| will| would| shall|'m| am|'re| are)\s+(?:(?:going to|gonna|about to|be|definitely|literally|just|also|now|then|happily|so|totally)\s+){0,3}(?:post|put|share|upload|publish|expose|blast|tell|warn|shame|plaster|spread|broadcast)\w*\b[^.\n]{0,80}?(?:\b(?:on|to|in|across|all over) (?:the )?(?:instagram|insta|tiktok|facebook|fb|twitter|x|reddit|trustpilot|google(?! maps)(?: reviews)?|youtube|yelp|social media|socials|the internet|internet)\b|\b(?:everyone|everybody|all my (?:friends|followers)|my followers)\b)|\b(?:name and shame|(?:this|it|that)(?:'ll| will| is going to| is gonna|'s going to|'s gonna) go viral|make (?:this|it|sure this) (?:go )?viral|reviews? everywhere|bad publicity)\b/, POSITIVE, POSITIVE),
  rule('threat', 'escrache en redes', /(?:\b(?:voy a|vamos a|pienso|ire a)\s+(?:\w+\s+){0,2}?(?:publicar|subir|compartir|contar|difundir|poner|escribir|colgar|exponer)\w*|\b(?:publico|publicare|subo|subire|comparto|compartire|difundo|difundire|cuelgo|colgare|contare|expondre|escribire)\b)[^.\n]{0,80}?\b(?:en|a|por) (?:instagram|tiktok|facebook|twitter|x|reddit|youtube|google|trustpilot|internet|(?:las |mis |todas las )?redes(?: sociales)?)\b|\bque todo el mundo (?:vea|sepa|se entere)|\b(?:malas? (?:resenas?|opiniones?|valoraciones?)|(?:resenas?|opiniones?|valoraciones?) (?:negativas?|malas?)|(?:dejar|poner|dare|pondre|dejare|valorar con) (?:una|1) estrella)\b|\b(?:hacer|se haga|hare|hacerlo) viral\b/, POSITIVE, POSITIVE),
  rule('threat', 'avis négatifs partout', /(?:\b(?:je vais|on va|je compte)\s+(?:\w+\s+){0,2}?(?:publier|poster|partager|raconter|balancer|denoncer|exposer|mettre|ecrire|diffuser|dire)|\b(?:je )?(?:publierai|posterai|partagerai|raconterai|balancerai|denoncerai|diffuserai|mettrai|ecrirai|dirai)\b)[^.\n]{0,80}?(?:\b(?:sur|a|dans) (?:les |mes )?(?:instagram|tiktok|facebook|twitter|x|reddit|youtube|google|trustpilot|avis verifies|internet|reseaux(?: sociaux)?)\b|\b(?:partout|tout le monde)\b)|\b(?:avis|commentaires?|notes?) (?:negatifs?|negatives?|desastreux)|\bmauvais (?:avis|commentaires?)|\b(?:note|noter|avis|mettre|mets|mettrai|donner|donne|donnerai|laisser|laisse|laisserai) (?:d'|de |a |avec )?(?:une|1) (?:seule )?etoile\b|\b(?:faire le buzz|bad buzz)\b/, POSITIVE, POSITIVE),
  rule('threat', 'schlechte Bewertungen', /\b(?:werde|werden|poste|teile|veroffentliche|lade)\b[^.\n]{0,60}?\b(?:auf|bei|in) (?:instagram|tiktok|facebook|twitter|x|reddit|youtube|google|trustpilot|(?:den )?sozialen (?:medien|netzwerken)|social media)\b[^.\n]{0,40}?\b(?:posten|teilen|veroffentlichen|hochladen|berichten|erzahlen|bewerten|schreiben|offentlich machen|anprangern|verbreiten)\b|\b(?:schlechte|negative|vernichtende) (?:bewertung|rezension|kritik)\w*|\b(?:1|einen|ein|einem) stern(?:e)? (?:bewertung|geben|vergeben|bewerten)|\bmit (?:1|einem) stern\b|\buberall\b[^.\n]{0,30}\b(?:bewerten|bewertungen|posten|erzahlen|berichten|schreiben)|\b(?:an den pranger|offentlich machen|shitstorm)\b/, POSITIVE, POSITIVE),
  rule('threat', 'منتشر می‌کنم', /منتشر (?:می ?کنم|خواهم کرد|میکنیم|می کنیم)|(?:تو|در|توی) (?:اینستاگرام|اینستا|تلگرام|توییتر|تیک ?تاک|یوتیوب|فضای مجازی|شبکه های اجتماعی)[^.\n]{0,40}(?:میذارم|می ?ذارم|می ?گذارم|منتشر|پخش|افشا|می ?نویسم)|ابرو(?:ی ?تان|تون|ی شما)? ?(?:را |رو )?(?:می ?برم)|رسوا(?:یتان|تون)? (?:می ?کنم)|افشا (?:می ?کنم)|(?:نظر|امتیاز|کامنت)(?: های)? (?:منفی|بد)|(?:یک|1) ستاره/, POSITIVE, POSITIVE),
  rule('threat', 'سأنشر', /سانشر|سوف انشر|ساقوم بنشر|ساکتب (?:عنکم|تقییم)|ساشهر|سافضح|فضیحه|ساعرض (?:الصور|المحادثات)|(?:تقییم|تقییمات|مراجعه|مراجعات) (?:سلبی|سلبیه|سی+ه)|(?:ب|تقییم )نجمه واحده|(?:علی|فی) (?:تویتر|انستغرام|انستقرام|تیک ?توک|فیسبوک|فیس بوک|سناب|یوتیوب|مواقع التواصل|وسائل التواصل|السوشیال)[^.\n]{0,30}(?:لیعرف|لیری|الجمیع)/, POSITIVE, POSITIVE),
  rule('threat', 'report you', /\b(?:report(?:ing)? (?:you|your (?:store|shop|company|business))|i(?:'ll| will| am going to) report (?:you|this|your|it to))\b/),
  rule('threat', 'consumer protection', /\b(?:consumer (?:protection|rights|affairs|ombudsman|council)|better business bureau|bbb|trading standards|ftc|attorney general|chamber of commerce)\b/),
  rule('threat', 'bad reviews', /\b(?:(?:bad|negative|1[- ]star|one[- ]star|terrible) reviews?|expose you|tell everyone|(?:complain|expose|shame|warn (?:people|everyone|others))[^.\n]{0,30}(?:on|across|all over) social media|go viral|public(?:ly)? (?:shame|post))\b/, POSITIVE, POSITIVE),
  rule('threat', 'you will regret', /\b(?:you(?:'ll| will) regret|or else|watch your back|i know where you|i will (?:destroy|ruin|find) you|you will pay for)\b/),
  rule('threat', 'protección al consumidor', /\b(?:proteccion (?:al|del|de los) consumidor(?:es)?|profeco|omic|oficina del consumidor|hoja de reclamaciones|oficina de consumo)\b|\bos vais a arrepentir|\bse van a arrepentir/),
  rule('threat', 'protection des consommateurs', /\b(?:protection des consommateurs|dgccrf|association de consommateurs|ufc[- ]que choisir|signal ?conso|60 millions|mediateur)\b|\bvous allez le regretter/),
  rule('threat', 'Verbraucherzentrale', /\b(?:verbraucherzentrale|verbraucherschutz|schlichtungsstelle)|\bdas werden sie bereuen|\b(?:werde|werden) (?:sie|euch|ihren shop|das)\b[^.\n]{0,40}\bmelden\b/),
  rule('threat', 'حمایت از مصرف کننده', /حمایت از (?:حقوق )?مصرف ?کننده|تعزیرات|پشیمان (?:می شوید|میشوید|خواهید شد)|شکایت (?:شما|تان) را/),
  rule('threat', 'حماية المستهلك', /حمایه المستهلک|ستندم|سوف تندم|سافضحکم|ساشهر بکم/),
  rule('threat', 'formal complaint', /\b(?:file|lodge|make|submit|filing|lodging) (?:a |an )?(?:official |formal )?complaint (?:with|to|against)\b/),
  rule('threat', 'scammed', /\b(?:i (?:was|got|have been|'ve been) (?:scammed|ripped off|robbed|conned)|you (?:scammed|ripped off|robbed|conned) me)\b/),
  rule('threat', 'fraud', /(?<!\b(?:flagged|marked|blocked|held|declined|stopped|suspected|potential|possible)\b[^.\n]{0,15})\b(?:fraud|fraudulent)\b(?! (?:alert|department|team|check|detection|protection|prevention|warning|hold|flag|block|filter|screening|system|notification|text|message|call|dept)s?\b)/),
  // Abuse
  rule('abuse', 'scam', /\b(?:is|this|are|a|what a) (?:total |complete |such a )?scam\b/),
  rule('abuse', 'insult', /\b(?:fuck\w*|f\*+k\w*|shit\w*|bullshit|idiots?|idiotic|morons?|moronic|incompetent|useless (?:company|people|idiots|staff|service)|scammers?|scam artists?|thie(?:f|ves)|crooks?|bastards?|bitch\w*|assholes?|pathetic|clowns|you(?:'re| are| guys are| people are)? (?:so |such |a bunch of |complete |total )?(?:stupid|dumb|useless|liars)|stupid (?:company|store|shop|people|service|bot)|fraudsters?|go to hell|damn you)\b/),
  rule('abuse', 'insulto', /\b(?:idiotas?|estupid[oa]s?|imbeciles?|ladron(?:es)?|estafador(?:es|as)?|mierda|cabrones?|inutiles|payasos|vete al infierno|sinverguenzas?|hijos de puta|putos?)\b/),
  rule('abuse', 'insulte', /\b(?:connards?|idiots?|imbeciles?|escrocs?|voleurs?|merde|putain|salauds?|abrutis?|incompetents?|nuls|arnaqueurs?|encul\w*)\b/),
  rule('abuse', 'Beleidigung', /\b(?:idioten?|betruger(?:bande)?|arschloch|arschlocher|scheiß\w*|scheiss\w*|verdammt\w*|unfahige?n?|diebe|vollidioten?|abzocker|penner|drecks\w*)\b/),
  rule('abuse', 'توهین', /احمق|کلاهبردار|دزد(?:ها|ان)?(?:\s|$|!|\.)|بیشعور|بی شعور|لعنتی|عوضی|بی عرضه|حرامزاده|پدرسوخته|خاک بر سر/),
  rule('abuse', 'إهانة', /اغبیاء|غبی|لصوص|نصابین|نصاب|حرامیه|محتالین|محتال|تبا لکم|حقیر|کلاب|وقح/),
  rule('abuse', 'bunch of incompetents', /\b(?:bunch|pack|load|gang) of (?:\w+ )?(?:idiots|clowns|amateurs|thieves|crooks|incompetents?|liars|muppets|morons)\b|\b(?:bande|tas|ramassis|troupeau) d'(?:incapables|idiots|voleurs|escrocs|nuls|guignols|amateurs|abrutis|incompetents)\b|\b(?:panda|pandilla|banda|manada|atajo) de (?:inutiles|ladrones|incompetentes|payasos|estafadores|idiotas|sinverguenzas)\b|\b(?:haufen|bande|verein|saftladen) (?:von )?(?:idioten|unfahigen|stumpern|dilettanten|betrugern|amateuren|versagern)\b|\bsaftladen\b|\bincapables\b|یه مشت (?:کلاهبردار|دزد|بی ?عرضه|نادان|بی ?شعور)|(?:شله|عصابه|مجموعه) (?:نصابین|حرامیه|فاشلین|اغبیاء)/),
  // Angry repeat contacts
  rule('repeat_contact', 'repeat contact', /\b(?:(?:third|fourth|fifth|sixth|3rd|4th|5th|6th|\d{1,2}th) (?:email|message|request)|(?:emailed|written|contacted|messaged|called) (?:you )?(?:\d+|three|four|five|several|multiple|many) times|(?:still )?(?:no|haven't had an?|not a single) (?:answer|reply|response) (?:after|in|for) (?:\d+|two|three|several|many) (?:days|weeks|emails))\b/),
  ...CHARGEBACK_PARTS,
  ...PUBLIC_SHAMING_PARTS,
  ...REPEAT_CONTACT_PARTS,
];
