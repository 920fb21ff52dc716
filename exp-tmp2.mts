import { REAL } from '/tmp/realistic.ts';
import { extractOrderNumbers } from './src/domain/orderNumbers.ts';
const extra: [string,string[]][] = [['Order total: €1,001.00',[]],['Order #: 1Z999AA10123456784',[]],['order 612 345 678',[]],['Bestellung 12345678901',[]],['pedido 1.001',[]],['#1001.50',[]],['order 1001€',[]],['Room #1001',[]],['order 2 items',[]],['order on 1/2/2024',[]],['Order of 1500 pieces',[]],['My PO Box 1234',[]],['&#1001; entity',[]],['color #100100',['#100100']],['commande 1001, tél. 06 12 34 56 78',['#1001']],['طلب ٣ قطع',[]], ['سفارش ۲ تا کفش',[]], ['order #1001, #1002, and #1003', ['#1001','#1002','#1003']], ['orders 1001-1003', []], ['Bestellung vom 12.03., Nr. 1001', []], ['order 2024',['#2024']], ['ordered in 2024', []], ['order 1001 from 2023', ['#1001']]];
for (const [t, exp] of [...REAL, ...extra]) {
  const r = extractOrderNumbers({ subject: '', newText: t, quotedText: '' });
  const good = JSON.stringify(r.orderNumbers) === JSON.stringify(exp);
  console.log(good ? 'ok  ' : 'FAIL', JSON.stringify(t).slice(0,70).padEnd(70), JSON.stringify(r.orderNumbers), JSON.stringify(r.rejected));
}
