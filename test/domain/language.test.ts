import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/domain/language.ts';

// Short customer emails, 1–3 sentences, as they arrive (order names, digits, punctuation left in).
const SAMPLES: Record<string, string[]> = {
  en: [
    'Where is my order #1001?',
    'Hi, my package has not arrived yet.',
    'Can I return the shoes?',
    'Thanks!',
    'I want to cancel order 1002 please',
    'Hello, the jacket I received is torn. Can you send a new one?',
    'Do you ship to Canada?',
    'Please change my shipping address to 12 Oak St.',
    'Still waiting for my refund',
    'Is this available in size M?',
    'Hey, any update on #1043?',
    'ok thank you',
    'My discount code WELCOME10 does not work',
    'Wrong item in my box, I ordered blue not red.',
    'Cancel it pls',
    'Order #1001 - tracking 1Z999AA10123456784 shows delivered but nothing here',
    'Hi Anna',
    'ok',
    'Thank you so much!!',
    'Any news?',
    'Where is SO-1042',
    'pls refund',
    'Got it, thanks',
  ],
  es: [
    '¿Dónde está mi pedido 1001?',
    'Hola, quiero devolver los zapatos.',
    'Mi paquete no ha llegado todavía',
    'Gracias',
    'Quiero cancelar el pedido 1002',
    'Hola, me llegó la camiseta rota. ¿Me pueden enviar otra?',
    '¿Hacen envíos a México?',
    'Necesito cambiar la dirección de envío',
    'Todavía estoy esperando el reembolso',
    '¿Tienen esta talla en M?',
    'Buenas, alguna novedad del pedido #1043?',
    'muchas gracias',
    'El código de descuento no funciona',
    'Me enviaron un producto equivocado',
    'Cancelen por favor',
    'Hola Anna, gracias!',
    '¿Y mi reembolso?',
    'Ya lo recibí, gracias',
    'No me ha llegado el pedido #1001 del 12/03/2024',
    'Pedido 1055: talla equivocada',
    'Quiero cambiar la talla de las Nike Air Max',
  ],
  fr: [
    'Où est ma commande n° 1001 ?',
    'Bonjour, je voudrais retourner les chaussures.',
    "Mon colis n'est pas encore arrivé",
    'Merci beaucoup',
    'Je veux annuler la commande 1002',
    'Bonjour, la veste reçue est déchirée. Pouvez-vous en envoyer une autre ?',
    'Livrez-vous en Belgique ?',
    'Je dois changer mon adresse de livraison',
    "J'attends toujours mon remboursement",
    'Avez-vous cette taille en M ?',
    'Des nouvelles de #1043 ?',
    'merci',
    'Le code promo ne marche pas',
    'Mauvais article reçu',
    'Annulez svp',
    'Merci !',
    'Toujours rien reçu...',
    'Commande 1001 : mauvaise taille',
    'Bonjour, où en est le remboursement ?',
    'Je souhaite échanger le T-shirt contre une taille L',
    'Bonne journée',
  ],
  de: [
    'Wo ist meine Bestellung 1001?',
    'Hallo, ich möchte die Schuhe zurückgeben.',
    'Mein Paket ist noch nicht angekommen',
    'Danke schön',
    'Bitte stornieren Sie Bestellung 1002',
    'Hallo, die Jacke ist kaputt angekommen. Können Sie eine neue schicken?',
    'Liefern Sie auch in die Schweiz?',
    'Ich muss meine Lieferadresse ändern',
    'Ich warte immer noch auf meine Rückerstattung',
    'Gibt es das in Größe M?',
    'Gibt es Neuigkeiten zu #1043?',
    'vielen Dank',
    'Der Gutscheincode funktioniert nicht',
    'Falscher Artikel geliefert',
    'Bitte stornieren',
    'Danke!',
    'Immer noch nichts angekommen',
    'Bestellung 1001: falsche Größe',
    'Wann kommt mein Paket?',
    'Ich will das T-Shirt in L umtauschen',
    'Guten Tag, wo bleibt die Erstattung?',
  ],
  fa: [
    'سفارش ۱۰۰۱ من کجاست؟',
    'سلام، بسته من هنوز نرسیده است',
    'می‌خواهم کفش‌ها را پس بدهم',
    'ممنون',
    'لطفا سفارش ۱۰۰۲ را لغو کنید',
    'سلام، کاپشن پاره به دستم رسید',
    'به شیراز هم ارسال دارید؟',
    'باید آدرس ارسال را عوض کنم',
    'هنوز منتظر بازگشت پولم هستم',
    'این سایز ام دارید؟',
    'مرسی',
    'کد تخفیف کار نمی‌کند',
    'کالای اشتباه فرستادید',
    'خبری از سفارش #۱۰۴۳ نیست؟',
    'لغوش کنید لطفا',
    'سلام وقت بخیر',
    'سفارش ۱۰۰۱ رسید، ممنون',
    'پس کی می‌رسه؟',
    'کد رهگیری ۱۲۳۴۵۶۷۸۹۰۱۲ کار نمیکنه',
    'مرسی از پیگیری‌تون',
    'چرا پولم برنگشت؟',
  ],
  ar: [
    'أين طلبي رقم ١٠٠١؟',
    'مرحبا، لم يصل الطرد بعد',
    'أريد إرجاع الحذاء',
    'شكرا',
    'أرجو إلغاء الطلب ١٠٠٢',
    'مرحبا، وصلت السترة ممزقة',
    'هل تشحنون إلى مصر؟',
    'أحتاج إلى تغيير عنوان الشحن',
    'ما زلت أنتظر استرداد المبلغ',
    'هل يتوفر هذا بمقاس M؟',
    'شكرا جزيلا',
    'كود الخصم لا يعمل',
    'وصلني منتج خاطئ',
    'أي جديد بخصوص الطلب #١٠٤٣؟',
    'الغوا الطلب من فضلكم',
    'السلام عليكم',
    'متى يصل طلبي ١٠٠١؟',
    'شكرا على المتابعة',
    'لماذا لم يتم استرداد المبلغ؟',
    'المقاس غلط',
    'وصل الطلب، شكرا لكم',
  ],
};
describe('detectLanguage on short customer emails', () => {
  for (const [language, texts] of Object.entries(SAMPLES)) {
    it.each(texts)(`${language}: %s`, (text) => {
      expect(detectLanguage(text)).toBe(language);
    });
  }
});

