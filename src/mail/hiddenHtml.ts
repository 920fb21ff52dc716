// Text in an email's HTML that a reader does not see, for the prompt-injection screen only: a
// sender who wants to instruct an AI agent without the customer or staff noticing hides the words
// in a comment, a display:none block, white or transparent text, a zero font size, an image's alt
// text, or an off-screen box. htmlparser2 (the parser mailparser's html-to-text uses) reads the
// HTML; only the small CSS of a style attribute is read here, declaration by declaration.
import { Parser } from 'htmlparser2';

/** Hidden text kept per message: plenty for any instruction, bounded for hostile HTML. */
const MAX_HIDDEN_CHARS = 50_000;

/** Elements whose content is code, not text. */
const NOT_TEXT = new Set(['script', 'style']);
/** Elements whose text is never shown in the message body. */
const NEVER_SHOWN = new Set(['title', 'template', 'noscript', 'object', 'iframe']);
/** Elements that start a new line, so hidden text from two blocks does not run together. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'header', 'footer']);
/** Attributes whose text a reader does not see in the body (alt shows only when an image fails to load). */
const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label'];

const WHITE = new Set(['white', '#fff', '#ffffff', 'rgb(255,255,255)', 'rgba(255,255,255,1)', 'hsl(0,0%,100%)']);

/** The declarations of a style attribute ("color: #fff; font-size:0") as property → value, lower-cased. */
export function styleDeclarations(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    const value = decl
      .slice(colon + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '');
    if (prop) out.set(prop, value);
  }
  return out;
}

const zeroLength = (v: string | undefined) => v !== undefined && /^-?0*(?:\.0+)?(?:px|pt|em|rem|%|vh|vw|ex|ch)?$/.test(v);
const tinyFont = (v: string | undefined) => v !== undefined && (zeroLength(v) || (/^(\d*\.?\d+)(px|pt)$/.test(v) && Number.parseFloat(v) <= 1));
const farOff = (v: string | undefined) => v !== undefined && /^-\d{3,}(?:\.\d+)?(px|pt|em|rem)?$/.test(v);
const transparent = (v: string) => v === 'transparent' || /^rgba\((?:[^,]+,){3}0*(?:\.0+)?\)$/.test(v) || /^hsla\((?:[^,]+,){3}0*(?:\.0+)?\)$/.test(v) || /^#[0-9a-f]{6}00$/.test(v) || /^#[0-9a-f]{3}0$/.test(v);
const sameColour = (a: string, b: string) => a === b || (WHITE.has(a) && WHITE.has(b));

interface Frame {
  name: string;
  hidden: boolean;
  /** The background this element's text is drawn on (inherited); white when nobody sets one. */
  background: string;
}

/** Whether an element's own attributes hide it, given the background it sits on. */
function hides(name: string, attribs: Record<string, string>, background: string): boolean {
  if ('hidden' in attribs || NEVER_SHOWN.has(name)) return true;
  const css = styleDeclarations(attribs.style ?? '');
  const colour = css.get('color') ?? (name === 'font' ? attribs.color?.toLowerCase().replace(/\s+/g, '') : undefined);
  const display = css.get('display');
  const overflowHidden = css.get('overflow') === 'hidden';
  return (
    display === 'none' ||
    css.get('visibility') === 'hidden' ||
    css.get('visibility') === 'collapse' ||
    css.get('mso-hide') === 'all' ||
    (css.has('opacity') && Number.parseFloat(css.get('opacity')!) === 0) ||
    tinyFont(css.get('font-size')) ||
    (name === 'font' && attribs.size === '0') ||
    (colour !== undefined && (transparent(colour) || sameColour(colour, background))) ||
    (overflowHidden && (zeroLength(css.get('height')) || zeroLength(css.get('max-height')) || zeroLength(css.get('width')) || zeroLength(css.get('max-width')))) ||
    farOff(css.get('text-indent')) ||
    farOff(css.get('left')) ||
    farOff(css.get('top'))
  );
}

/** The background an element sets for its content (background or background-color), else the inherited one. */
function backgroundOf(attribs: Record<string, string>, inherited: string): string {
  const css = styleDeclarations(attribs.style ?? '');
  const bg = css.get('background-color') ?? css.get('background') ?? attribs.bgcolor?.toLowerCase();
  return bg && !transparent(bg) && !bg.startsWith('url(') ? bg : inherited;
}

/**
 * The text of an HTML body that a reader does not see: comments (conditional comments skipped),
 * elements hidden by their own attributes or an ancestor's, and alt/title text. When a <style>
 * block hides something (a class rule we do not evaluate), all the HTML's text is added: the
 * screen then reads everything the sender wrote, seen or not.
 */
export function hiddenHtmlText(html: string): string {
  let hidden = '';
  let all = '';
  let styleText = '';
  const stack: Frame[] = [{ name: '#root', hidden: false, background: 'white' }];
  const top = () => stack[stack.length - 1]!;
  let inert = 0; // depth inside script/style-like elements
  const add = (s: string) => {
    if (hidden.length < MAX_HIDDEN_CHARS) hidden += s;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = top();
        const frame: Frame = { name, hidden: parent.hidden || hides(name, attribs, parent.background), background: backgroundOf(attribs, parent.background) };
        stack.push(frame);
        if (NOT_TEXT.has(name)) inert++;
        if (BLOCK.has(name)) all += '\n';
        // A hidden region starts on its own line; inline elements inside it do not break words.
        if (frame.hidden && (BLOCK.has(name) || !parent.hidden)) add('\n');
        for (const a of TEXT_ATTRIBUTES) if (attribs[a]?.trim()) add(`\n${attribs[a]!.trim()}\n`);
      },
      onclosetag(name) {
        const frame = stack.length > 1 ? stack.pop()! : top();
        if (NOT_TEXT.has(name) && inert > 0) inert--;
        if (BLOCK.has(name)) all += '\n';
        if (frame.hidden && (BLOCK.has(name) || !top().hidden)) add('\n');
      },
      ontext(text) {
        const here = top();
        if (here.name === 'style') styleText += text;
        if (inert > 0) return;
        if (all.length < MAX_HIDDEN_CHARS) all += text;
        if (here.hidden) add(text);
      },
      oncomment(data) {
        const body = data.trim();
        if (body && !body.startsWith('[if') && !body.startsWith('<![endif]')) add(`\n${body}\n`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  if (styleHides(styleText)) add(`\n${all}`);
  return hidden
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, MAX_HIDDEN_CHARS);
}

/** Whether a <style> sheet's declarations hide anything (display:none, visibility:hidden, zero font size…). */
function styleHides(css: string): boolean {
  if (!css.trim()) return false;
  // Rule bodies are the parts between braces; their declarations are read like a style attribute.
  for (const block of css.split('{').slice(1)) {
    const body = block.split('}')[0] ?? '';
    if (hides('div', { style: body }, 'white')) return true;
  }
  return false;
}
