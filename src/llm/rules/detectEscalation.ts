import type { ParsedEmail } from '../../domain/email.ts';
import { CONFLICT_RULES, type EscalationKind, INJECTION_RULES } from './escalation.ts';
import { foldText } from './normalize.ts';

export interface EscalationFinding {
  kind: EscalationKind;
  label: string;
  /** The text that matched, folded, for the desk. */
  match: string;
}

/**
 * Whether a person must answer. Attempts to instruct the agent are looked for everywhere (subject,
 * new text, quoted text, the whole text converted from HTML), since the sender picks the hiding
 * place. Threats, legal, chargebacks and abuse are looked for in what the customer wrote, new or
 * quoted, but not in the signature ("Jane Doe, Attorney at Law" is not a threat).
 */
export function detectEscalation(email: ParsedEmail): EscalationFinding | null {
  const everything = foldText([email.subject, email.newText, email.quotedText, email.text, email.signature, email.hiddenText ?? ''].join('\n'));
  for (const r of INJECTION_RULES) {
    const m = r.pattern.exec(everything);
    if (m) return { kind: r.kind, label: r.label, match: m[0].trim().slice(0, 80) };
  }
  const written = email.newText.trim() || email.quotedText.trim() ? [email.subject, email.newText, email.quotedText] : [email.subject, email.text];
  const customer = foldText(written.join('\n'));
  for (const r of CONFLICT_RULES) {
    const m = r.pattern.exec(customer);
    if (m) return { kind: r.kind, label: r.label, match: m[0].trim().slice(0, 80) };
  }
  return null;
}