describe('Persian vs Arabic', () => {
  it.each([
    ['ممنون', 'fa'],
    ['شكرا', 'ar'],
    ['پس کی می‌رسه؟', 'fa'],
    ['متى يصل؟', 'ar'],
    // Same meaning, "where is my order": Persian uses ی/ک, Arabic ي/ة.
    ['سفارشم کجاست؟', 'fa'],
    ['أين طلبيتي؟', 'ar'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('robust to numbers, order names and links', () => {
  it.each([
    ['Bestellung #1001, 12.03.2024, 59,99 € — wo ist sie?', 'de'],
    ['pedido SO-1042 https://shop.example/orders/1042 todavía no llega', 'es'],
    ['commande 1001 : rien reçu, contact@client.fr', 'fr'],
    ['سفارش ۱۰۰۱ — ۲۵۰٬۰۰۰ تومان — هنوز نرسیده', 'fa'],
    ['الطلب ١٠٠١ — ٢٥٠ ريال — لم يصل بعد', 'ar'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it.each(['', '   ', '1001 2024 #55', 'https://example.com/x', '+1 415 555 0132'])('no words in %j → und', (text) => {
    expect(detectLanguage(text)).toBe('und');
  });
});

describe('other languages and the English prior', () => {
  it('reports a longer text in a language without templates as itself', () => {
    expect(detectLanguage('Dank je wel voor de snelle levering van mijn bestelling')).toBe('nl');
    expect(detectLanguage('Obrigado pela ajuda, a encomenda chegou hoje')).toBe('pt');
  });

  it('falls back to English on ASCII text the detector is unsure about', () => {
    expect(detectLanguage('ok')).toBe('en');
    expect(detectLanguage('Hi Anna')).toBe('en');
  });
});
