// Persian reply templates (formal; right-to-left plain text). Every order fact comes from the view
// model; nothing from the email. Dates and amounts arrive already formatted by Intl for "fa".
import { followUpKind, hasTracking, headline, itemsBlock, notShipped, orderSummary, paragraphs, paymentBlock, productBlock, refundsBlock, shipmentsBlock } from './compose.ts';
import type { Phrases, ReplyTemplates, StatusWords } from './types.ts';

const words: StatusWords = {
  financial: {
    paid: 'پرداخت‌شده',
    pending: 'در انتظار پرداخت',
    authorized: 'پرداخت تأییدشده، هنوز برداشت نشده',
    partially_paid: 'بخشی پرداخت‌شده',
    refunded: 'مبلغ بازگردانده‌شده',
    partially_refunded: 'بخشی از مبلغ بازگردانده‌شده',
    voided: 'پرداخت باطل‌شده',
    expired: 'مجوز پرداخت منقضی‌شده',
    unknown: 'در دست رسیدگی',
  },
  shipment: {
    label_created: 'بسته‌بندی‌شده، در انتظار شرکت حمل',
    shipped: 'ارسال‌شده',
    in_transit: 'در راه',
    out_for_delivery: 'در حال تحویل',
    ready_for_pickup: 'آماده دریافت حضوری',
    attempted_delivery: 'تلاش ناموفق برای تحویل',
    delayed: 'با تأخیر در راه',
    delivered: 'تحویل‌شده',
    problem: 'مشکل تحویل به گزارش شرکت حمل',
  },
  progress: {
    label_created: 'بسته‌بندی شده و به‌زودی به شرکت حمل تحویل داده می‌شود',
    shipped: 'ارسال شده است',
    in_transit: 'در راه است',
    out_for_delivery: 'در حال تحویل است',
    ready_for_pickup: 'آماده دریافت حضوری است',
    attempted_delivery: 'در نخستین تلاش تحویل داده نشد',
    delayed: 'در راه است اما با تأخیر',
    delivered: 'تحویل داده شده است',
    problem: 'طبق گزارش شرکت حمل با مشکل تحویل روبه‌رو شده است',
    not_shipped: 'هنوز ارسال نشده است؛ در حال آماده‌سازی آن هستیم',
    on_hold: 'هنوز ارسال نشده است؛ فعلاً در حالت انتظار است',
    partially_shipped: 'بخشی از آن ارسال شده است',
    cancelled: 'لغو شده است',
  },
};

const phrases: Phrases = {
  headline: (name, placedOn, progress) => `سفارش ${name} شما که در ${placedOn} ثبت شده، ${progress}.`,
  cancelledOn: (date) => `در ${date} لغو شده است`,
  itemsHeading: 'اقلام:',
  item: (title, variant, quantity) => `${title}${variant ? ` (${variant})` : ''} × ${quantity}`,
  shipmentHeading: (index, shippedOn, state) => `مرسوله${index ? ` ${index}` : ''}، فرستاده‌شده در ${shippedOn}${state ? `: ${state}` : ''}.`,
  carrier: (company) => `شرکت حمل: ${company}`,
  trackingNumber: (number) => `کد رهگیری: ${number}`,
  trackingLink: (url) => `پیوند رهگیری: ${url}`,
  estimatedDelivery: (date) => `تاریخ تقریبی تحویل: ${date}`,
  estimateLate: (date) => `قرار بود تا ${date} برسد و بیش از انتظار طول کشیده است.`,
  deliveredOn: (date) => `تحویل در ${date}`,
  restNotShipped: 'باقی سفارش شما هنوز فرستاده نشده است.',
  total: (amount) => `مبلغ کل: ${amount}`,
  payment: (status) => `وضعیت پرداخت: ${status}`,
  refund: (amount, date) => `بازپرداخت ${amount} در ${date}`,
  variant: (title, price, inStock) => `${title ? `${title}: ` : ''}${price}، ${inStock ? 'موجود' : 'ناموجود'}`,
  productLink: (url) => `پیوند: ${url}`,
};

const v = { words, phrases };

