import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ORDER_FORMAT,
  extractOrderNames,
  extractOrderNumbers,
  extractTrackingNumbers,
  normalizeDigits,
  orderNameOccursIn,
  type OrderNameFormat,
  type TrapKind,
} from '../../src/domain/orderNumbers.ts';

const fromText = (newText: string, format: OrderNameFormat = DEFAULT_ORDER_FORMAT) =>
  extractOrderNumbers({ subject: '', newText, quotedText: '' }, format);

describe('normalizeDigits', () => {
  it.each([
    ['۱۰۰۱', '1001'],
    ['١٠٠١', '1001'],
    ['سفارش ۱۲۳۴۵', 'سفارش 12345'],
    ['٢٥٠٫٥٠', '250.50'],
    ['۲۵۰٬۰۰۰', '250,000'],
    ['#1001', '#1001'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDigits(input)).toBe(expected);
  });
});

describe('order-number recognisers', () => {
  it.each([
    // English
    ['Where is #1001?', '#1001'],
    ['# 1001 has not arrived', '#1001'],
    ['order 1001 please', '#1001'],
    ['order #1001', '#1001'],
    ['order no. 1001', '#1001'],
    ['Order number: 1001', '#1001'],
    ['my order number is 1001', '#1001'],
    ['Order1001 is late', '#1001'],
    ['ORDER ID 100234', '#100234'],
    ['(order 1043) still missing', '#1043'],
    // Spanish
    ['pedido 1001', '#1001'],
    ['pedido nº 1001', '#1001'],
    ['número de pedido: 1001', '#1001'],
    ['mi número de pedido es 1187', '#1187'],
    ['¿Cuándo llega mi orden #1450?', '#1450'],
    // French
    ['commande n° 1001', '#1001'],
    ['commande 1001', '#1001'],
    ['numéro de commande : 1001', '#1001'],
    ['Mon numéro de commande est le 1333', '#1333'],
    // German
    ['Bestellung 1001', '#1001'],
    ['Bestellnummer 1001', '#1001'],
    ['Auftrag 1001', '#1001'],
    ['Bestell-Nr. 1001', '#1001'],
    ['Bestellung Nr. 1910 ist beschädigt', '#1910'],
    // Persian (Persian digits)
    ['سفارش ۱۰۰۱', '#1001'],
    ['شماره سفارش ۱۰۰۱', '#1001'],
    ['سفارشم به شماره ۱۰۰۱ کجاست؟', '#1001'],
    ['سفارش ۱۰۰۱ تا الان نرسیده', '#1001'],
    // Arabic (Arabic-Indic digits)
    ['طلب رقم ١٠٠١', '#1001'],
    ['الطلب #١٠٠١', '#1001'],
    ['أين طلبي ١٠٠١؟', '#1001'],
    ['بخصوص الطلب ١٩٩٩ من فضلكم', '#1999'],
    ['رقم الطلب: \u200f١٠٠١', '#1001'],
  ])('%s → %s', (text, expected) => {
    expect(fromText(text).orderNumbers).toEqual([expected]);
  });

  it('reads "Order 1001" in the subject', () => {
    const r = extractOrderNumbers({ subject: 'Re: Order 1001 not received', newText: 'Any update?', quotedText: '' });
    expect(r.orderNumbers).toEqual(['#1001']);
  });

  it('takes a fulfilment name "#1001-F1" as order #1001', () => {
    expect(fromText('Order #1001-F1 shipped').orderNumbers).toEqual(['#1001']);
  });
});

