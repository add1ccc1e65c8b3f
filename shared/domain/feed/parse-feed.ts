import Parser from 'rss-parser';
import { FeedError } from '../errors.js';
import type { Story } from '../types.js';
import { canonicalUrl, isHttpUrl } from './canonical-url.js';
import { parseFeedDate } from './dates.js';
import { decodeFeedBytes, DecodeFailure, maybeDecompress } from './decode.js';
import { htmlToPlainText } from './html-text.js';
import { fingerprint, sha256Hex } from './near-duplicate.js';

export interface ParseOptions {
  /** The feed's URL or path: the story's `feed`, the base for relative links, the name in errors. */
  feedUrl: string;
  /** Base for relative links when it differs from feedUrl (the URL after redirects). */
  baseUrl?: string;
  /** Human name from config; wins over the feed's own title for `Story.source`. */
  feedName?: string;
  /** HTTP Content-Type, whose charset takes part in decoding. */
  contentType?: string;
  /** Fetch time: `published` for items with no usable date (marked publishedGuessed). */
  fetchedAt: Date;
  /** Keep at most this many items (the first ones in document order). Default 500. */
  maxItems?: number;
  /** Cap on the decompressed size of a gzip file read from disk. Default 20 MB. */
  maxBytes?: number;
}

export interface ParsedFeed {
  title?: string;
  /** RSS `<ttl>`: minutes the publisher asks readers to wait between fetches. */
  ttlMinutes?: number;
  stories: Story[];
  /** Non-fatal oddities (encoding overrides, dropped items, items cap...). */
  warnings: string[];
}

export const DEFAULT_MAX_ITEMS = 500;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Story text cap: far beyond a news article; keeps a runaway blog post from costing the run. */
const MAX_TEXT_CHARS = 20_000;
const MAX_HTML_CHARS = 80_000;
/** Copies of one story share their opening; the fingerprint reads this much of it. */
const FINGERPRINT_CHARS = 4_000;
const MAX_ENTITY_VALUE = 1024;
const BARE_AMPERSAND = /&(?!(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][\w.-]*);)/;
const BARE_AMPERSAND_G = new RegExp(BARE_AMPERSAND.source, 'g');
const MAX_ENTITY_EXPANSION = 1_000_000;

/**
 * Deterministic story id: the first 32 hex digits (128 bits) of the SHA-256 of the
 * canonical link (else the guid, else title + feed).
 *
 * @example storyId('https://news.example/a') // '5d1c...' (32 hex digits)
 */
export function storyId(canonicalUrlOrGuid: string): string {
  return sha256Hex(canonicalUrlOrGuid).slice(0, 32);
}

type RawItem = Record<string, unknown> & { rawDates?: string[] };

