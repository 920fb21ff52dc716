// STUB — being implemented. Signatures are the contract.

/** The store's order-name format: Shopify's default is prefix "#", no suffix ("#1001"). */
export interface OrderNameFormat {
  prefix: string;
  suffix: string;
}
export const DEFAULT_ORDER_FORMAT: OrderNameFormat = { prefix: '#', suffix: '' };

export type TrapKind = 'phone' | 'price' | 'date' | 'postcode' | 'tracking' | 'other';

export interface ExtractionResult {
  /** Normalised order names, in order of appearance, deduplicated ("#1001"). */
  orderNumbers: string[];
  /** Number-like spans that were rejected, with why (for tests, the eval and the desk). */
  rejected: { text: string; kind: TrapKind }[];
}

/** Which parts of the email to read: the customer's new text counts before quoted history and forwards. */
export interface ExtractionInput {
  subject: string;
  newText: string;
  quotedText: string;
}

export function extractOrderNumbers(_input: ExtractionInput, _format: OrderNameFormat = DEFAULT_ORDER_FORMAT): ExtractionResult {
  return { orderNumbers: [], rejected: [] };
}

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII. */
export function normalizeDigits(s: string): string {
  return s.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** STUB (added for src/llm/openaiClassifier.ts) — whether an order name ("#1001") is written in the text, with or without the prefix. */
export function orderNameOccursIn(name: string, text: string, format: OrderNameFormat = DEFAULT_ORDER_FORMAT): boolean {
  const core = normalizeDigits(name).slice(name.startsWith(format.prefix) ? format.prefix.length : 0, format.suffix && name.endsWith(format.suffix) ? -format.suffix.length : undefined);
  return core !== '' && new RegExp(`(?<![0-9])${core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9])`).test(normalizeDigits(text));
}
