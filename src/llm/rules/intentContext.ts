/**
 * Context patterns that re-weigh the keyword scores (folded text, six languages): what the
 * customer's request is about when single keywords point elsewhere. Each names one structure,
 * not one sentence.
 */

/** "…and the refund": a cancellation whose refund is part of the request (not a refund being chased). */
export const CANCEL_WITH_REFUND =
  /\b(?:cancel\w*|annul\w*|anular|anulen|anulacion|cancelar|cancelacion|stornier\w*|storno)\b[^]{0,200}?\b(?:and|as well as|along with|plus|ainsi que|et|avec|y|junto con|und|sowie|mit)\s+(?:the |my |le |la |du |el |mi |die |meine )?(?:full )?(?:refund\w*|rembours\w*|reembols\w*|devolucion del dinero|devolver(?:me)? el dinero|erstatt\w*|ruckerstatt\w*|geld zuruck\w*|(?:give|send) (?:me )?(?:my|the) money back|money back)|(?:لغو|کنسل)[^]{0,120}?(?:بازگشت وجه|برگشت پول|استرداد وجه|عودت وجه)|(?:الغاء|الغی)[^]{0,120}?(?:استرداد|استرجاع|ارجاع) (?:المبلغ|المال)/;

/**
 * The customer gave a wrong postal address themselves: "I made a mistake when typing the address",
 * "me equivoqué al poner la dirección", "je me suis trompé d'adresse", "bei der Adresse vertan".
 */
export const OWN_ADDRESS_MISTAKE =
  /\b(?:i|we) (?:made a (?:mistake|typo|error)|mistyped|misspelled|(?:entered|put|gave|typed|wrote|used|chose) (?:in )?(?:you )?(?:the |a |an )?(?:wrong|incorrect|old))\b[^.?!\n]{0,40}\b(?:address|postcode|post code|zip(?: code)?|street|house number)\b|\b(?:me equivoque|me confundi|nos equivocamos|puse mal|escribi mal|ingrese mal)\b[^.?!\n]{0,40}\b(?:direccion|domicilio|calle|codigo postal)\b|\bje me suis trompee? (?:d'adresse|dans (?:l'|mon |le )(?:adresse|code postal|numero de rue))|\bj'ai (?:mal (?:ecrit|saisi|tape|renseigne)|mis une mauvaise|donne une mauvaise|saisi une mauvaise|indique une mauvaise) (?:l'|mon |une )?adresse\b|\b(?:bei|in) (?:der|meiner) (?:adresse|anschrift|lieferadresse|hausnummer|postleitzahl)\b[^.?!\n]{0,20}\bvertan\b|\bfalsche (?:adresse|anschrift|lieferadresse|hausnummer|postleitzahl) (?:angegeben|eingegeben|eingetragen)\b|(?:ادرس|نشانی)(?:م| رو| را)?[^.?!؟\n]{0,20}اشتباه (?:وارد|نوشتم|زدم|دادم)|اخطات (?:فی|ب)(?:ال)?عنوان|(?:کتبت|ادخلت) (?:ال)?عنوان (?:خطا|غلط|بالغلط)/;

/**
 * The refund or money is what has not come in: "Remboursement toujours pas reçu", "the refund still
 * hasn't arrived", "el reembolso todavía no lo he recibido", "je ne vois toujours rien sur mon compte".
 */
export const REFUND_NOT_RECEIVED =
  /\b(?:refund\w*|reimburse\w*|rembourse\w*|avoir|reembols\w*|reintegro|devolucion del dinero|erstattung|ruckerstattung|gutschrift)\b[^.?!\n]{0,30}(?:\b(?:not|no|pas|nicht|jamais|never|nunca|nie)\b|n't)[^.?!\n]{0,15}\b(?:received|arrived|come through|landed|recu|arrive|credite|recibido|llegado|abonado|erhalten|bekommen|eingegangen|angekommen|gutgeschrieben)\b|\b(?:not|pas|no he|nicht)\b (?:yet |encore |todavia |noch )?(?:received|recu|recibido|erhalten|bekommen|seen|vu|visto|gesehen) (?:the |my |any |le |mon |aucun |el |mi |ningun |die |meine |eine )?(?:refund|reimbursement|remboursement|reembolso|erstattung|ruckerstattung)\b|\b(?:still )?nothing (?:has )?(?:arrived |come in |shown up |appeared )?(?:on|in) my (?:card|account|bank account|statement)\b|\b(?:toujours )?rien (?:n'est arrive |vu )?sur (?:mon|ma) (?:compte|carte|releve)\b|\bnada en (?:mi|la) (?:cuenta|tarjeta)\b|\bnichts auf (?:meinem|dem) (?:konto|kontoauszug|karte)\b/;