describe('several orders in one email', () => {
  it.each([
    ['orders #1001 and #1002', ['#1001', '#1002']],
    ['orders 1001, 1002 and 1003', ['#1001', '#1002', '#1003']],
    ['order #1001, #1002, and #1003', ['#1001', '#1002', '#1003']],
    ['order 1001/1002', ['#1001', '#1002']],
    ['pedidos 1001 y 1002', ['#1001', '#1002']],
    ['commandes 1001 et 1002', ['#1001', '#1002']],
    ['Bestellungen 1001 und 1002', ['#1001', '#1002']],
    ['سفارش‌های ۱۰۰۱ و ۱۰۰۲', ['#1001', '#1002']],
    ['الطلبات ١٠٠١ و١٠٠٢', ['#1001', '#1002']],
    ['#1001 is late and so is #1001 again', ['#1001']],
  ])('%s → %j', (text, expected) => {
    expect(fromText(text).orderNumbers).toEqual(expected);
  });

  it('does not follow a list into a phone number', () => {
    expect(fromText('order 1001, 555 0132').orderNumbers).toEqual(['#1001']);
  });
});

describe('traps are rejected with their kind', () => {
  const cases: [string, string, TrapKind][] = [
    // phone
    ['call me at +1 415 555 0132', '+1 415 555 0132', 'phone'],
    ['my phone is (415) 555-0132', '(415) 555-0132', 'phone'],
    ['Tel: 0612345678', '0612345678', 'phone'],
    ['Mi teléfono es 612 345 678', '612 345 678', 'phone'],
    ['Appelez-moi au 06 12 34 56 78 svp', '06 12 34 56 78', 'phone'],
    ['Meine Telefonnummer ist 0151 23456789', '0151 23456789', 'phone'],
    ['شماره تماس ۰۹۱۲۳۴۵۶۷۸۹', '۰۹۱۲۳۴۵۶۷۸۹', 'phone'],
    ['تلفن من ۰۲۱۸۸۷۷۶۶۵۵ است', '۰۲۱۸۸۷۷۶۶۵۵', 'phone'],
    ['رقم الهاتف ٠٥٠١٢٣٤٥٦٧', '٠٥٠١٢٣٤٥٦٧', 'phone'],
    // price
    ['I paid $1001 for it', '$1001', 'price'],
    ['total 1,001 EUR', '1,001 EUR', 'price'],
    ['it cost 99.90', '99.90', 'price'],
    ['Pagué 35,50 € ayer', '35,50 €', 'price'],
    ['j\'ai payé 89,00 €', '89,00 €', 'price'],
    ['ich habe 25 Euro bezahlt', '25 Euro', 'price'],
    ['مبلغ ۲۵۰٬۰۰۰ تومان پرداخت کردم', '۲۵۰٬۰۰۰ تومان', 'price'],
    ['دفعت ٢٥٠ ريال', '٢٥٠ ريال', 'price'],
    ['order 1001€', '1001€', 'price'],
    // date
    ['ordered on March 3, 2024', 'March 3, 2024', 'date'],
    ['order 2024-03-05', '2024-03-05', 'date'],
    ['ordered on 12/03/2024', '12/03/2024', 'date'],
    ['pedido del 12 de marzo de 2024', '12 de marzo de 2024', 'date'],
    ['commande passée le 3 mars 2024', '3 mars 2024', 'date'],
    ['Bestellung vom 3. März 2024', '3. März 2024', 'date'],
    ['Bestellung vom 05.03.2024', '05.03.2024', 'date'],
    ['ordered in 2024', '2024', 'date'],
    ['تاریخ خرید ۱۴۰۲/۰۵/۱۲ بود', '۱۴۰۲/۰۵/۱۲', 'date'],
    ['اشتريت بتاريخ ١٢/٠٣/٢٠٢٤', '١٢/٠٣/٢٠٢٤', 'date'],
    // postcode and address
    ['zip 90210', '90210', 'postcode'],
    ['Springfield, IL 62704', 'IL 62704', 'postcode'],
    ['el código postal es 28013', '28013', 'postcode'],
    ['code postal 75001', '75001', 'postcode'],
    ['PLZ 10115', '10115', 'postcode'],
    ['J\'habite 12 rue de la Paix, 75002 Paris', '75002', 'postcode'],
    ['کد پستی من ۱۲۳۴۵۶۷۸۹۰ است', '۱۲۳۴۵۶۷۸۹۰', 'postcode'],
    ['الرمز البريدي ١١٥٦٤', '١١٥٦٤', 'postcode'],
    // tracking
    ['tracking 1Z999AA10123456784', '1Z999AA10123456784', 'tracking'],
    ['Tracking number 9400111899223856920934', '9400111899223856920934', 'tracking'],
    ['número de seguimiento 1Z999AA10123456784', '1Z999AA10123456784', 'tracking'],
    ['numéro de suivi 6A12345678901', '6A12345678901', 'tracking'],
    ['Sendungsnummer 00340434161094015902', '00340434161094015902', 'tracking'],
    ['کد رهگیری ۱۱۱۲۲۲۳۳۳۴۴۴۵۵', '۱۱۱۲۲۲۳۳۳۴۴۴۵۵', 'tracking'],
    ['رقم التتبع ١٢٣٤٥٦٧٨٩٠١٢', '١٢٣٤٥٦٧٨٩٠١٢', 'tracking'],
    ['Bestellung 123456789012345', '123456789012345', 'tracking'],
    // quantities, SKU, invoice, ticket, bare numbers
    ['2 items missing', '2 items', 'other'],
    ['Order of 1500 pieces', '1500 pieces', 'other'],
    ['I want to order 150 more units', '150', 'other'],
    ['Ich habe 3 Stück bestellt', '3 Stück', 'other'],
    ['اشتريت ٣ قطع', '٣ قطع', 'other'],
    ['SKU 10012', '10012', 'other'],
    ['invoice 1001', '1001', 'other'],
    ['Invoice #2045 is wrong', '2045', 'other'],
    ['Factura 1045 incorrecta', '1045', 'other'],
    ['Facture n° 2024 à corriger', '2024', 'other'],
    ['Rechnung 1045 fehlt', '1045', 'other'],
    ['فاتورة ١٠٤٥', '١٠٤٥', 'other'],
    ['Ticket #55321 - still no answer', '55321', 'other'],
    ['Room #1001', '1001', 'other'],
    ['the number 1001', '1001', 'other'],
    ['pedido 1.001', '1.001', 'price'],
  ];
  it.each(cases)('%s: rejects %s as %s', (text, trap, kind) => {
    const r = fromText(text);
    expect(r.orderNumbers).toEqual([]);
    expect(r.rejected).toContainEqual({ text: trap, kind });
  });

  it.each([
    ['call me at +1 415 555 0132 about order 1001', '#1001'],
    ['I paid 99.90 € for order 1001', '#1001'],
    ['pedido 1001 del 12 de marzo', '#1001'],
    ['commande 1001 passée le 3 mars', '#1001'],
    ['Hallo, meine Bestellung 1099 vom 3. März ist noch nicht da. Sendungsnummer 00340434161094015902.', '#1099'],
    ['order 1001 may be lost', '#1001'],
    ['order 1001 at 10:30 yesterday', '#1001'],
    ['order 1001 was 3 days ago', '#1001'],
  ])('keeps the real order beside a trap: %s', (text, order) => {
    expect(fromText(text).orderNumbers).toEqual([order]);
  });

  it('ignores ids in URLs and e-mail addresses', () => {
    expect(fromText('see https://shop.example/orders/1001 or write to order1001@shop.example').orderNumbers).toEqual([]);
  });

  it('does not take an HTML entity for an order', () => {
    expect(fromText('&#1001; entity').orderNumbers).toEqual([]);
  });

  it('rejects numbers that are too long or unclean after an order word', () => {
    expect(fromText('order 123456789').orderNumbers).toEqual([]);
    expect(fromText('order 1001.50').orderNumbers).toEqual([]);
    expect(fromText('orders 1001-1003').orderNumbers).toEqual([]);
    expect(fromText('order 612 345 678').orderNumbers).toEqual([]);
  });
});

