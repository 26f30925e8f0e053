import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HTML_INPUT_CAP, decodeEntities, htmlToText, htmlToTextScanningLowerCase, tidy, tidyEveryStep } from './html.ts';

describe('htmlToText', () => {
  for (const [input, expected] of [
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['A<br>B<br/>C', 'A\nB\nC'],
    ['<ul><li>x</li><li>y</li></ul>', 'x\ny'],
    ['Children &lt; 5 &amp; carers', 'Children < 5 & carers'],
    ['&#163;4 &#x2014; &nbsp;tea', '£4 — tea'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
    ['<p onclick="x()">Hi</p><img src=x onerror=alert(1)>', 'Hi'],
    ['<style>p{}</style>Text', 'Text'],
    ['&unknown; stays', '&unknown; stays'],
    ['<a href="javascript:alert(1)">link text</a>', 'link text'],
  ] as const) {
    it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => expect(htmlToText(input)).to.equal(expected));
  }

  it('reads tag names in place exactly as scanning a lower-case copy does, for any HTML-like text', () => {
    const piece = fc.constantFrom(
      ...['<', '>', '/', '</', '<!', 'p', 'P', 'li', 'LI', 'br', 'Br', 'script', 'SCRIPT', 'style', 'div', 'h1', 'x', ' ', '\t', '\n'],
      ...['&amp;', '&nbsp;', '&#163;', 'text', 'É', 'ß', '\u0130', '\u212a', '\u00a0', '=', '"', 'a1', '9'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
        const html = parts.join('');
        expect(htmlToText(html), JSON.stringify(html)).to.equal(htmlToTextScanningLowerCase(html));
      }),
      { seed: 3, numRuns: 4000 },
    );
  });

  it('converts paragraphs-only HTML (its one-replace shortcut) exactly as the full pass does', () => {
    const text = fc.constantFrom(
      ...['', ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', 'a', 'Two words', '>', 'x > y', '\n\n\n'],
      ...['&amp;', '&#10;', '&nbsp;', '&bogus;', '\u0130', '\u212a', 'É'],
    );
    const paragraph = fc.array(text, { maxLength: 4 }).map((parts) => `<p>${parts.join('')}</p>`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const html = paragraphs.join('');
        expect(htmlToText(html), JSON.stringify(html)).to.equal(htmlToTextScanningLowerCase(html));
      }),
      { seed: 5, numRuns: 4000 },
    );
  });

  it('converts plain paragraphs of words (its one-scan shortcut) exactly as the full pass does', () => {
    // Mostly words and single spaces, so the shortcut applies; now and then a character that rules it out.
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('a', 'Word', 'tea.', 'É', 'x>y', '£4', '\u00e9t\u00e9', ' ') },
      { weight: 1, arbitrary: fc.constantFrom('  ', '\t', '\n', '\u00a0', '\u2028', '&amp;', '&', '<', '\u0130', '\u212a', '\u0000', '') },
    );
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => `<p>${parts.join('')}</p>`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const html = paragraphs.join('');
        expect(htmlToText(html), JSON.stringify(html)).to.equal(htmlToTextScanningLowerCase(html));
      }),
      { seed: 11, numRuns: 4000 },
    );
    expect(htmlToText('<p>One two.</p><p>Three.</p>')).to.equal('One two.\n\nThree.');
  });

  it('tidies text exactly as running every step does, whether or not its one-pass shortcut applies', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\n\n', '\n\n\n', '\r', '\r\n', '\t', '\u00a0', 'a', 'Word', '.', '\u2028');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(tidy(text), JSON.stringify(text)).to.equal(tidyEveryStep(text));
      }),
      { seed: 9, numRuns: 4000 },
    );
    expect(tidy('\nOne.\n\nTwo.\n')).to.equal('One.\n\nTwo.');
  });

  it('an unclosed tag is kept as text, never as markup', () => {
    expect(htmlToText('Hello <b')).to.equal('Hello <b');
  });

  it('runs in linear time on hostile input (many "<" with no ">")', () => {
    const hostile = '<a'.repeat(500_000);
    const started = performance.now();
    const out = htmlToText(hostile);
    expect(performance.now() - started).to.be.below(500);
    expect(out.length).to.be.at.most(HTML_INPUT_CAP);
  });

  it('decodes numeric entities safely (no lone surrogates, no NUL)', () => {
    expect(decodeEntities('&#0;&#xD800;a')).to.equal('a');
  });
});
