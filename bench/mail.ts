import { readFileSync } from 'node:fs';
import MailComposer from 'nodemailer/lib/mail-composer';

const orders = JSON.parse(readFileSync('fixtures/store/orders.json', 'utf8')) as { name: string; email: string; customerName: string }[];

/** Customer email n of a run: "where is my order" from the order's own address (built with nodemailer). */
export function benchEmail(n: number, tag: string): Promise<Buffer> {
  const o = orders[n % orders.length]!;
  return new MailComposer({
    from: { name: o.customerName, address: o.email },
    to: 'support@demo-store.example',
    subject: `Where is my order ${o.name}?`,
    messageId: `<${tag}-${n}@customers.example>`,
    text: `Hello,\n\nI ordered ${o.name} last week. Where is my order? Could you send me the tracking number?\n\nThanks,\n${o.customerName}\n`,
  })
    .compile()
    .build();
}