describe('store name formats', () => {
  const so: OrderNameFormat = { prefix: 'SO-', suffix: '' };
  const eu: OrderNameFormat = { prefix: '', suffix: '-EU' };
  const both: OrderNameFormat = { prefix: 'A', suffix: '-X' };
  it.each([
    ['SO-1001 is late', so, ['SO-1001']],
    ['so-1001 is late', so, ['SO-1001']],
    ['SO1001 is late', so, ['SO-1001']],
    ['order SO-1001', so, ['SO-1001']],
    ['order 1001', so, ['SO-1001']],
    ['#1001', so, ['SO-1001']],
    ['SO-1001 and SO-1002', so, ['SO-1001', 'SO-1002']],
    ['1001-EU is missing', eu, ['1001-EU']],
    ['order 1001-EU', eu, ['1001-EU']],
    ['#1001', eu, ['1001-EU']],
    ['pedido 1001', eu, ['1001-EU']],
    ['A1001-X arrived broken', both, ['A1001-X']],
  ] as [string, OrderNameFormat, string[]][])('%s with %j → %j', (text, format, expected) => {
    expect(fromText(text, format).orderNumbers).toEqual(expected);
  });

  it('does not take a bare number without the prefix', () => {
    expect(fromText('1001 is late', so).orderNumbers).toEqual([]);
    expect(fromText('so 1001 is late', so).orderNumbers).toEqual([]);
  });

  it('still rejects traps in the prefix format', () => {
    expect(fromText('SO-2024-03-05', so).orderNumbers).toEqual([]);
  });
});

