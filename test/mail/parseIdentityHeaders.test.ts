import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../src/mail/parse.ts';
import { rawMail } from '../helpers/hostileMail.ts';

describe('parseEmail: the headers the sender check reads', () => {
  it('keeps every From (mailparser keeps only the first), Sender, every Reply-To and each Authentication-Results in order', async () => {
    const email = await parseEmail(
      rawMail({
        from: ['Emma <Emma.Johnson@example.com>', '"emma.johnson@example.com" <attacker@elsewhere.example>'],
        sender: 'Bulk <sender@elsewhere.example>',
        replyTo: 'a@elsewhere.example, "B" <b@elsewhere.example>',
        authResults: ['mx.trusted.example;\r\n  dkim=pass header.d=example.com;\r\n  dmarc=pass header.from=example.com', 'mx.elsewhere.example; dmarc=pass'],
        messageId: '<p1@mail.example.com>',
      }),
    );
    expect(email.from.address).toBe('emma.johnson@example.com');
    expect(email.identityHeaders).toEqual({
      from: ['emma.johnson@example.com', 'attacker@elsewhere.example'],
      sender: 'sender@elsewhere.example',
      replyTo: ['a@elsewhere.example', 'b@elsewhere.example'],
      authenticationResults: ['mx.trusted.example; dkim=pass header.d=example.com; dmarc=pass header.from=example.com', 'mx.elsewhere.example; dmarc=pass'],
    });
  });

  it('a plain message: its From alone', async () => {
    const email = await parseEmail(rawMail({ from: 'emma.johnson@example.com', messageId: '<p2@mail.example.com>' }));
    expect(email.identityHeaders).toEqual({ from: ['emma.johnson@example.com'], sender: null, replyTo: [], authenticationResults: [] });
  });
});