/** The customer's own choice was wrong: "I chose the wrong colour", "me equivoqué de talla", "رنگ اشتباهی انتخاب کرده بودم". */
export const OWN_MISTAKE =
  /\b(?:i|we) (?:had |have |accidentally |mistakenly )?(?:chose|chosen|picked|selected|ordered|clicked|entered|bought|put in)\b[^.?!\n]{0,20}\b(?:the )?wrong\b|\b(?:me equivoque|nos equivocamos) (?:de|con|al)\b|\b(?:eleg[ií]|pedi|seleccione|escogi) (?:el|la) (?:\w+ )?(?:equivocad[oa]|incorrect[oa])\b|\bj'ai (?:choisi|commande|selectionne|pris) (?:le |la |les )?(?:mauvais|mauvaise|mauvaises)\b|\bje me suis trompee? de\b|\bich habe (?:mich )?(?:versehentlich |aus versehen )?(?:die |den |das )?(?:falsche\w*)\b[^.?!\n]{0,30}\b(?:bestellt|gewahlt|ausgewahlt|angeklickt)\b|\bich habe mich (?:bei der \w+ )?vertan\b|اشتباهی (?:انتخاب|سفارش|زدم)|اشتباه (?:انتخاب|سفارش) (?:کرده|کردم|دادم)|(?:اخترت|طلبت) (?:\S+ )?(?:الخطا|غلط|بالغلط)|اخطات (?:فی|ب)/;

/** "…whereas I had ordered the slate blue": what came is not what was ordered. */
export const NOT_WHAT_ORDERED =
  /\b(?:but|while|whereas|although|though|when) (?:i|we) (?:had )?(?:ordered|chose|picked|selected|paid for|asked for)\b|\b(?:alors que|tandis que|pourtant|or) (?:j'avais|j'ai|nous avions) (?:commande|choisi|pris|demande)\b|\b(?:cuando|aunque|pero|y eso que) (?:yo )?(?:habia )?(?:pedi|elegi|compre|encargue|pedimos)\b|\b(?:obwohl|dabei|aber) (?:ich|wir) (?:doch )?[^.?!\n]{0,30}\b(?:bestellt|gewahlt|ausgesucht)\b|در حالی ?که [^.?!\n]{0,40}(?:سفارش داده|انتخاب کرده)|(?:بینما|مع انی|مع اننی|وانا) (?:طلبت|اخترت|طالب)/;
/** "Send me the right colour": a replacement of what was wrong. */
export const RIGHT_ONE =
  /\b(?:the|a) (?:right|correct) (?:colou?r|size|item|model|one|product)\b|\b(?:la bonne|le bon) (?:couleur|taille|article|modele|produit)\b|\b(?:el|la) (?:color|talla|articulo|modelo|producto) (?:correct[oa]|adecuad[oa])\b|\b(?:die|den|das) richtige\w* (?:farbe|grosse|große|artikel|modell)\b|(?:رنگ|سایز|کالای) (?:درست|صحیح)|(?:اللون|المقاس|المنتج) (?:الصحیح|الصح)/;