describe('new text counts before quoted history', () => {
  it('prefers the new text over the quoted thread', () => {
    const r = extractOrderNumbers({
      subject: 'Re: your question',
      newText: 'Sorry, I meant order #1002.',
      quotedText: '> On Monday you wrote: order #1001 has shipped',
    });
    expect(r.orderNumbers).toEqual(['#1002']);
  });

  it('falls back to a forwarded order confirmation', () => {
    const r = extractOrderNumbers({
      subject: 'Fwd: confirmation',
      newText: 'See below, it never arrived. Call me on +49 151 23456789.',
      quotedText: '---------- Forwarded message ---------\nOrder #1088 confirmed\nTotal: €59.90',
    });
    expect(r.orderNumbers).toEqual(['#1088']);
  });

  it('subject orders come before body orders', () => {
    const r = extractOrderNumbers({ subject: 'Order #1005', newText: 'and also order 1004', quotedText: '' });
    expect(r.orderNumbers).toEqual(['#1005', '#1004']);
  });
});

describe('extractTrackingNumbers', () => {
  it.each([
    ['UPS: 1Z999AA10123456784', ['1Z999AA10123456784']],
    ['tracking number 9400 1118 9922 3856 9209 34', ['9400111899223856920934']],
    ['Sendungsnummer 00340434161094015902', ['00340434161094015902']],
    ['El número de seguimiento es LX123456789DE', ['LX123456789DE']],
    ['کد رهگیری ۱۱۱۲۲۲۳۳۳۴۴۴۵۵', ['11122233344455']],
    ['رقم التتبع ١٢٣٤٥٦٧٨٩٠١٢', ['123456789012']],
    ['order #1001, call +1 415 555 0132', []],
    ['Tel: 0612345678', []],
    ['کد پستی ۱۲۳۴۵۶۷۸۹۰', []],
  ])('%s → %j', (text, expected) => {
    expect(extractTrackingNumbers(text)).toEqual(expected);
  });
});

describe('orderNameOccursIn (LLM cross-check)', () => {
  it.each([
    ['#1001', 'where is order #1001?', true],
    ['#1001', 'where is order 1001?', true],
    ['1001', 'my number: 1001', true],
    ['#1001', 'سفارش ۱۰۰۱ کجاست', true],
    ['SO-1001', 'SO-1001 please', true],
    ['#1002', 'where is order #1001?', false],
    ['#1001', 'I paid $1001', false],
    ['#2024', 'ordered on March 3, 2024', false],
    ['#0132', 'call 555-0132', false],
    ['#10012', 'order 1001', false],
    ['#1001', 'order 1001.50', false],
    ['#90210', 'zip 90210', false],
  ])('%s in %j → %s', (name, text, expected) => {
    expect(orderNameOccursIn(name, text)).toBe(expected);
  });

  it('uses the store format', () => {
    expect(orderNameOccursIn('SO-1001', 'order 1001', { prefix: 'SO-', suffix: '' })).toBe(true);
  });
});

