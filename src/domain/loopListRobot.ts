import type { ParsedEmail } from './email.ts';
import { type LoopFinding, ownWords, sure, suspect } from './loopFinding.ts';

/** List software's own addresses: majordomo, listserv, list-request, owner-list, list-bounces … */
const LIST_SOFTWARE_LOCAL = /^(?:majordomo|listserv|listproc|listmanager|list[-_.]?manager|mailman|ezmlm|sympa|smartlist|lyris|fml|mlmmj|ecartis|petidomo|minimalist)(?:[+\-._].*)?$/;
const LIST_ROLE_LOCAL = /^(?:owner-.+|.+-(?:request|owner|bounces?|ctl|confirm|subscribe|unsubscribe|join|leave)(?:[+=.].*)?)$/;
/** "-admin" is also a person's role address (shop-admin@…): a list robot only with other list evidence. */
const ADMIN_LOCAL = /^.+-admin(?:[+=.].*)?$/;

/** Headers only list software writes (List-Id and List-Unsubscribe are handled as list mail already). */
const LIST_HEADERS = [
  'list-subscribe', 'list-help', 'list-post', 'list-owner', 'list-archive', 'mailing-list', 'x-mailing-list', 'x-ml-name',
  'x-mlserver', 'x-ml-info', 'x-ml-count', 'x-mailman-version', 'x-list', 'x-listserver', 'x-list-administrivia',
  'x-ezmlm-version', 'x-sympa-to', 'x-loop-alert', 'x-beenthere',
];

/** What list managers say about themselves: loop alerts, membership, subscriptions, moderation. */
const LIST_ROBOT_TEXT = new RegExp(
  [
    String.raw`\bloop (?:alert|detected)\b`,
    String.raw`\bmail loop\b`,
    String.raw`\byou\b.{0,80}\bare not (?:a )?(?:member|subscribed)\b`,
    String.raw`\bnot a member of (?:this|the) (?:mailing )?list\b`,
    String.raw`\bnon-?member (?:submission|post(?:ing)?)\b`,
    String.raw`\bonly (?:list )?members (?:may|can) post\b`,
    String.raw`\bconfirm (?:your )?(?:subscription|unsubscription) (?:to|request)\b`,
    String.raw`\b(?:subscription|subscribe|unsubscribe) (?:confirmation|request) (?:for|to) .{1,60}\b(?:list|ml)\b`,
    String.raw`\bwelcome to the .{1,60} (?:mailing )?list\b`,
    String.raw`\byour message .{0,60}(?:awaits|requires|is being held for) (?:the )?moderator\b`,
    String.raw`\bposting to a moderated (?:mailing )?list\b`,
    String.raw`\bmailing list (?:membership )?reminder\b`,
    String.raw`\bduplicated message-id\b`,
    String.raw`\bmajordomo results\b`,
    String.raw`\(\S+ ML\)`,
  ].join('|'),
  'i',
);

/**
 * A list manager's own message (not a post to the list): a loop alert, "you are not a member", a
 * subscription confirmation, from list software's addresses. Even without List-Id.
 */
export function listRobot(email: ParsedEmail): LoopFinding | null {
  const address = email.from.address.toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (LIST_SOFTWARE_LOCAL.test(local)) return sure('auto_reply', 'list_robot', `mailing-list software ${address}`);
  if (LIST_ROLE_LOCAL.test(local)) return sure('auto_reply', 'list_robot', `mailing-list address ${address}`);

  const header = LIST_HEADERS.find((n) => email.headers[n] !== undefined);
  const text = LIST_ROBOT_TEXT.exec(email.subject)?.[0] ?? LIST_ROBOT_TEXT.exec(ownWords(email).slice(0, 4000))?.[0];
  const sender = (email.headers.sender ?? '').toLowerCase();
  const listSender = /\bowner-|-(?:owner|request|bounces?)@/.test(sender);
  if (header) return sure('spam_or_marketing', 'list_mail', `mailing-list mail from ${address} (${header} header)`);
  if (listSender) return sure('spam_or_marketing', 'list_mail', `mailing-list mail from ${address} (Sender: ${sender.slice(0, 60)})`);
  if (ADMIN_LOCAL.test(local) && text) return sure('auto_reply', 'list_robot', `mailing-list robot ${address}: "${text.slice(0, 60)}"`);
  if (text && /\bloop (?:alert|detected)\b|\bmail loop\b|duplicated message-id/i.test(text)) {
    return sure('auto_reply', 'list_robot', `mail-loop alert from ${address}: "${text.slice(0, 60)}"`);
  }
  if (text) return suspect('auto_reply', 'list_robot', `may be a mailing-list robot ${address}: "${text.slice(0, 60)}"`);
  return null;
}