export const fa: ReplyTemplates = {
  language: 'fa',
  words,
  phrases,
  subjectFallback: 'پیام شما',
  greeting: (firstName) => (firstName ? `سلام ${firstName} عزیز،` : 'سلام،'),
  signOff: (signature) => `با احترام،\n${signature}`,

  identityMismatch: ({ storeName }) =>
    paragraphs(
      `از اینکه با ${storeName} تماس گرفتید سپاسگزاریم.`,
      'برای حفظ حریم خصوصی شما، جزئیات سفارش را فقط با نشانی ایمیلی که هنگام خرید به کار رفته است در میان می‌گذاریم. لطفاً از همان نشانی دوباره برای ما بنویسید، یا در پاسخ، ایمیلی را که هنگام خرید به کار برده‌اید بفرستید تا آن را بررسی کنیم.',
    ),

  noOrderFound: ({ storeName }) =>
    paragraphs(
      `از اینکه با ${storeName} تماس گرفتید سپاسگزاریم.`,
      'سفارشی با این نشانی ایمیل پیدا نکردیم. لطفاً شماره سفارش خود را در پاسخ بفرستید؛ آن را در ایمیل تأیید سفارش پیدا می‌کنید. اگر با نشانی ایمیل دیگری خرید کرده‌اید، لطفاً آن را به ما اطلاع دهید.',
    ),

  whichOrder: ({ orderNames }) =>
    paragraphs(
      `پیام شما درباره کدام سفارش است؟ این سفارش‌های اخیر را برای نشانی ایمیل شما پیدا کردیم: ${orderNames.join('، ')}.`,
      'لطفاً شماره سفارش را در پاسخ بفرستید تا پیگیری کنیم.',
    ),

  order_status: ({ orders }) => {
    const [only] = orders;
    if (orders.length === 1 && only) {
      const followUp = {
        delivered: 'اگر آن را دریافت نکرده‌اید، لطفاً به ما خبر دهید تا موضوع را با شرکت حمل پیگیری کنیم.',
        not_shipped: 'به محض فرستادن سفارش، به شما خبر می‌دهیم.',
        delivery_issue: 'اگر درباره تحویل پرسشی دارید، کافی است به همین ایمیل پاسخ دهید.',
      };
      const kind = followUpKind(only.progress);
      return paragraphs(orderSummary(v, only), kind && followUp[kind]);
    }
    return paragraphs(
      'سفارش‌های اخیر شما:',
      ...orders.map((o) => orderSummary(v, o)),
      'اگر پرسش شما درباره یکی از آن‌هاست، کافی است شماره آن سفارش را در پاسخ بفرستید.',
    );
  },

  return_or_exchange: ({ order, refundProposed }) =>
    paragraphs(
      `از پیام شما درباره بازگرداندن یا تعویض سفارش ${order.name} سپاسگزاریم.`,
      itemsBlock(v, order.items),
      notShipped(order) && 'این سفارش هنوز از انبار ما خارج نشده است. اگر دیگر آن را نمی‌خواهید، پاسخ دهید تا تیم ما آن را لغو کند.',
      refundProposed
        ? 'لطفاً بنویسید کدام اقلام را می‌خواهید بازگردانید. درخواست بازپرداخت شما را به تیم خود سپرده‌ایم؛ تیم آن را بررسی می‌کند و مراحل بعدی را با ایمیل به شما اعلام می‌کند.'
        : 'لطفاً بنویسید کدام اقلام را می‌خواهید بازگردانید و تعویض (با سایز یا رنگ مورد نظر) را ترجیح می‌دهید یا بازپرداخت را. سپس تیم ما دستورالعمل بازگرداندن را برایتان می‌فرستد.',
    ),

  cancel_order: ({ order, outcome }) => {
    switch (outcome) {
      case 'requested':
        return paragraphs(
          `درخواست شما برای لغو سفارش ${order.name} که در ${order.placedOn} ثبت شده، دریافت شد.`,
          'این سفارش هنوز از انبار ما خارج نشده است و تیم ما اکنون در حال رسیدگی به درخواست لغو شماست. پس از انجام آن، تأییدیه را با ایمیل دریافت خواهید کرد.',
        );
      case 'already_shipped':
        return paragraphs(
          `سفارش ${order.name} شما پیش‌تر ارسال شده است و دیگر امکان لغو آن وجود ندارد.`,
          shipmentsBlock(v, order),
          'با این حال می‌توانید آن را بازگردانید: به همین ایمیل پاسخ دهید تا تیم ما دستورالعمل بازگرداندن را برایتان بفرستد.',
        );
      case 'already_cancelled':
        return paragraphs(headline(v, order), refundsBlock(v, order.refunds));
    }
  },

  change_address: ({ order, outcome }) => {
    switch (outcome) {
      case 'requested':
        return paragraphs(
          `سپاس؛ نشانی جدید تحویل برای سفارش ${order.name} را دریافت کردیم. این سفارش هنوز از انبار ما خارج نشده است و تیم ما اکنون در حال رسیدگی به تغییر نشانی است و آن را با ایمیل تأیید می‌کند.`,
          'لطفاً مطمئن شوید نشانی در پیام شما کامل است (خیابان و پلاک، کد پستی، شهر، کشور).',
        );
      case 'need_address':
        return paragraphs(
          `سفارش ${order.name} هنوز از انبار ما خارج نشده است، پس نشانی تحویل را هنوز می‌توان تغییر داد. لطفاً نشانی جدید را به‌طور کامل در پاسخ بفرستید (نام، خیابان و پلاک، کد پستی، شهر و کشور).`,
        );
      case 'already_shipped':
        return paragraphs(
          `سفارش ${order.name} شما پیش‌تر ارسال شده است، بنابراین دیگر نمی‌توانیم نشانی تحویل آن را تغییر دهیم.`,
          shipmentsBlock(v, order),
          hasTracking(order)
            ? 'می‌توانید مرسوله را با اطلاعات رهگیری بالا دنبال کنید؛ برخی شرکت‌های حمل امکان تغییر مسیر را در صفحه رهگیری خود فراهم می‌کنند.'
            : 'اگر به کمک نیاز دارید، به همین ایمیل پاسخ دهید تا تیم ما با شرکت حمل بررسی کند چه کاری ممکن است.',
        );
      case 'already_cancelled':
        return paragraphs(headline(v, order), 'بنابراین تحویلی برای تغییر باقی نمانده است.');
    }
  },

  refund_status: ({ order, refundProposed }) => {
    if (order.refunds.length > 0) {
      return paragraphs(
        `بازپرداخت‌های سفارش ${order.name}:`,
        refundsBlock(v, order.refunds),
        'بسته به بانک یا صادرکننده کارت شما، ممکن است چند روز کاری طول بکشد تا بازپرداخت در صورت‌حساب شما دیده شود.',
      );
    }
    if (refundProposed) {
      return paragraphs(
        `هنوز بازپرداختی برای سفارش ${order.name} انجام نشده است.`,
        'درخواست شما را به تیم خود سپرده‌ایم؛ تیم آن را بررسی می‌کند و با ایمیل به شما پاسخ می‌دهد.',
      );
    }
    return paragraphs(
      `هیچ بازپرداختی برای سفارش ${order.name} ثبت نشده است.`,
      `${phrases.payment(words.financial[order.financial])}.`,
      'تیم ما پرسش شما را بررسی می‌کند و به شما پاسخ می‌دهد.',
    );
  },

  damaged_or_wrong_item: ({ order, refundProposed }) =>
    paragraphs(
      `متأسفیم که سفارش ${order.name} شما مشکلی دارد.`,
      itemsBlock(v, order.items),
      'لطفاً یک عکس از کالای دریافتی (و اگر هنوز دارید، از بسته‌بندی یا برچسب ارسال) در پاسخ بفرستید. این کار به ما کمک می‌کند موضوع را سریع حل کنیم.',
      refundProposed
        ? 'درخواست بازپرداخت شما را به تیم خود سپرده‌ایم و پس از دریافت عکس بررسی می‌شود.'
        : 'پس از دریافت عکس، تیم ما با یک راه‌حل با شما تماس می‌گیرد.',
    ),

  billing_payment: ({ order }) =>
    paragraphs(
      `جزئیات پرداخت سفارش ${order.name} که در ${order.placedOn} ثبت شده است:`,
      paymentBlock(v, order),
      'اگر پرسش شما درباره یک برداشت مشخص است، لطفاً جزئیات را در پاسخ بفرستید تا تیم ما بررسی کند.',
    ),

  product_question: ({ products }) =>
    products.length > 0
      ? paragraphs(
          'از پرسش شما سپاسگزاریم! این‌ها را در فروشگاه خود پیدا کردیم:',
          ...products.map((p) => productBlock(v, p)),
          'اگر پرسش دیگری دارید، کافی است به همین ایمیل پاسخ دهید.',
        )
      : paragraphs('از پرسش شما سپاسگزاریم! محصول مطابقی در فروشگاه خود پیدا نکردیم. لطفاً نام محصول یا پیوند آن را برای ما بفرستید.'),

  discount_code: ({ storeName }) =>
    paragraphs(
      `از اینکه درباره کد تخفیف با ${storeName} تماس گرفتید سپاسگزاریم.`,
      'تیم ما کد را بررسی می‌کند و به‌زودی به شما پاسخ می‌دهد. در این فاصله، لطفاً مطمئن شوید کد را هنگام پرداخت دقیقاً همان‌طور که نوشته شده و بدون فاصله وارد کرده‌اید.',
    ),

  other: ({ storeName }) =>
    paragraphs(`از اینکه با ${storeName} تماس گرفتید سپاسگزاریم.`, 'پیام شما را دریافت کردیم و یکی از اعضای تیم ما به‌زودی پاسخ می‌دهد.'),
};