// Whole short emails as customers write them; one expected list each. Every trap listed here
// must stay out of orderNumbers: precision is the point.
const EMAILS: [string, string[]][] = [
  ["Hi, I ordered a blue shirt last week (order #1043) and it still hasn't arrived. My phone is 555-123-4567.", ['#1043']],
  ['Hello, my order number is 1056. I live at 742 Evergreen Terrace, Springfield, IL 62704.', ['#1056']],
  ['Order #1012 — I was charged $129.99 twice on 03/02/2024.', ['#1012']],
  ["Can you send the tracking for order 1090? The UPS number you gave me 1Z999AA10123456784 doesn't work.", ['#1090']],
  ['I placed order 1077 on 2024-03-02 and paid 49,90 €. Still nothing.', ['#1077']],
  ['Hi there, I need to change the address on #1101 to 55 King Street, London SW1A 1AA. Thanks, Tom (07700 900123)', ['#1101']],
  ['Please cancel my order. Thanks!', []],
  ['My zip code is 10001 and I paid 1001 dollars for 2 items', []],
  ['I want to order 150 more units of the black mug, do you do wholesale?', []],
  ['Where is my package? Tracking number 9400111899223856920934', []],
  ['Call me at +44 20 7946 0958 regarding the refund', []],
  ['I bought it on March 15, 2024 for $59.00, order # 1500', ['#1500']],
  ['Order 1001 was delivered to the wrong address: 1600 Amphitheatre Pkwy, Mountain View, CA 94043', ['#1001']],
  ['Hi! Quick question about size 10 in the Runner 2000 model', []],
  ['Sent you an email on 12.04.2024 about order no 1288', ['#1288']],
  ['I was charged twice for order #1005 ($45.00 + $45.00)', ['#1005']],
  ['Hello, regarding order # 1030 from 2 weeks ago', ['#1030']],
  ['Hola, hice el pedido #1034 el 5 de marzo y todavía no llega. Mi teléfono es 612 345 678.', ['#1034']],
  ['Buenas tardes, mi número de pedido es 1187. Pagué 35,50 € y el código postal es 28013.', ['#1187']],
  ['Quiero devolver el pedido nº 1203, la talla 42 no me queda.', ['#1203']],
  ['Pedidos 1301 y 1302: llegaron rotos', ['#1301', '#1302']],
  ['Me llamo Ana, vivo en Calle Mayor 15, 28013 Madrid. Teléfono: +34 612 345 678', []],
  ['Compré 3 camisetas por 45 euros el 12/03/2024', []],
  ["Bonjour, ma commande n°1088 du 12/03/2024 n'est pas arrivée. Code postal 75011.", ['#1088']],
  ["Bonjour, je n'ai pas reçu la commande 1402, numéro de suivi 6A12345678901", ['#1402']],
  ['Commandes 1501 et 1502 : colis endommagé', ['#1501', '#1502']],
  ["Le 3 mars 2024, j'ai commandé 2 articles pour 120 €", []],
  ['commande 1001, tél. 06 12 34 56 78', ['#1001']],
  ['Bestellnummer: 1456 – die Jacke ist zu klein. Meine Telefonnummer ist 0151 23456789.', ['#1456']],
  ['Guten Tag, Auftrag 1777 wurde am 05.03.2024 bezahlt (59,99 €).', ['#1777']],
  ['Bitte die Bestellungen 1801 und 1802 stornieren.', ['#1801', '#1802']],
  ['Meine Adresse: Hauptstraße 5, 10115 Berlin, PLZ 10115', []],
  ['Ich habe 3 Stück bestellt und 25 Euro bezahlt', []],
  ['سلام، سفارش ۱۰۲۳ من هنوز نرسیده. شماره تماس ۰۹۱۲۳۴۵۶۷۸۹', ['#1023']],
  ['شماره سفارش: ۱۲۳۴ - مبلغ ۲۵۰٬۰۰۰ تومان پرداخت کردم', ['#1234']],
  ['سفارش‌های ۱۴۰۱ و ۱۴۰۲ رو لغو کنید لطفا', ['#1401', '#1402']],
  ['کد پستی من ۱۲۳۴۵۶۷۸۹۰ است و کد رهگیری ۱۱۱۲۲۲۳۳۳۴۴۴۵۵', []],
  ['سفارشم با شماره ۱۶۶۶ کی میرسه؟', ['#1666']],
  ['سفارش ۲ تا کفش', []],
  ['مرحبا، طلبي رقم ١٠٤٥ لم يصل بعد. رقم الهاتف ٠٥٠١٢٣٤٥٦٧', ['#1045']],
  ['الطلب #١٢٠٠ وصل تالفا، دفعت ٢٥٠ ريال', ['#1200']],
  ['أريد إلغاء الطلبات ١٣٠٠ و١٣٠١', ['#1300', '#1301']],
  ['الرمز البريدي ١١٥٦٤ والعنوان شارع الملك فهد ١٢', []],
  ['اشتريت ٣ قطع بتاريخ ١٢/٠٣/٢٠٢٤', []],
];

