import { expect } from '@open-wc/testing';
import { TEXT_LIMITS, WEB_URL_SCHEMES, capLength, cleanLine, cleanParagraphs, safeUrl } from './sanitise.ts';

describe('safeUrl', () => {
  const rejected: Array<[string, unknown]> = [
    ['javascript:', 'javascript:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['leading space', ' javascript:alert(1)'],
    ['leading control characters', '\u0001\u0002javascript:alert(1)'],
    ['embedded tab', 'java\tscript:alert(1)'],
    ['embedded newline', 'java\nscript:alert(1)'],
    ['entity colon', 'javascript&colon;alert(1)'],
    ['numeric entity', '&#106;avascript:alert(1)'],
    ['hex entity colon', 'javascript&#x3A;alert(1)'],
    ['entity tab', 'java&Tab;script:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'VBScript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://example.org/'],
    ['relative path', '/providers/1'],
    ['protocol-relative', '//evil.example/'],
    ['empty', '   '],
    ['not a string', 42],
    ['http without host', 'http://'],
    ['space in host', 'https://exa mple.org/'],
  ];
  for (const [label, value] of rejected) {
    it(`rejects ${label}: ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value)).to.equal(undefined);
    });
  }

  const accepted: Array<[string, string, string]> = [
    ['https', 'https://example.org/care?a=1&b=2', 'https://example.org/care?a=1&b=2'],
    ['http, upper-case scheme and host', 'HTTP://Example.ORG', 'http://example.org/'],
    ['surrounding whitespace', '  https://example.org/x  ', 'https://example.org/x'],
    ['mailto', 'mailto:hello@example.org', 'mailto:hello@example.org'],
    ['tel', 'tel:+441234567890', 'tel:+441234567890'],
    ['bare www address', 'www.example.org/help', 'https://www.example.org/help'],
  ];
  for (const [label, value, expected] of accepted) {
    it(`accepts ${label}`, () => {
      expect(safeUrl(value)).to.equal(expected);
    });
  }

  it('limits web links to http(s) when asked', () => {
    expect(safeUrl('mailto:hello@example.org', WEB_URL_SCHEMES)).to.equal(undefined);
    expect(safeUrl('tel:+441234567890', WEB_URL_SCHEMES)).to.equal(undefined);
    expect(safeUrl('https://example.org/', WEB_URL_SCHEMES)).to.equal('https://example.org/');
  });
});

describe('text cleaning', () => {
  it('cleanLine trims, removes control and bidi-override characters and collapses whitespace', () => {
    expect(cleanLine('  a\u0000b \u202Ec\n\n d\t ')).to.equal('ab c d');
  });

  it('cleanParagraphs keeps single blank lines and normalises line endings', () => {
    expect(cleanParagraphs('a  \r\nb\r\r\r\rc\u0007')).to.equal('a\nb\n\nc');
  });

  it('capLength caps with an ellipsis and never splits a surrogate pair', () => {
    expect(capLength('abcdef', 4)).to.equal('abc\u2026');
    const capped = capLength('ab\u{1F600}cd', 4); // the emoji occupies code units 2-3
    expect(capped).to.equal('ab\u2026');
    expect(capLength('short', 10)).to.equal('short');
  });

  it('caps very long text at the documented limits', () => {
    expect(cleanLine('x'.repeat(50_000)).length).to.equal(TEXT_LIMITS.short);
    expect(cleanParagraphs('y'.repeat(5_000_000)).length).to.equal(TEXT_LIMITS.long);
  });
});

describe('text cleaning is linear on pathological input', () => {
  /** Milliseconds `fn` takes (the quadratic versions took over a second on these inputs). */
  const timed = (fn: () => unknown) => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  };
  const cases: Array<[string, string]> = [
    ['a long run of spaces with no line break', `${' '.repeat(19_999)}x`],
    ['spaces and tabs with no line break', `a${' \t'.repeat(9_999)}b`],
    ['5 MB of whitespace', ' \n\t'.repeat(1_700_000)],
    ['5 MB of control characters', '\u0001\u200b'.repeat(2_500_000)],
    ['5 MB of blank lines', '\n'.repeat(5_000_000)],
  ];
  for (const [label, text] of cases) {
    it(`cleanParagraphs and cleanLine: ${label}`, () => {
      expect(timed(() => cleanParagraphs(text)), 'cleanParagraphs ms').to.be.below(250);
      expect(timed(() => cleanLine(text)), 'cleanLine ms').to.be.below(250);
      expect(cleanParagraphs(text).length).to.be.at.most(TEXT_LIMITS.long);
      expect(cleanLine(text).length).to.be.at.most(TEXT_LIMITS.short);
    });
  }

  it('still removes spaces before line breaks and keeps one blank line', () => {
    expect(cleanParagraphs('First line   \n\n\n\n  Second\t \nThird  ')).to.equal('First line\n\n  Second\nThird');
  });

  it('marks text cut before cleaning with an ellipsis', () => {
    const line = cleanLine(`Start${' '.repeat(5_000)}end`, 100);
    expect(line).to.equal('Start\u2026');
  });

  it('rejects a megabyte URL without running a regex over it', () => {
    expect(timed(() => expect(safeUrl(`https://example.org/${'a'.repeat(5_000_000)}`)).to.equal(undefined))).to.be.below(250);
  });
});
