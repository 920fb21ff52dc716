// Arabic reply templates (Modern Standard Arabic; right-to-left plain text). Every order fact comes
// from the view model; nothing from the email. Dates and amounts arrive already formatted by Intl.
import { buildTemplates } from './buildTemplates.ts';
import type { Phrases, ReplyTemplates, StatusWords } from './types.ts';

const words: StatusWords = {
  financial: {
    paid: 'مدفوع',
    pending: 'الدفع قيد الانتظار',
    authorized: 'الدفع مُصرَّح به ولم يُخصم بعد',
    partially_paid: 'مدفوع جزئيًا',
    refunded: 'مُسترد',
    partially_refunded: 'مُسترد جزئيًا',
    voided: 'الدفع مُبطَل',
    expired: 'انتهت صلاحية تفويض الدفع',
    unknown: 'قيد المعالجة',
  },
  shipment: {
    label_created: 'مُغلَّف وبانتظار شركة الشحن',
    shipped: 'تم الشحن',
    in_transit: 'في الطريق',
    out_for_delivery: 'خرج للتوصيل',
    ready_for_pickup: 'جاهز للاستلام',
    attempted_delivery: 'محاولة تسليم لم تنجح',
    delayed: 'متأخر أثناء النقل',
    delivered: 'تم التسليم',
    problem: 'مشكلة في التسليم أبلغت عنها شركة الشحن',
  },
  progress: {
    label_created: 'مُغلَّف وسيُسلَّم قريبًا إلى شركة الشحن',
    shipped: 'تم شحنه',
    in_transit: 'في الطريق إليك',
    out_for_delivery: 'خرج للتوصيل',
    ready_for_pickup: 'جاهز للاستلام',
    attempted_delivery: 'تعذّر تسليمه في المحاولة الأولى',
    delayed: 'في الطريق ولكنه متأخر',
    delivered: 'تم تسليمه',
    problem: 'أبلغت شركة الشحن عن مشكلة في تسليمه',
    not_shipped: 'لم يُشحن بعد؛ نحن نجهّزه الآن',
    on_hold: 'لم يُشحن بعد؛ وهو معلّق حاليًا',
    partially_shipped: 'تم شحن جزء منه',
    cancelled: 'تم إلغاؤه',
  },
};

const phrases: Phrases = {
  headline: (name, placedOn, progress) => `طلبك ${name}، المُقدَّم بتاريخ ${placedOn}، ${progress}.`,
  cancelledOn: (date) => `تم إلغاؤه بتاريخ ${date}`,
  itemsHeading: 'المنتجات:',
  item: (title, variant, quantity) => `${title}${variant ? ` (${variant})` : ''} × ${quantity}`,
  shipmentHeading: (index, shippedOn, state) => `الشحنة${index ? ` ${index}` : ''}، أُرسلت بتاريخ ${shippedOn}${state ? `: ${state}` : ''}.`,
  carrier: (company) => `شركة الشحن: ${company}`,
  trackingNumber: (number) => `رقم التتبع: ${number}`,
  trackingLink: (url) => `رابط التتبع: ${url}`,
  estimatedDelivery: (date) => `موعد التسليم المتوقع: ${date}`,
  estimateLate: (date) => `كان من المتوقع وصولها بحلول ${date}، وهي تستغرق وقتًا أطول من المتوقع.`,
  deliveredOn: (date) => `سُلِّمت بتاريخ ${date}`,
  restNotShipped: 'لم يُرسَل باقي طلبك بعد.',
  total: (amount) => `المبلغ الإجمالي: ${amount}`,
  payment: (status) => `حالة الدفع: ${status}`,
  refund: (amount, date) => `استرداد مبلغ ${amount} بتاريخ ${date}`,
  variant: (title, price, inStock) => `${title ? `${title}: ` : ''}${price}، ${inStock ? 'متوفر' : 'غير متوفر'}`,
  productLink: (url) => `الرابط: ${url}`,
};