describe('whole customer emails', () => {
  it.each(EMAILS)('%s → %j', (text, expected) => {
    expect(fromText(text).orderNumbers).toEqual(expected);
  });
});

// Whole messages with subject and quoted part: [subject, newText, quotedText, expected].
const THREADS: [string, string, string, string[]][] = [
 ['Where is my stuff?', 'Hi, ordered 2 weeks ago, order #1187, total was $86.40. Shipping to 221B Baker Street, London NW1 6XE.', '', ['#1187']],
 ['Order #1240', 'Hey, the hoodie is too big. Can I get an XL instead?', '', ['#1240']],
 ['Refund', 'I returned order 1309 on Feb 2nd and still no refund of $120.00. My number is (212) 555-0199.', '', ['#1309']],
 ['Help', 'Thank you for the quick reply!', '> Your order #1003 has been shipped', ['#1003']],
 ['Re: Order 1410', 'Still not here. Tracking says 1Z12345E0205271688.', '', ['#1410']],
 ['', 'I bought 3 candles on 01/15/2024, paid 45 USD. Zip 30301.', '', []],
 ['Wrong size', 'Ordered a size 9 (item 4421) but got an 11.', '', []],
 ['Two orders', 'Can you combine order 1550 with order 1551 to save shipping?', '', ['#1550', '#1551']],
 ['Urgent!!!', 'Call me back at 1-800-555-0199 ext 1234', '', []],
 ['Address', 'Please ship #1602 to 4500 Sunset Blvd, Apt 1203, Los Angeles, CA 90027 instead.', '', ['#1602']],
 ['Pedido', 'Hola! Mi pedido #1711 llegó incompleto, faltan 2 artículos. Lo pagué el 3/4/2024.', '', ['#1711']],
 ['Devolución pedido 1720', 'Quiero devolverlo, me queda grande.', '', ['#1720']],
 ['', 'Buenos días, quería saber cuándo llega mi compra. Pagué 59,99 € con tarjeta el lunes.', '', []],
 ['', 'Vivo en Avenida de la Constitución 1234, 41001 Sevilla', '', []],
 ['', 'Los pedidos 1801, 1802 y 1803 están retrasados', '', ['#1801', '#1802', '#1803']],
 ['Commande', 'Bonjour, je n\'ai toujours rien reçu pour la commande #1905 passée le 02/03. Merci', '', ['#1905']],
 ['', 'Ma commande de 3 pièces à 29,90 € est arrivée cassée', '', []],
 ['', 'Pouvez-vous me rappeler au +33 6 12 34 56 78 ?', '', []],
 ['Retour commande n° 2010', 'Je souhaite un remboursement.', '', ['#2010']],
 ['', 'Le colis 6A98765432101 est bloqué', '', []],
 ['Bestellung', 'Hallo, meine Bestellung #2105 ist seit 10 Tagen unterwegs. Grüße', '', ['#2105']],
 ['', 'Ich wohne in der Bahnhofstraße 12, 80335 München', '', []],
 ['Rücksendung', 'Bestellnummer 2210, Artikel 5512 passt nicht. Bitte um Erstattung von 79,90 EUR.', '', ['#2210']],
 ['', 'Rufen Sie mich an: 089 1234567', '', []],
 ['AW: Ihre Bestellung 2301', 'Danke, alles angekommen!', '', ['#2301']],
 ['', 'سلام وقت بخیر، سفارش ۲۴۰۵ رو کی ارسال میکنید؟ شماره من ۰۹۱۹۸۷۶۵۴۳۲', '', ['#2405']],
 ['', 'مبلغ ۳۵۰ هزار تومان رو دو بار ازم کم کردید', '', []],
 ['', 'آدرس: تهران، خیابان ولیعصر، پلاک ۱۲۳، کد پستی ۱۹۶۸۹۱۳۴۵۶', '', []],
 ['پیگیری سفارش ۲۵۰۱', 'هنوز نرسیده', '', ['#2501']],
 ['', 'سفارش ۲۶۰۱ و ۲۶۰۲ رو با هم بفرستید', '', ['#2601', '#2602']],
 ['', 'مرحبا، أين الطلب رقم ٢٧٠١؟ دفعت ١٥٠ درهم', '', ['#2701']],
 ['', 'رقم جوالي ٠٥٥٥١٢٣٤٥٦ يرجى الاتصال', '', []],
 ['استفسار عن الطلب ٢٨٠٠', 'متى يصل؟', '', ['#2800']],
 ['', 'العنوان: شارع التحلية ٤٥، الرياض ١٢٣٤٥', '', []],
 ['', 'طلبت ٢ قطعة بتاريخ ٥/٣/٢٠٢٤', '', []],
 ['Fwd: Order confirmation', 'Forwarding this, it never came.', 'Thank you for your purchase!\nOrder #2901\nSubtotal $49.00\nShipping to 10 Main St, Boston MA 02108', ['#2901']],
 ['', 'See my previous email.', '> Le 3 mars 2024, Client a écrit :\n> ma commande 3001 est en retard', ['#3001']],
 ['', 'Order 3100 — actually, sorry, I meant order 3101.', '', ['#3100', '#3101']],
 ['', 'My card ending 4242 was charged', '', []],
 ['', 'I\'d like to reorder 200 of the same mugs', '', []],
];

