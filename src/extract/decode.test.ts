import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSpeech, looksLikeText } from './decode.js';

const SPEECH = '在全县经济工作会议上的讲话\n同志们：\n一、认清形势。今年以来，全县经济稳中有进。\n';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const MAX = 1024 * 1024;

describe('decodeSpeech', () => {
  it('reads UTF-8 with and without a BOM, removing the BOM', () => {
    expect(decodeSpeech(utf8(SPEECH), 'a.txt', MAX)).toMatchObject({ text: SPEECH, encoding: 'utf-8', diagnostics: [] });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SPEECH)]);
    expect(decodeSpeech(bom, 'a.md', MAX).text).toBe(SPEECH);
  });

  it('detects GBK and GB18030 from the bytes, whatever the extension', () => {
    for (const enc of ['gbk', 'gb18030']) {
      const r = decodeSpeech(new Uint8Array(iconv.encode(SPEECH, enc)), 'speech.txt', MAX);
      expect(r.text).toBe(SPEECH);
      expect(r.encoding).toBe('gb18030');
      expect(r.diagnostics.map((d) => d.code)).toEqual(['ENCODING']);
    }
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(SPEECH, 'utf16le')]);
    expect(decodeSpeech(bytes, 'w.txt', MAX).text).toBe(SPEECH);
  });

  it('turns HTML into body text without scripts or styles, blocks on their own lines', () => {
    const html =
      '<!doctype html><html><head><title>站点</title><style>p{color:red}</style><script>var ad="广告";</script></head>' +
      '<body><script>track("x")</script><h1>在全市大会上的讲话</h1><p>同志们：</p><div>一、抓落实。<b>要</b>实干。</div>' +
      '<noscript>请开启脚本</noscript></body></html>';
    const r = decodeSpeech(utf8(html), 'page.html', MAX);
    expect(r.text).toBe('在全市大会上的讲话\n同志们：\n一、抓落实。要实干。');
    const gbkHtml = decodeSpeech(new Uint8Array(iconv.encode(html, 'gbk')), 'page.htm', MAX);
    expect(gbkHtml.text).toBe(r.text);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'EMPTY_FILE'],
    ['whitespace only', utf8(' \n\t\n'), 'EMPTY_FILE'],
    ['a binary file with NUL bytes', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), 'BINARY_FILE'],
    ['control-character soup', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 7) % 32 || 1)), 'BINARY_FILE'],
    ['an HTML page without text', utf8('<html><body><script>x()</script></body></html>'), 'EMPTY_FILE'],
    [
      'an HTML page with no article body',
      utf8('<html><body><ul><li><a href="/">首页</a></li><li><a href="/n">新闻中心</a></li><li><a href="/z">政务公开</a></li></ul><div>版权所有 某某网</div></body></html>'),
      'NO_ARTICLE',
    ],
  ])('reports %s as an error naming the file', (_name, bytes, code) => {
    const r = decodeSpeech(bytes, 'bad/file.txt', MAX);
    expect(r.text).toBeNull();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code, file: 'bad/file.txt' });
    expect(r.diagnostics[0]!.message).toContain('bad/file.txt');
  });

  it('refuses a file over the size limit without decoding it', () => {
    const r = decodeSpeech(utf8(SPEECH), 'big.txt', 10);
    expect(r.text).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ code: 'TOO_LARGE', file: 'big.txt' });
    expect(r.diagnostics[0]!.message).toMatch(/over the limit of 10 bytes/);
  });
});

describe('looksLikeText', () => {
  // Counts are in code points: an emoji (a surrogate pair) is one implausible character, a lone
  // surrogate one too.
  it.each([
    ['九个汉字都可读好的吧😀', true], // 10 of 11 code points plausible
    ['八个汉字都可读好😀😀', false], // 8 of 10
    ['九个汉字都可读好的\ud800', true], // a lone high surrogate counts once: 9 of 10
    ['九个汉字都可读好的\udc00x', true], // a lone low surrogate: 10 of 11
    ['ÀÁÂÃÄÅÆÇÈÉ', false],
    ['plain ASCII, tabs\tand lines\n', true],
    ['', true],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeText(text)).toBe(expected);
  });
});