/** A pronoun change of something named just before: "¿podéis cambiarla?", "pourriez-vous la modifier", "können Sie sie ändern". */
export const CHANGE_IT =
  /\b(?:change|update|correct|fix|modify|edit|amend) (?:it|that|this one)\b|\b(?:cambiar|corregir|modificar|actualizar)(?:la|lo)\b|\b(?:cambiadla|cambienla|corrijanla|modifiquenla)\b|\b(?:la|le|l') ?(?:modifier|changer|corriger|mettre a jour|rectifier)\b|\b(?:modifiez|changez|corrigez)-la\b|\b(?:sie|diese|die) (?:bitte )?(?:andern|korrigieren|aktualisieren|anpassen|berichtigen)\b|(?:تغییرش|اصلاحش|عوضش|درستش) (?:بدید|بدهید|کنید|بدین)|(?:تغییرها|تعدیلها|تصحیحها|تغیرها)/;
/** A postal address named (folded, six languages), for CHANGE_IT. */
export const ADDRESS_WORD = /\b(?:address|direccion|domicilio|adresse|anschrift|lieferadresse)\b|آدرس|ادرس|نشانی|العنوان/;

/** "…if it has not shipped yet": a condition on the request, not a delivery question. */
export const IF_NOT_SHIPPED =
  /\b(?:if|as long as|provided|si|tant que|a condition que|mientras|siempre que|wenn|falls|sofern|solange)\b[^.?!\n]{0,40}(?:\b(?:not|hasn't|has not|isn't|is not) (?:yet )?(?:shipped|dispatched|left|gone out|sent|been sent)|\bpas (?:encore )?(?:parti|expedie|envoye|ete expedie)|\bno (?:ha |se ha )?(?:salido|enviado|sido enviado)|\bnoch nicht (?:versendet|verschickt|raus|unterwegs|abgeschickt|versandt))|(?:اگر|اگه) [^.?!\n]{0,20}(?:هنوز )?ارسال نشده|(?:اذا|لو) [^.?!\n]{0,20}(?:لم یتم|ما تم|ما) ?(?:شحن|یشحن|ارسال)/;

/** A forgotten discount code: "I forgot to enter my welcome code", "j'ai oublié d'entrer mon code". */
export const FORGOT_CODE =
  /\b(?:forgot|forget|forgotten|didn't use|did not use|missed)\b[^.?!\n]{0,40}\b(?:code|coupon|voucher|discount)|\boubli\w*\b[^.?!\n]{0,40}\b(?:code|coupon|bon de reduction|remise|reduction)|\bolvid\w*\b[^.?!\n]{0,40}\b(?:codigo|cupon|descuento)|\b(?:vergessen|vergass)\b[^.?!\n]{0,40}\b(?:code|gutschein\w*|rabatt\w*)|\b(?:code|gutschein\w*|rabattcode)\b[^.?!\n]{0,40}\bvergessen|(?:فراموش|یادم رفت)[^.?!\n]{0,40}(?:کد|کوپن)|(?:کد|کوپن)[^.?!\n]{0,40}(?:فراموش|یادم رفت)|(?:نسیت|نسینا)[^.?!\n]{0,40}(?:کود|کوبون|الخصم|رمز)/;

/** Off a mailing list ("retirer mon adresse de votre liste"): not a postal address and not a customer order. */
export const UNSUBSCRIBE_REQUEST =
  /\b(?:unsubscribe|remove|take)\b[^.?!\n]{0,40}\b(?:mailing list|list|newsletter|marketing e-?mails)\b|\b(?:retirer|supprimer|enlever|effacer|desinscri\w*|desabonn\w*)\b[^.?!\n]{0,40}\b(?:liste|infolettre|newsletter|envois?)\b|\b(?:darme de baja|dar de baja|quitar|eliminar|borrar)\b[^.?!\n]{0,40}\b(?:lista|boletin|newsletter|correos publicitarios)\b|\b(?:abmelden|austragen|entfernen|loschen)\b[^.?!\n]{0,40}\b(?:newsletter|verteiler|liste|mailingliste)\b|\b(?:newsletter|verteiler|mailingliste)\b[^.?!\n]{0,40}\b(?:abmelden|austragen|entfernen|loschen)\b|لغو اشتراک|حذف (?:ایمیل|ادرس)(?: من)? از (?:لیست|خبرنامه)|الغاء الاشتراک|ازاله (?:بریدی|ایمیلی|عنوانی) من (?:القائمه|النشره)/;

/** Waiting for money: "ich warte immer noch auf meine 84,95 €", "still waiting for my $40". */
export const WAITING_FOR_MONEY =
  /\b(?:waiting|wait) (?:for|on) (?:my |the )?(?:[$€£]\s?\d|\d[\d.,]*\s?(?:[$€£]|eur|euros?|dollars?|pounds?)|money)|\b(?:j'attends|attends|attendre) (?:toujours |encore )?(?:mes|les|mon) (?:\d[\d.,]*\s?(?:€|euros?|\$)|argent)|\b(?:espero|esperando|sigo esperando) (?:mis|los|mi) (?:\d[\d.,]*\s?(?:€|euros?|pesos|\$)|dinero|plata)|\b(?:warte|warten)\b[^.?!\n]{0,30}\bauf (?:meine|mein|die|das) (?:\d[\d.,]*\s?(?:€|euro)|geld)|منتظر (?:پولم|پول|مبلغ)|(?:انتظر|انتظار) (?:فلوسی|مبلغی|المبلغ|اموالی)/;

/** Asking for a phone line or a person (folded, six languages): a contact question, not a product one. */
export const CONTACT_CHANNEL =
  /\b(?:phone|telephone) (?:support|line|number for (?:support|customer service))\b|\b(?:support|customer service) (?:phone|hotline|number)\b|\b(?:is there|do you have) (?:a |any )?(?:phone|telephone|hotline|whatsapp|live chat)\b|\b(?:call|phone|speak to|talk to) (?:you|someone|a person|a human)\b|\b(?:support|service|assistance) (?:telephonique|par telephone)\b|\bvous (?:appeler|telephoner)\b|\bparler a (?:quelqu'un|une personne)\b|\b(?:atencion|soporte|asistencia) telefonic[ao]\b|\b(?:llamaros|llamarles|llamarlos)\b|\bhablar con (?:alguien|una persona)\b|\btelefon(?:ische\w*)? ?(?:support|hotline|kundenservice|beratung)\b|\bhotline\b|\b(?:sie|euch) anrufen\b|\bmit (?:jemandem|einem menschen) sprechen\b|پشتیبانی تلفنی|(?:شماره )?تلفن(?:ی)? (?:برای )?پشتیبانی|تلفنی صحبت|(?:رقم|خط) (?:هاتف|تلفون|جوال|واتساب)? ?(?:للدعم|لخدمه العملاء|خدمه العملاء)|دعم هاتفی|التواصل (?:هاتفیا|بالهاتف)|(?:اتصل|اکلم) (?:بکم|احد)/;

/** Deleting the customer's account or data: a request, not a closing remark. */
export const DELETE_ACCOUNT =
  /حذف (?:حسابی|الحساب|بیاناتی)|حذف (?:حساب(?: کاربری)?(?:م| من)|اطلاعات(?:م| من))|\b(?:supprimer|effacer) (?:mon compte|mes donnees)\b|\b(?:borrar|eliminar) (?:mi cuenta|mis datos)\b|\b(?:loschen sie|loschen) (?:mein(?:en)? (?:konto|kundenkonto|daten))|\b(?:mein(?:en)? (?:konto|kundenkonto)) (?:loschen|schliessen)\b/;

/** A request in the new text: "please…", "could you…", "أرجو", "لطفا" (folded, six languages). */
export const REQUEST =
  /\b(?:please|could you|can you|would you|i would like|i'd like|i want|por favor|podrian|podeis|pueden|quisiera|quiero|s'il vous plait|pourriez|pouvez|je voudrais|je souhaite|bitte|konnten sie|konnen sie|ich mochte|ich will)\b|لطفا|خواهشمند|خواهش می ?کنم|می ?خواهم|میخوام|ارجو|رجاء|الرجاء|ارید|ابغی|ممکن/;

/** A delivery-time question before buying, in the languages PRE_PURCHASE misses: "how many days does delivery to Riyadh take". */
export const DELIVERY_TIME_TO =
  /\bhow (?:many days|long) (?:does|would|will) (?:the )?(?:delivery|shipping) (?:to|take)\b|\bcuantos dias (?:tarda|tardan|demora) (?:el envio|la entrega|en llegar)\b|\bcombien de (?:jours|temps) (?:faut-il )?pour (?:la livraison|livrer|recevoir)\b|\bwie (?:lange|viele tage) (?:dauert|braucht) (?:der versand|die lieferung)\b|چند (?:روز|وقت) (?:طول (?:میکشه|می کشه|میکشد|می کشد))?[^.?؟]{0,20}(?:ارسال|برسه|تحویل)|کم (?:یوم|ایام|مده|وقت) (?:یاخذ|یستغرق|یحتاج|تاخذ) (?:التوصیل|الشحن)/;