export const ar: ReplyTemplates = buildTemplates({
  language: 'ar',
  words,
  phrases,
  subjectFallback: 'رسالتك',
  greeting: (firstName) => (firstName ? `مرحبًا ${firstName}،` : 'مرحبًا،'),
  signOff: (signature) => `مع أطيب التحيات،\n${signature}`,
  sentences: {
    thanksForContacting: (storeName) => `شكرًا لتواصلك مع ${storeName}.`,
    identityMismatch: 'حرصًا على خصوصيتك، لا نشارك تفاصيل الطلبات إلا مع عنوان البريد الإلكتروني المستخدم عند الشراء. يُرجى مراسلتنا مجددًا من ذلك العنوان، أو الرد بعنوان البريد الإلكتروني الذي استخدمته عند الشراء حتى نتمكن من التحقق منه.',
    noOrderFound: 'لم نعثر على أي طلب مسجّل بعنوان البريد الإلكتروني هذا. هل يمكنك الرد برقم طلبك؟ ستجده في رسالة تأكيد الطلب. وإذا طلبت باستخدام عنوان بريد إلكتروني آخر، فيُرجى إخبارنا به.',
    whichOrder: {
      list: (orderNames) => `ما الطلب الذي تقصده في رسالتك؟ وجدنا هذه الطلبات الحديثة المرتبطة بعنوان بريدك الإلكتروني: ${orderNames.join('، ')}.`,
      reply: 'يُرجى الرد برقم الطلب وسنتولى الأمر.',
    },
    order_status: {
      followUp: {
        delivered: 'إذا لم يصلك، فيُرجى إخبارنا وسنتابع الأمر مع شركة الشحن.',
        not_shipped: 'سنُعلمك فور إرساله.',
        delivery_issue: 'إذا كان لديك أي سؤال عن التسليم، فيكفي الرد على هذه الرسالة.',
      },
      severalIntro: 'هذه أحدث طلباتك:',
      severalOutro: 'إذا كان سؤالك عن طلب محدد، فيكفي الرد برقم ذلك الطلب.',
    },
    return_or_exchange: {
      intro: (name) => `شكرًا لتواصلك بشأن إرجاع أو استبدال منتجات من الطلب ${name}.`,
      notShipped: 'لم يغادر هذا الطلب مستودعنا بعد. إذا لم تعد ترغب فيه، فيُرجى الرد وسيتمكن فريقنا من إلغائه.',
      withRefund: 'يُرجى إخبارنا بالمنتجات التي ترغب في إرجاعها. لقد أحلنا طلب الاسترداد إلى فريقنا، وسيراجعه ويؤكد لك الخطوات التالية عبر البريد الإلكتروني.',
      withoutRefund: 'يُرجى إخبارنا بالمنتجات التي ترغب في إرجاعها، وهل تفضّل الاستبدال (مع ذكر المقاس أو اللون المطلوب) أم استرداد المبلغ. بعد ذلك سيرسل لك فريقنا تعليمات الإرجاع.',
    },
    cancel_order: {
      requested: (name, placedOn) => `تلقّينا طلبك لإلغاء الطلب ${name} المُقدَّم بتاريخ ${placedOn}.`,
      requestedNext: 'لم يغادر الطلب مستودعنا بعد، ويعمل فريقنا الآن على معالجة طلب الإلغاء. ستصلك رسالة تأكيد عبر البريد الإلكتروني بمجرد الانتهاء من معالجته.',
      alreadyShipped: (name) => `تم شحن طلبك ${name} بالفعل، لذا لم يعد من الممكن إلغاؤه.`,
      returnInstead: 'ومع ذلك يمكنك إرجاعه: يكفي الرد على هذه الرسالة وسيرسل لك فريقنا تعليمات الإرجاع.',
    },
    change_address: {
      requested: (name) => `شكرًا لك، تلقّينا عنوان التسليم الجديد للطلب ${name}. لم يغادر الطلب مستودعنا بعد، ويعمل فريقنا الآن على معالجة تغيير العنوان وسيؤكده لك عبر البريد الإلكتروني.`,
      checkAddress: 'يُرجى التأكد من أن العنوان في رسالتك كامل (الشارع ورقم المبنى، الرمز البريدي، المدينة، الدولة).',
      needAddress: (name) => `لم يغادر الطلب ${name} مستودعنا بعد، لذا لا يزال من الممكن تغيير عنوان التسليم. يُرجى الرد بالعنوان الجديد كاملًا (الاسم، الشارع ورقم المبنى، الرمز البريدي، المدينة والدولة).`,
      alreadyShipped: (name) => `تم شحن طلبك ${name} بالفعل، لذا لم يعد بإمكاننا تغيير عنوان التسليم.`,
      withTracking: 'يمكنك تتبّع الشحنة باستخدام بيانات التتبع أعلاه؛ وتتيح بعض شركات الشحن إعادة توجيهها من صفحة التتبع الخاصة بها.',
      withoutTracking: 'إذا احتجت إلى مساعدة، فيُرجى الرد على هذه الرسالة وسيتحقق فريقنا مع شركة الشحن مما يمكن فعله.',
      alreadyCancelled: 'لذا لا يوجد تسليم يمكن تغييره.',
    },
    refund_status: {
      refunds: (name) => `هذه المبالغ المستردة للطلب ${name}:`,
      refundDelay: 'قد يستغرق ظهور المبلغ المسترد في كشف حسابك بضعة أيام عمل، بحسب البنك أو الجهة المُصدِرة لبطاقتك.',
      proposed: (name) => `لم نُصدر بعد أي استرداد للطلب ${name}.`,
      proposedNext: 'لقد أحلنا طلبك إلى فريقنا، وسيراجعه ويرد عليك عبر البريد الإلكتروني.',
      none: (name) => `لا يوجد أي استرداد مسجّل للطلب ${name}.`,
      noneNext: 'سيراجع فريقنا سؤالك ويرد عليك.',
    },
    damaged_or_wrong_item: {
      intro: (name) => `نأسف لوجود مشكلة في طلبك ${name}.`,
      askPhoto: 'هل يمكنك الرد بصورة للمنتج الذي استلمته (وللتغليف أو ملصق الشحن إن كانا لا يزالان لديك)؟ سيساعدنا ذلك على حل المشكلة بسرعة.',
      withRefund: 'لقد أحلنا طلب الاسترداد إلى فريقنا، وسيراجعه فور وصول الصورة.',
      withoutRefund: 'فور وصول الصورة، سيتواصل معك فريقنا بحلّ مناسب.',
    },
    billing_payment: {
      intro: (name, placedOn) => `هذه تفاصيل الدفع للطلب ${name} المُقدَّم بتاريخ ${placedOn}:`,
      outro: 'إذا كان سؤالك عن مبلغ مخصوم بعينه، فيُرجى الرد بالتفاصيل وسيتحقق منه فريقنا.',
    },
    product_question: {
      found: 'شكرًا على سؤالك! هذا ما وجدناه في متجرنا:',
      foundOutro: 'إذا كان لديك أي سؤال آخر، فيكفي الرد على هذه الرسالة.',
      none: 'شكرًا على سؤالك! لم نعثر على منتج مطابق في متجرنا. هل يمكنك إرسال اسم المنتج أو رابطه؟',
    },
    discount_code: {
      intro: (storeName) => `شكرًا لتواصلك مع ${storeName} بشأن رمز الخصم.`,
      next: 'سيتحقق فريقنا من الرمز ويرد عليك قريبًا. وفي هذه الأثناء، يُرجى التأكد من إدخاله عند الدفع كما هو مكتوب تمامًا ودون مسافات.',
    },
    other: 'تلقّينا رسالتك، وسيرد عليك أحد أعضاء فريقنا قريبًا.',
  },
});
