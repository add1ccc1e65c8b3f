import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, decompressBody, maybeDecompress, normaliseEncoding } from '../../../shared/domain/feed/decode.js';

const russian = 'Новости России';
const xml = (encoding: string, text: string) => `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${text}</title></channel></rss>`;

describe('Function: decodeFeedBytes', () => {
  it.each([
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('utf-8', russian))]), 'utf-8', 'bom'],
    ['UTF-16LE BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml('utf-16', russian), 'utf-16le')]), 'utf-16le', 'bom'],
    ['UTF-16BE BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(xml('utf-16', russian), 'utf-16be')]), 'utf-16be', 'bom'],
    ['UTF-16LE without BOM', iconv.encode(xml('utf-16', russian), 'utf-16le'), 'utf-16le', 'sniffed'],
    ['UTF-32BE without BOM', iconv.encode(xml('utf-32', russian), 'utf-32be'), 'utf-32be', 'sniffed'],
    ['windows-1251 declaration', iconv.encode(xml('windows-1251', russian), 'windows-1251'), 'windows-1251', 'xml-declaration'],
    ['KOI8-R declaration', iconv.encode(xml('koi8-r', russian), 'koi8-r'), 'koi8-r', 'xml-declaration'],
  ])('decodes %s', (_name, bytes, encoding, from) => {
    const decoded = decodeFeedBytes(bytes);
    expect(decoded.text).toContain(russian);
    expect(decoded.text.startsWith('<?xml')).toBe(true);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.from).toBe(from);
  });

  it('decodes Big5 and GB2312 through iconv-lite', () => {
    const zh = '中文新聞';
    expect(decodeFeedBytes(iconv.encode(xml('big5', zh), 'big5')).text).toContain(zh);
    const zhs = '中文新闻';
    expect(decodeFeedBytes(iconv.encode(xml('gb2312', zhs), 'gbk')).text).toContain(zhs);
  });

  it('prefers the HTTP charset to the XML declaration', () => {
    const bytes = iconv.encode(xml('utf-8', russian), 'windows-1251');
    const decoded = decodeFeedBytes(bytes, 'application/rss+xml; charset=windows-1251');
    expect(decoded.text).toContain(russian);
    expect(decoded.from).toBe('http');
  });

  it('overrides an HTTP "utf-8" that the bytes contradict, with a warning', () => {
    const bytes = iconv.encode(xml('windows-1251', russian), 'windows-1251');
    const decoded = decodeFeedBytes(bytes, 'text/xml; charset=utf-8');
    expect(decoded.text).toContain(russian);
    expect(decoded.warnings.join(' ')).toMatch(/contradicts/);
  });

  it('overrides an HTTP latin-1 default on a document that declares and is UTF-8', () => {
    const decoded = decodeFeedBytes(Buffer.from(xml('utf-8', 'Café Zürich')), 'text/xml; charset=ISO-8859-1');
    expect(decoded.text).toContain('Café Zürich');
    expect(decoded.encoding).toBe('utf-8');
  });

  it('strips leading whitespace before <?xml', () => {
    expect(decodeFeedBytes(Buffer.from(`\n\n   ${xml('utf-8', 'x')}`)).text.startsWith('<?xml')).toBe(true);
  });

  it('reads bytes with no usable encoding as windows-1252 and says so', () => {
    const decoded = decodeFeedBytes(Buffer.from([...Buffer.from('<rss><channel><title>caf'), 0xe9, ...Buffer.from('</title></channel></rss>')]));
    expect(decoded.text).toContain('café');
    expect(decoded.warnings.length).toBeGreaterThan(0);
  });

  it('ignores a bogus declared encoding with a warning', () => {
    const decoded = decodeFeedBytes(Buffer.from(xml('x-bogus-enc', 'plain')));
    expect(decoded.text).toContain('plain');
    expect(decoded.warnings.join(' ')).toMatch(/x-bogus-enc/);
  });
});

describe('Function: normaliseEncoding', () => {
  it.each([
    ['UTF8', 'utf-8'],
    ['ISO-8859-1', 'windows-1252'],
    ['"windows-1251"', 'windows-1251'],
    ['gb2312', 'gbk'],
    ['nonsense-42', undefined],
    [undefined, undefined],
  ])('%s -> %s', (label, expected) => {
    expect(normaliseEncoding(label)).toBe(expected);
  });
});

describe('Function: decompression caps', () => {
  it('gunzips a gzip file and stops a gzip bomb at the cap', () => {
    const small = gzipSync(Buffer.from('<rss/>'));
    expect(Buffer.from(maybeDecompress(small, 1000)).toString()).toBe('<rss/>');
    const bomb = gzipSync(Buffer.alloc(5_000_000, 0x20));
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => maybeDecompress(bomb, 1_000_000)).toThrow(/larger than 1000000 bytes/);
    expect(() => decompressBody(bomb, 'gzip', 1_000_000)).toThrow(/larger than 1000000 bytes/);
  });

  it('rejects an unknown Content-Encoding', () => {
    expect(() => decompressBody(Buffer.from('x'), 'compress', 100)).toThrow(/unsupported Content-Encoding/);
  });
});
