import { extractOrderNumbers, extractTrackingNumbers } from './src/domain/orderNumbers.ts';
const cases = process.argv.slice(2).length ? process.argv.slice(2) : [
 'Where is my order #1001?', 'order # 1001', 'order 1001 please', 'order #1001', 'order no. 1001', 'Order number: 1001', 'my order number is 1001',
 'pedido 1001', 'pedido nº 1001', 'número de pedido: 1001', 'commande n° 1001', 'commande 1001', 'numéro de commande : 1001', 'Bestellung 1001', 'Bestellnummer 1001', 'Auftrag 1001', 'Bestell-Nr. 1001',
 'سفارش ۱۰۰۱', 'شماره سفارش ۱۰۰۱', 'سفارشم به شماره ۱۰۰۱ کجاست؟', 'طلب رقم ١٠٠١', 'الطلب #١٠٠١', 'أين طلبي ١٠٠١؟',
 'orders #1001 and #1002', 'orders 1001, 1002 and 1003', 'pedidos 1001 y 1002', 'commandes 1001 et 1002', 'Bestellungen 1001 und 1002', 'سفارش‌های ۱۰۰۱ و ۱۰۰۲', 'الطلبات ١٠٠١ و١٠٠٢',
 'call me at +1 415 555 0132 about order 1001', 'Tel: 0612345678', 'my phone is (415) 555-0132', 'order 1001 costs $1001', 'I paid 99.90 € for order 1001', 'total 1,001 EUR',
 'order placed March 3, 2024', 'Bestellung vom 3. März 2024', 'order 2024-03-05', 'ordered on 12/03/2024', 'zip 90210', 'PLZ 10115', 'code postal 75001', 'کد پستی ۱۲۳۴۵۶۷۸۹۰',
 'tracking 1Z999AA10123456784', 'Sendungsnummer 00340434161094015902', 'I want to order 200 more', '2 items missing', 'invoice 1001', 'Invoice #1001', 'SKU 10012', 'the number 1001',
 'Apt #1203, 12 Main Street', '12 Rue de Rivoli\n75001 Paris', 'order 1001 may be lost', 'order 1001 at 5pm yesterday', 'commande 1001 passée le 3 mars', 'pedido 1001 del 12 de marzo',
 'order 1001 was 3 days ago', 'سفارش ۱۰۰۱ تا الان نرسیده', 'تلفن: ۰۹۱۲۱۲۳۴۵۶۷', 'هاتف ٠٥٥١٢٣٤٥٦٧', 'رقم التتبع ١٢٣٤٥٦٧٨٩٠١٢', 'المبلغ ٢٥٠ ريال', 'قیمت ۱۵۰۰۰۰ تومان',
 'https://shop.com/orders/1001 and order1001@x.com', 'Order #1001-F1 shipped', 'order 1001/1002', 'order 1001.', 'order 123456789',
];
for (const c of cases) {
  const r = extractOrderNumbers({ subject: '', newText: c, quotedText: '' });
  console.log(JSON.stringify(c).padEnd(60), JSON.stringify(r.orderNumbers), JSON.stringify(r.rejected), JSON.stringify(extractTrackingNumbers(c)));
}
