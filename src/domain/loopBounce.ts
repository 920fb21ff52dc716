import type { ParsedEmail } from './email.ts';
import { type LoopFinding, ownWords, sure, suspect } from './loopFinding.ts';
import { systemName } from './loopSender.ts';

/**
 * Subjects of delivery reports that are not multipart/report (older MTAs, gateways, Exchange),
 * en/es/fr/de/fa/ar and a few neighbours. A customer may write "Delivery failed" about a parcel,
 * so a subject is evidence, not proof.
 */
const DSN_SUBJECT = new RegExp(
  [
    String.raw`\bundeliver(?:able|ed)\b`,
    String.raw`\bnon[- ]?deliver(?:y|able)\b`,
    String.raw`\breturned (?:mail|e-?mail|message)\b`,
    String.raw`\breturn(?:ed)? to sender\b`,
    String.raw`\bfailure notice\b`,
    String.raw`\bdelivery (?:status|notification|failure|failed|report|problem|has failed|error)`,
    String.raw`\b(?:mail|message|e-?mail) (?:delivery|transmission) (?:failed|failure|error|problem|notification)`,
    String.raw`\b(?:could|can) ?not (?:be )?(?:deliver|send)`,
    String.raw`\bunable to deliver\b`,
    String.raw`\b(?:message|mail) not delivered\b`,
    String.raw`\bmail system error\b`,
    String.raw`\bpermanent (?:error|failure)\b`,
    String.raw`\bundelivered mail\b`,
    String.raw`\bunzustellbar\b`,
    String.raw`\bnicht zustellbar\b`,
    String.raw`\bzustellung fehlgeschlagen\b`,
    String.raw`\bunzustellbare nachricht\b`,
    String.raw`\bnon remis\b`,
    String.raw`\bnon distribuable\b`,
    String.raw`(?<!\p{L})[ée]chec (?:de (?:la )?)?(?:remise|livraison|distribution)\b`,
    String.raw`\bno (?:se puede|se pudo) entregar\b`,
    String.raw`\b(?:mensaje|correo) no entregado\b`,
    String.raw`\bnotificaci[óo]n de (?:estado de )?entrega\b`,
    String.raw`\bnon recapitabile\b`,
    String.raw`\bonbestelbaar\b`,
    'تحویل ناموفق',
    'تحویل داده نشد',
    'قابل تحویل نیست',
    'تعذر (?:تسليم|التسليم)',
    'لم يتم (?:تسليم|التسليم)',
    'فشل (?:تسليم|التسليم)',
  ].join('|'),
  'iu',
);

/**
 * What mail systems, and only they, write in a delivery report: the fixed sentences of sendmail,
 * Postfix, qmail, Exim, Exchange, Gmail, Domino …, and the fields of a DSN printed as text.
 */
const DSN_BOILERPLATE = new RegExp(
  [
    String.raw`this is the (?:mail system|qmail-send program|mail delivery (?:agent|system))`,
    String.raw`created automatically by mail delivery software`,
    String.raw`(?:following|these) (?:addresses|recipients?) (?:had|has|have) (?:permanent )?(?:fatal )?errors`,
    String.raw`delivery to the following recipients? (?:failed|has been delayed|was aborted)`,
    String.raw`delivery has failed to these recipients`,
    String.raw`(?:could|can) ?not be delivered to one or more (?:of its )?recipients`,
    String.raw`your message (?:did not reach|could not be delivered|was not delivered|wasn't delivered|couldn't be delivered|cannot be delivered)`,
    String.raw`(?:e-?mail|message) (?:you sent |that you sent )could not be delivered`,
    String.raw`i(?:'m| am) (?:sorry|afraid) (?:to have to inform you that your message|i (?:wasn't|was not|couldn't) (?:able to )?deliver)`,
    String.raw`automatically generated delivery status notification`,
    String.raw`transcript of (?:the )?session follows`,
    String.raw`the original message was received at`,
    String.raw`unable to deliver (?:your )?message to the following`,
    String.raw`(?:a|your) message that you sent (?:could not|has not yet) been delivered`,
    String.raw`permanent error\. the following address`,
    String.raw`returned mail: see transcript`,
    String.raw`^\s*(?:reporting-mta|final-recipient|original-recipient|diagnostic-code|remote-mta|x-postfix-queue-id|arrival-date)\s*:`,
    String.raw`^\s*action\s*:\s*(?:failed|delayed)\s*$`,
    String.raw`^\s*status\s*:\s*[45]\.\d{1,3}\.\d{1,3}`,
    String.raw`error message below:`,
    String.raw`this is the mailer-daemon`,
    String.raw`did not reach the following recipients?`,
    String.raw`(?:was|were|has been) rejected by (?:a|the) remote (?:mail )?server`,
    String.raw`error (?:has )?occurred while (?:attempting|trying) to deliver`,
    String.raw`could not be delivered to one or more`,
    String.raw`(?:message|e-?mail) (?:that )?you sent (?:was|has been) (?:rejected|returned|bounced)`,
    String.raw`automatic(?:ally generated)? bounce notification`,
    String.raw`die nachricht konnte nicht zugestellt werden`,
    String.raw`ihre nachricht (?:hat|konnte) (?:einige oder alle empf[äa]nger nicht erreicht|nicht zugestellt werden)`,
    String.raw`votre message n'a pas pu [êe]tre (?:remis|distribu[ée]|d[ée]livr[ée])`,
    String.raw`el mensaje no (?:se )?(?:pudo|ha podido) (?:ser )?entregar`,
    String.raw`su mensaje no (?:pudo|ha podido) (?:ser )?entregado`,
  ].join('|'),
  'imu',
);