const DATE_KEYS = ['published', 'issued', 'created', 'pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'updated', 'modified', 'dcterms:modified'];

function makeParser(): Parser {
  const parser = new Parser({ defaultRSS: 2 } as never);
  // rss-parser finds the format and builds the channel; items are read here instead of
  // by its parseItemRss/parseItemAtom, which (a) turn Atom dates into ISO with
  // `new Date(x).toISOString()`, throwing on a bad date and losing the whole feed,
  // (b) read `link.$.rel` on links without attributes, and (c) compute HTML snippets and
  // rebuild XHTML as XML for every item, work we would throw away.
  const p = parser as unknown as {
    parseItemAtom(entry: unknown): RawItem;
    parseItemRss(item: unknown, fields: unknown): RawItem;
  };
  // A channel-less <rss> or <rdf:RDF> is a valid, empty feed, but rss-parser reads
  // channel[0] unguarded; give it an empty channel.
  const q = parser as unknown as Record<string, (xml: Record<string, Record<string, unknown>>) => unknown>;
  for (const [method, rootKey] of [['buildRSS2', 'rss'], ['buildRSS0_9', 'rss'], ['buildRSS1', 'rdf:RDF']] as const) {
    const build = q[method]!.bind(parser);
    q[method] = (xml) => {
      const root = xml[rootKey];
      if (root && typeof root === 'object') {
        if (!Array.isArray(root.channel) || !root.channel[0] || typeof root.channel[0] !== 'object') root.channel = [{}];
      } else {
        xml[rootKey] = { channel: [{}] };
      }
      return build(xml);
    };
  }
  const buildAtom = q.buildAtomFeed!.bind(parser);
  q.buildAtomFeed = (xml) => {
    if (!xml.feed || typeof xml.feed !== 'object') xml.feed = {};
    if (Array.isArray(xml.feed.link)) xml.feed.link = withLinkAttributes(xml.feed.link);
    return buildAtom(xml);
  };
  p.parseItemAtom = (entry) => readAtomEntry(asObject(entry));
  p.parseItemRss = (xmlItem) => readRssItem(asObject(xmlItem));
  return parser;
}

// An empty <entry></entry> or <item/> arrives from xml2js as a string, not an object.
function asObject(x: unknown): Record<string, unknown> {
  return x && typeof x === 'object' ? (x as Record<string, unknown>) : {};
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function rawDates(entry: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of DATE_KEYS) {
    const value = entry[key];
    if (value === undefined) continue;
    const text = asText(first(value));
    if (text) out.push(text);
  }
  return out;
}

function readRssItem(x: Record<string, unknown>): RawItem {
  const about = (x.$ as Record<string, unknown> | undefined)?.['rdf:about'];
  return {
    title: first(x.title) ?? first(x['dc:title']),
    link: first(x.link) ?? about,
    guid: first(x.guid),
    'content:encoded': first(x['content:encoded']),
    description: first(x.description),
    rawDates: rawDates(x),
  };
}

/** The alternate link of an Atom entry (a link without rel is alternate), else the first. */
function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return asText(links) || undefined;
  let fallback: string | undefined;
  for (const l of links) {
    if (typeof l === 'string') {
      fallback ??= l;
      continue;
    }
    const attrs = (l as { $?: Record<string, string> } | null)?.$;
    if (!attrs?.href) continue;
    if (!attrs.rel || attrs.rel === 'alternate') return attrs.href;
    fallback ??= attrs.href;
  }
  return fallback;
}

function readAtomEntry(x: Record<string, unknown>): RawItem {
  return {
    title: first(x.title),
    link: atomLink(x.link),
    id: first(x.id),
    content: first(x.content),
    summary: first(x.summary),
    rawDates: rawDates(x),
  };
}

function withLinkAttributes(links: unknown[]): unknown[] {
  return links.map((l) =>
    typeof l === 'string' ? { $: { href: l } } : l && typeof l === 'object' && !('$' in l) ? { ...l, $: {} } : l,
  );
}

// One parser per module: rss-parser keeps no per-document state between calls.
let sharedParser: Parser | undefined;

/** Flattens what xml2js gives for an element (string, {_: text}, nested objects) to text. */
function asText(value: unknown, depth = 0): string {
  if (value == null || depth > 8) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => asText(v, depth + 1)).filter(Boolean).join(' ');
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj._ === 'string') return obj._;
    return Object.entries(obj)
      .filter(([k]) => k !== '$')
      .map(([, v]) => asText(v, depth + 1))
      .filter(Boolean)
      .join(' ');
  }
  return '';
}

function toPlainText(htmlOrText: string): string {
  const s = htmlOrText.length > MAX_HTML_CHARS ? htmlOrText.slice(0, htmlOrText.lastIndexOf('<', MAX_HTML_CHARS) > 0 ? htmlOrText.lastIndexOf('<', MAX_HTML_CHARS) : MAX_HTML_CHARS) : htmlOrText;
  const plain = htmlToPlainText(s);
  return plain.length > MAX_TEXT_CHARS ? plain.slice(0, MAX_TEXT_CHARS) : plain;
}

/**
 * Removes the DOCTYPE (rss-parser's XML parser never expands declared entities, and
 * we never resolve external ones) and substitutes simple internal text entities one
 * level deep, so billion-laughs nesting cannot grow. External, parameter or nested
 * entities are replaced by nothing.
 */
