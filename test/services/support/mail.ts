import { readFileSync } from 'node:fs';
import MailComposer from 'nodemailer/lib/mail-composer';

interface FixtureOrder {
  name: string;
  email: string;
  customerName: string;
}

const orders = JSON.parse(readFileSync('fixtures/store/orders.json', 'utf8')) as FixtureOrder[];

/**
 * A real customer email (built with nodemailer's MailComposer) asking where order n is, from the
 * order's own address: the offline classifier reads it as order_status with identity verified.
 */
export async function orderStatusEmail(n: number, tag: string): Promise<Buffer> {
  const o = orders[n % orders.length]!;
  return new MailComposer({
    from: { name: o.customerName, address: o.email },
    to: 'support@demo-store.example',
    subject: `Where is my order ${o.name}?`,
    messageId: `<${tag}-${n}@customers.example>`,
    text: `Hello,\n\nI ordered ${o.name} a while ago. Where is my order? Could you send me the tracking number?\n\nThanks,\n${o.customerName}\n`,
  })
    .compile()
    .build();
}
