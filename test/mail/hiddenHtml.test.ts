import { describe, expect, it } from 'vitest';
import { hiddenHtmlText, styleDeclarations } from '../../src/mail/hiddenHtml.ts';

describe('hiddenHtmlText', () => {
  it('keeps what a reader cannot see and leaves out what they can', () => {
    const html = [
      '<html><head><title>T: title text</title><style>p{margin:0}</style></head><body>',
      '<p>Visible question about #1004</p>',
      '<!-- a comment --><!--[if mso]><p>outlook only</p><![endif]-->',
      '<div style="display:none">none text</div>',
      '<span style="visibility:hidden">invisible text</span>',
      '<p style="color:#FFF">white text</p>',
      '<div style="background-color:#003366"><span style="color:#ffffff">button text</span></div>',
      '<p style="font-size:0">zero size</p><p style="font-size:14px">normal size</p>',
      '<p style="opacity:0">see-through</p>',
      '<div style="max-height:0;overflow:hidden">collapsed box</div>',
      '<div style="position:absolute;left:-9999px">off screen</div>',
      '<div hidden>hidden attribute</div>',
      '<img src="cid:x" alt="alt words">',
      '<script>var x = "script text";</script>',
      '</body></html>',
    ].join('');
    const lines = hiddenHtmlText(html).split('\n');
    expect(lines).toEqual([
      'T: title text',
      'a comment',
      'none text',
      'invisible text',
      'white text',
      'zero size',
      'see-through',
      'collapsed box',
      'off screen',
      'hidden attribute',
      'alt words',
    ]);
  });

  it('hides the descendants of a hidden element and keeps words split by inline tags whole, entities decoded', () => {
    expect(hiddenHtmlText('<div style="display: none !important"><p>Ign<b>ore</b> &amp; <i>obey</i></p><p>second</p></div>')).toBe('Ignore & obey\nsecond');
  });

  it('reads all the text when a style sheet hides something it cannot tie to elements', () => {
    expect(hiddenHtmlText('<style>.h { display: none }</style><p>Visible</p><p class="h">by class</p>')).toBe('Visible\nby class');
    expect(hiddenHtmlText('<style>.a { color: red }</style><p>Visible</p>')).toBe('');
  });

  it('bounds its output on huge hidden HTML', () => {
    const huge = `<div style="display:none">${'word '.repeat(40_000)}</div>`;
    expect(hiddenHtmlText(huge).length).toBeLessThanOrEqual(50_000);
  });
});

describe('styleDeclarations', () => {
  it('reads property and value pairs, lower-cased, !important dropped, spaces removed from values', () => {
    expect([...styleDeclarations('Color: RGB(255, 255, 255) !important; font-size:0px;;bad')]).toEqual([
      ['color', 'rgb(255,255,255)'],
      ['font-size', '0px'],
    ]);
  });
});