describe('whole messages with subject and quoted history', () => {
  it.each(THREADS)('%s | %s', (subject, newText, quotedText, expected) => {
    expect(extractOrderNumbers({ subject, newText, quotedText }).orderNumbers).toEqual(expected);
  });
});

describe('extractOrderNames (the names alone, for the classifier)', () => {
  // A blank line added to each part makes the segments new to the per-segment cache, so the names
  // are found without a cached full result first, then compared with the full extraction.
  const fresh = (subject: string, newText: string, quotedText: string) => ({ subject: subject && `${subject}\n\n`, newText: `${newText}\n\n`, quotedText: quotedText && `${quotedText}\n\n` });
  it.each(THREADS)('%s | %s', (subject, newText, quotedText) => {
    const input = fresh(subject, newText, quotedText);
    const names = extractOrderNames(input);
    expect(names).toEqual(extractOrderNumbers(input).orderNumbers);
  });

  it.each(EMAILS.map(([text]) => [text] as const))('%s', (text) => {
    const input = fresh('', text, '');
    const names = extractOrderNames(input, { prefix: '#', suffix: '' });
    expect(names).toEqual(extractOrderNumbers(input).orderNumbers);
  });
});

describe('Persian possessive between the order word and the number', () => {
  it.each([
    ['سفارش من ۶۱۰۱ هنوز نرسیده', ['#6101']],
    ['وضعیت سفارش شما ۱۰۰۲ چیست؟', ['#1002']],
  ])('%s', (text, want) => {
    expect(extractOrderNumbers({ subject: '', newText: text, quotedText: '' }).orderNumbers).toEqual(want);
  });
});