/**
 * An SMTP reply that refuses a recipient: a 5xx code or a 4/5.x.x enhanced status with the words
 * that go with it. Mail systems quote these; customers almost never do.
 */
const SMTP_DIAGNOSTIC =
  /(?:\b5[0-5]\d[ -]|\b[45]\.[0-7]\.\d{1,3}\b).{0,120}\b(?:user|mailbox|recipient|address|account|domain|host|relay|rejected|refused|denied|unknown|unavailable|not found|does not exist|doesn't exist|no such|quota|over ?quota|full|blocked|spam|policy|unroutable|invalid)\b/i;

/** How mail systems word a failed delivery: evidence, since a customer may quote one. */
const DSN_WORDING =
  /\b(?:user unknown|unknown (?:user|recipient)|mailbox (?:is )?(?:full|unavailable|not found|does not exist)|no such (?:user|mailbox|recipient|address)|recipient (?:address )?rejected|not listed in (?:the )?(?:domino )?directory|unable to deliver (?:mail|message|the message)|was not delivered to|(?:host|domain) not found|relay (?:access )?denied|over quota|quota exceeded|delivery (?:to the following recipients? )?failed|bounce notification|please do not reply to this (?:e-?mail|message))\b/i;

/** A copy of the sender's own message returned below the report (headers of the original). */
const RETURNED_ORIGINAL = /(?:^|\n)\s*-*\s*(?:returned message|undelivered message|original message headers?|message headers follow|headers of the original|the original message follows|below this line is a copy of the message|(?:a )?copy of the (?:original )?message)\b/i;

/**
 * Delivery reports that are not multipart/report: plain text or multipart/mixed from older MTAs
 * and gateways. Sure when the body says what only a mail system says, or two kinds of evidence
 * agree; a DSN subject alone, or an SMTP code alone, is only suspect.
 */
export function bounceMessage(email: ParsedEmail): LoopFinding | null {
  const words = ownWords(email);
  const sender = email.from.address || 'an unknown sender';
  if (email.attachments.some((a) => a.contentType === 'message/delivery-status' || a.contentType === 'text/rfc822-headers')) {
    return sure('bounce', 'bounce_message', `delivery report from ${sender} (delivery-status part attached)`);
  }
  const boilerplate = DSN_BOILERPLATE.exec(words)?.[0];
  if (boilerplate) return sure('bounce', 'bounce_message', `delivery report from ${sender}: "${boilerplate.trim().slice(0, 60)}"`);

  const evidence: string[] = [];
  if (DSN_SUBJECT.test(email.subject)) evidence.push(`subject "${email.subject.slice(0, 60)}"`);
  const diagnostic = SMTP_DIAGNOSTIC.exec(words)?.[0];
  // An SMTP error and the words around it are one piece of evidence, not two.
  const wording = DSN_WORDING.exec(words)?.[0];
  if (diagnostic) evidence.push(`SMTP error "${diagnostic.slice(0, 40)}"`);
  else if (wording) evidence.push(`"${wording}"`);
  if (RETURNED_ORIGINAL.test(words) || email.attachments.some((a) => a.contentType === 'message/rfc822')) evidence.push('the original message returned');
  if (systemName(email)) evidence.push(`sender "${email.from.name}"`);
  if (evidence.length >= 2) return sure('bounce', 'bounce_message', `delivery report from ${sender}: ${evidence.join(', ')}`);
  if (diagnostic || wording) return suspect('bounce', 'bounce_message', `may be a delivery report from ${sender}: ${evidence.join(', ')}`);
  return null;
}
