import { gunzipSync, inflateSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** The decoded text of a feed, with the encoding chosen and why. */
export interface DecodedFeed {
  text: string;
  encoding: string;
  /** bom | http | xml-declaration | sniffed | default */
  from: 'bom' | 'http' | 'xml-declaration' | 'sniffed' | 'default';
  warnings: string[];
}

/** Thrown by {@link decodeFeedBytes}; parse-feed turns it into a FeedError. */
export class DecodeFailure extends Error {
  constructor(
    readonly kind: 'decode' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  // UTF-32 first: its LE BOM starts with the UTF-16 LE BOM.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-16': 'utf-16', // resolved by sniffing below
  u16: 'utf-16',
  u8: 'utf-8',
  'x-sjis': 'shift_jis',
  'iso-10646-ucs-2': 'utf-16be',
  'iso-10646-ucs-4': 'utf-32be',
  ucs2: 'utf-16le',
  gb2312: 'gbk', // real-world GB2312 feeds use GBK extensions; GBK is a superset
  'x-gbk': 'gbk',
  'x-euc-tw': 'big5',
  // WHATWG: latin1 and ascii labels mean windows-1252 on the web.
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  latin1: 'windows-1252',
};

/**
 * Normalises an encoding label; undefined when no library here can decode it.
 *
 * @example normaliseEncoding('ISO-8859-1') // 'windows-1252'
 */
export function normaliseEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const cleaned = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!cleaned) return undefined;
  const name = ALIASES[cleaned] ?? cleaned;
  return name === 'utf-16' || iconv.encodingExists(name) ? name : undefined;
}

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/charset\s*=\s*["']?([^"';\s]+)/i);
  return match?.[1];
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Guesses UTF-16/32 without a BOM from the zero-byte pattern of the first characters. */
function sniffWideEncoding(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = bytes as unknown as [number, number, number, number];
  if (a === 0 && b === 0 && c === 0 && d !== 0) return 'utf-32be';
  if (a !== 0 && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return 'utf-16be';
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  return undefined;
}

/** The encoding named in `<?xml ... encoding="..."?>`, read as ASCII. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512)).toString('latin1');
  const match = head.match(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/);
  return match?.[1];
}


function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/**
 * Undoes a gzip/deflate/brotli wrapping found in the bytes themselves (a feed saved
 * compressed, or a server that compresses without saying so), stopping at `maxBytes`.
 *
 * @example maybeDecompress(bytes, 5_000_000)
 */
export function maybeDecompress(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const isGzip = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!isGzip) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new DecodeFailure('too-large', `body larger than ${maxBytes} bytes after decompression`);
    }
    throw new DecodeFailure('decode', `corrupt gzip data (${(error as Error).message})`);
  }
}

/** Decompresses per Content-Encoding with a cap on the output size. */
export function decompressBody(bytes: Uint8Array, contentEncoding: string | undefined, maxBytes: number): Uint8Array {
  const enc = (contentEncoding ?? '').trim().toLowerCase();
  if (!enc || enc === 'identity') return bytes;
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return gunzipSync(bytes, { maxOutputLength: maxBytes });
    if (enc === 'deflate') {
      try {
        return inflateSync(bytes, { maxOutputLength: maxBytes });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw error;
        // Some servers send raw deflate without the zlib header.
        return inflateSync(bytes, { maxOutputLength: maxBytes, finishFlush: zlibConstants.Z_SYNC_FLUSH, windowBits: -15 } as never);
      }
    }
    if (enc === 'br') return brotliDecompressSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new DecodeFailure('too-large', `body larger than ${maxBytes} bytes after decompression`);
    }
    throw new DecodeFailure('decode', `corrupt ${enc} data (${(error as Error).message})`);
  }
  throw new DecodeFailure('decode', `unsupported Content-Encoding "${enc}"`);
}

/**
 * Turns feed bytes into text: BOM first, then the HTTP charset, then the XML
 * declaration, then a UTF-8 check with a windows-1252 fallback. A charset that
 * plainly contradicts the bytes (an HTTP "utf-8" on bytes that are not UTF-8, or an
 * HTTP latin-1 on a document that declares and is valid UTF-8) is overridden, with a
 * warning. Leading whitespace and the BOM are removed so the text starts at `<`.
 *
 * @example decodeFeedBytes(bytes, 'text/xml; charset=windows-1251').text
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const warnings: string[] = [];
  let encoding: string | undefined;
  let from: DecodedFeed['from'] = 'default';
  let body = bytes;

  const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
  if (bom) {
    encoding = bom.encoding;
    from = 'bom';
    body = bytes.subarray(bom.bytes.length);
  }

  const wide = encoding ? undefined : sniffWideEncoding(bytes);
  const httpLabel = charsetFromContentType(contentType);
  const declLabel = wide ? undefined : declaredEncoding(bytes);
  const http = normaliseEncoding(httpLabel);
  const decl = normaliseEncoding(declLabel);
  if (httpLabel && !http) warnings.push(`unknown HTTP charset "${httpLabel}" ignored`);
  if (declLabel && !decl) warnings.push(`unknown declared encoding "${declLabel}" ignored`);

  if (!encoding && wide) {
    encoding = wide;
    from = 'sniffed';
  }
  if (!encoding && http && http !== 'utf-16') {
    const contradicted =
      (http === 'utf-8' && !isValidUtf8(bytes)) ||
      (http === 'windows-1252' && decl === 'utf-8' && hasNonAscii(bytes) && isValidUtf8(bytes));
    if (contradicted) {
      warnings.push(`HTTP charset "${httpLabel}" contradicts the bytes; ignored`);
    } else {
      encoding = http;
      from = 'http';
    }
  }
  if (!encoding && decl && decl !== 'utf-16') {
    if (decl === 'utf-8' || !isAsciiCompatibleMismatch(decl, bytes)) {
      encoding = decl;
      from = 'xml-declaration';
    }
  }
  if (!encoding || encoding === 'utf-16') {
    if (isValidUtf8(bytes)) {
      encoding = 'utf-8';
    } else {
      encoding = 'windows-1252';
      if (hasNonAscii(bytes)) warnings.push('bytes are not valid UTF-8 and name no usable encoding; read as windows-1252');
    }
    from = from === 'default' ? 'sniffed' : from;
  }
  if (encoding === 'utf-8' && from !== 'sniffed' && from !== 'bom' && !isValidUtf8(body)) {
    warnings.push('invalid UTF-8 sequences replaced');
  }

  let text = decodeWith(body, encoding);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/^\s/.test(text)) text = text.replace(/^\s+/, '');
  return { text, encoding, from, warnings };
}

// A declaration of a wide encoding on bytes that are plainly single-byte is a lie
// (the file was re-saved); trusting it would turn the whole feed into garbage.
function isAsciiCompatibleMismatch(decl: string, bytes: Uint8Array): boolean {
  return /^(utf-16|utf-32|ucs)/.test(decl) && sniffWideEncoding(bytes) === undefined;
}
