import { describe, expect, it } from 'vitest';
import { fileNameWords, screenFold, stripInvisible } from '../../src/llm/rules/instructionScreen.ts';

describe('screenFold', () => {
  it('maps Cyrillic and Greek look-alikes to the Latin letters they imitate (TR39 confusables)', () => {
    expect(screenFold('Ignоrе аll Prevιous')).toBe('ignore all previous');
  });

  it('applies NFKC (full-width, mathematical letters) and drops invisible characters', () => {
    expect(screenFold('ｉｇｎｏｒｅ 𝐢𝐧𝐬𝐭𝐫𝐮𝐜𝐭𝐢𝐨𝐧𝐬 ig\u200bn\u2060o\u00adr\ufeffe')).toBe('ignore instructions ignore');
  });

  it('leaves Arabic-script letters, German and French letters as the classifier folds them', () => {
    expect(screenFold('دستورهای قبلی')).toBe('دستورهای قبلی');
    expect(screenFold('Größe für Löwe, déjà')).toBe('große fur lowe, deja');
    expect(screenFold('التعليمات السابقة')).toBe('التعلیمات السابقه');
  });

  it('keeps a zero-width non-joiner between Persian letters (folded to a space) but not inside Latin words', () => {
    expect(stripInvisible('می\u200cخواهم')).toBe('می\u200cخواهم');
    expect(screenFold('می\u200cخواهم')).toBe('می خواهم');
    expect(stripInvisible('ign\u200core')).toBe('ignore');
  });
});

describe('fileNameWords', () => {
  it('turns separators and camel case into spaces', () => {
    expect(fileNameWords('ignore_all-previous.instructions+now.pdf')).toBe('ignore all previous instructions now pdf');
    expect(fileNameWords('IgnorePreviousInstructions.jpg')).toBe('Ignore Previous Instructions jpg');
  });
});