describe('pathological input', () => {
  it('still finds the order after a long run of letters with no "@" (the address mask is linear)', () => {
    const text = `order #1001 ${'a'.repeat(15_000)}`;
    expect(extractOrderNumbers({ subject: '', newText: text, quotedText: '' }).orderNumbers).toEqual(['#1001']);
  });
});

describe('repeated extraction (results are cached per segment)', () => {
  it('returns the same result for the same text, unaffected by what a caller did with the last one', () => {
    const input = { subject: 'Order #1001', newText: 'Call me on +44 20 7946 0958 about order 1002, I paid $45.00', quotedText: '' };
    const first = extractOrderNumbers(input);
    expect(first.orderNumbers).toEqual(['#1001', '#1002']);
    expect(first.rejected).toContainEqual({ text: '+44 20 7946 0958', kind: 'phone' });
    first.orderNumbers.push('#9999');
    const second = extractOrderNumbers(input);
    expect(second.orderNumbers).toEqual(['#1001', '#1002']);
    expect(second.rejected).toEqual(extractOrderNumbers({ ...input }).rejected);
  });

  it('keys the cache on the store format too', () => {
    const input = { subject: '', newText: 'about SO-1001 please', quotedText: '' };
    expect(extractOrderNumbers(input).orderNumbers).toEqual([]);
    expect(extractOrderNumbers(input, { prefix: 'SO-', suffix: '' }).orderNumbers).toEqual(['SO-1001']);
    expect(extractOrderNumbers(input).orderNumbers).toEqual([]);
  });

  it('still finds phone numbers that the digit pre-check lets through: a "+", brackets, or 9+ digits', () => {
    expect(extractOrderNumbers({ subject: '', newText: 'order 1001, tel +1 555 0132', quotedText: '' }).rejected).toContainEqual({ text: '+1 555 0132', kind: 'phone' });
    expect(extractOrderNumbers({ subject: '', newText: 'order 555 0132 9876', quotedText: '' }).orderNumbers).toEqual([]);
    expect(extractTrackingNumbers('no digits here at all')).toEqual([]);
    expect(extractTrackingNumbers('tracking 1Z999AA10123456784, call +1 415 555 0132')).toEqual(['1Z999AA10123456784']);
  });
});

describe('more order cues seen in held-out mail', () => {
  it.each([
    ['Bonjour, ma commande (n° 3908) est bloquée', ['#3908']],
    ['Bestellung (Nr. 1234) ist noch nicht da', ['#1234']],
    ['سلام، سفارش ثبت کردم به شماره ۳۸۳۶ ولی هنوز نرسیده', ['#3836']],
    ['الأوردر بتاعي رقم 3883 فين؟', ['#3883']],
  ])('%s', (text, want) => {
    expect(extractOrderNumbers({ subject: '', newText: text, quotedText: '' }).orderNumbers).toEqual(want);
  });

  it.each([
    ['سفارش دادم، شماره تماس من ۰۹۱۲۱۲۳۴۵۶۷ است'],
    ['سفارش دادم و کد پستی من ۱۴۳۵۶۷۸۹۱۰ است'],
    ['my order (placed 12/03/2026) has not arrived'],
    ['الأوردر بتاعي وصل، رقم تليفوني 01001234567'],
  ])('takes no trap for an order: %s', (text) => {
    expect(extractOrderNumbers({ subject: '', newText: text, quotedText: '' }).orderNumbers).toEqual([]);
  });
});