function neutraliseDoctype(xml: string, feed: string, warnings: string[]): string {
  // Only a DOCTYPE in the prolog counts; "<!DOCTYPE" inside CDATA is text.
  const start = xml.indexOf('<!');
  const rootStart = xml.search(/<[A-Za-z]/);
  if (start < 0 || (rootStart >= 0 && start > rootStart)) return xml;
  const doctype = xml.match(/<!DOCTYPE\s[^[>]*(\[[\s\S]*?\]\s*)?>/i);
  if (!doctype || (rootStart >= 0 && doctype.index! > rootStart)) return xml;
  const subset = doctype[1] ?? '';
  const entities = new Map<string, string>();
  let unsafe = 0;
  for (const m of subset.matchAll(/<!ENTITY\s+(%\s+)?([\w.:-]+)\s+(SYSTEM|PUBLIC)?\s*(?:"([^"]*)"|'([^']*)')[^>]*>/g)) {
    const [, param, name, external] = m;
    const value = m[4] ?? m[5] ?? '';
    if (param) continue;
    if (external || value.length > MAX_ENTITY_VALUE || /[<&%]/.test(value.replace(/&#x?[0-9a-f]+;/gi, ''))) {
      entities.set(name!, '');
      unsafe++;
    } else {
      entities.set(name!, value);
    }
  }
  if (unsafe) warnings.push(`${unsafe} external or nested entity declaration(s) ignored`);
  let out = xml.slice(0, doctype.index) + xml.slice(doctype.index! + doctype[0].length);
  if (entities.size) {
    let expanded = 0;
    out = out.replace(/&([\w.:-]+);/g, (whole, name: string) => {
      const value = entities.get(name);
      if (value === undefined) return whole;
      expanded += value.length;
      if (expanded > MAX_ENTITY_EXPANSION) {
        throw new FeedError(feed, 'malformed', `entity expansion exceeds ${MAX_ENTITY_EXPANSION} characters`);
      }
      return value;
    });
  }
  return out;
}

/** One line from an xml2js/sax error ("Unexpected close tag\nLine: 3\n...") */
function oneLine(message: string): string {
  const [first, ...rest] = message.split('\n');
  const line = rest.find((l) => l.startsWith('Line:'))?.slice(5).trim();
  const col = rest.find((l) => l.startsWith('Column:'))?.slice(7).trim();
  const where = line !== undefined ? ` (line ${Number(line) + 1}${col !== undefined ? `, column ${col}` : ''})` : '';
  return `${(first ?? '').trim()}${where}`.slice(0, 200);
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/**
 * `<atom:feed xmlns:atom="...">` is as valid as `<feed xmlns="...">` but rss-parser only
 * knows unprefixed names; a lone Atom `<entry>` document is a feed of one.
 */
function unprefixRoot(xml: string, root: string | undefined): string {
  if (!root) return xml;
  const prefixed = root.match(/^([\w.-]+):(feed|rss)$/);
  if (prefixed) {
    const prefix = prefixed[1]!.replace(/[.-]/g, '\\$&');
    return xml.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
  }
  if (root === 'entry' && xml.includes(ATOM_NS)) {
    const start = xml.search(/<entry\b/);
    return `${xml.slice(0, start)}<feed xmlns="${ATOM_NS}">${xml.slice(start)}</feed>`;
  }
  return xml;
}

function rootName(xml: string): string | undefined {
  const m = xml.match(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*<([\w.:-]+)/i);
  return m?.[1];
}

/**
 * Parses feed bytes (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) into normalised stories: bytes
 * decoded per BOM / charset / XML declaration, links canonical and resolved against
 * xml:base or the feed URL, dates parsed leniently (fetch time when missing, flagged),
 * HTML turned into plain text, a SimHash fingerprint for near-duplicate detection.
 * Throws FeedError (`empty`, `not-a-feed`, `malformed`, `decode`, `too-large`) naming the feed.
 *
 * @example const { stories } = await parseFeed(bytes, { feedUrl: 'https://x/feed', fetchedAt: now })
 */
export async function parseFeed(bytes: Uint8Array, options: ParseOptions): Promise<ParsedFeed> {
  const feed = options.feedUrl;
  const warnings: string[] = [];
  let xml: string;
  try {
    const raw = maybeDecompress(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const decoded = decodeFeedBytes(raw, options.contentType);
    warnings.push(...decoded.warnings);
    xml = decoded.text;
  } catch (error) {
    if (error instanceof DecodeFailure) throw new FeedError(feed, error.kind, error.message, { cause: error });
    throw new FeedError(feed, 'decode', `cannot decode bytes (${(error as Error).message})`, { cause: error });
  }
  if (!/\S/.test(xml)) throw new FeedError(feed, 'empty', 'empty body');

  const root = rootName(xml);
  if (root && /^html$/i.test(root)) throw new FeedError(feed, 'not-a-feed', 'an HTML page, not a feed');
  if (!root && /^\s*<!DOCTYPE\s+html/i.test(xml)) throw new FeedError(feed, 'not-a-feed', 'an HTML page, not a feed');

  xml = neutraliseDoctype(xml, feed, warnings);
  xml = unprefixRoot(xml, root);
  // A bare "&" (very common in hand-made feeds) is fatal to a strict XML parser.
  if (BARE_AMPERSAND.test(xml)) xml = xml.replace(BARE_AMPERSAND_G, '&amp;');

  sharedParser ??= makeParser();
  let parsed: Parser.Output<RawItem>;
  try {
    parsed = (await sharedParser.parseString(xml)) as Parser.Output<RawItem>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not recognized as RSS/i.test(message)) {
      throw new FeedError(feed, 'not-a-feed', `not an RSS or Atom feed (root element <${root ?? '?'}>)`, { cause: error });
    }
    if (/Unable to parse XML/i.test(message)) throw new FeedError(feed, 'empty', 'no XML document', { cause: error });
    throw new FeedError(feed, 'malformed', `malformed XML: ${oneLine(message)}`, { cause: error });
  }

  const title = asText(parsed.title).trim() || undefined;
  const ttl = Number.parseInt(asText((parsed as unknown as Record<string, unknown>).ttl), 10);
  const base = baseUrl(xml, options.baseUrl ?? feed);
  const host = isHttpUrl(feed) ? new URL(feed).host : undefined;
  const source = options.feedName ?? (title ? toPlainText(title) : undefined) ?? host ?? feed;

  let items = parsed.items ?? [];
  const maxItems = options.maxItems ?? DEFAULT_MAX_ITEMS;
  if (items.length > maxItems) {
    warnings.push(`${items.length} items; kept the first ${maxItems}`);
    items = items.slice(0, maxItems);
  }

  const stories: Story[] = [];
  let dropped = 0;
  let guessed = 0;
  for (const item of items) {
    const story = toStory(item, { feed, base, source, fetchedAt: options.fetchedAt });
    if (!story) {
      dropped++;
      continue;
    }
    if (story.publishedGuessed) guessed++;
    stories.push(story);
  }
  if (dropped) warnings.push(`${dropped} item(s) with no title, text, link or guid dropped`);
  if (guessed) warnings.push(`${guessed} item(s) with no usable date got the fetch time`);

  return { title, ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : undefined, stories, warnings };
}

function baseUrl(xml: string, feed: string): string | undefined {
  const feedBase = isHttpUrl(feed) ? feed : undefined;
  const m = xml.slice(0, 4096).match(/<(?:feed|rss|rdf:RDF|channel)\b[^>]*?\sxml:base\s*=\s*["']([^"']+)["']/);
  if (!m) return feedBase;
  try {
    return new URL(m[1]!, feedBase).toString();
  } catch {
    return feedBase;
  }
}

function toStory(
  item: RawItem,
  ctx: { feed: string; base?: string; source: string; fetchedAt: Date },
): Story | undefined {
  const guid = (asText(item.guid) || asText(item.id)).trim() || undefined;
  const rawLink = asText(item.link).trim() || undefined;
  const url = canonicalUrl(rawLink, ctx.base) ?? canonicalUrl(guid, ctx.base && guid?.startsWith('/') ? ctx.base : undefined);

  const body =
    asText(item['content:encoded']) || asText(item.content) || asText(item.description) || asText(item.summary) || '';
  const text = body ? toPlainText(body) : '';
  let title = toPlainText(asText(item.title));
  if (!title && !text && !url && !guid) return undefined;
  if (!title) title = text ? firstWords(text) : (url ?? guid ?? '(untitled)');

  let published: Date | undefined;
  for (const raw of item.rawDates ?? []) {
    published = parseFeedDate(raw);
    if (published) break;
  }
  const idBasis = url ?? (guid ? `guid:${guid}` : `title:${title}\nfeed:${ctx.feed}`);
  const story: Story = {
    id: storyId(idBasis),
    url: url ?? (isHttpUrl(ctx.feed) ? ctx.feed : ''),
    title,
    text,
    published: (published ?? ctx.fetchedAt).toISOString(),
    source: ctx.source,
    feed: ctx.feed,
    fingerprint: fingerprint(`${title}\n${text.slice(0, FINGERPRINT_CHARS)}`),
  };
  if (!published) story.publishedGuessed = true;
  if (guid) story.guid = guid;
  return story;
}

function firstWords(text: string): string {
  const line = text.split('\n')[0] ?? text;
  return line.length <= 100 ? line : `${line.slice(0, 97).replace(/\s+\S*$/, '')}...`;
}
