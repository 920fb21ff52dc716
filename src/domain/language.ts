// STUB — being implemented.
/** ISO 639-1 code of the text's language, or "und" when it cannot tell. */
export function detectLanguage(_text: string): string {
  return 'en';
}
