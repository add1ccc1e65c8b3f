import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { FeedErrorKind } from '../../domain/errors.js';
import { decompressBody, DecodeFailure } from '../../domain/feed/decode.js';
import { FeedHttpError } from '../../domain/feed/fetch-error.js';
import { nextFetchState, type ScheduleSettings } from '../../domain/feed/schedule.js';
import type { FeedFetcher, FeedSource, FeedState, FetchResult } from '../../ports/feed-fetcher.js';
import { checkAddress } from './address-guard.js';

export interface HttpFeedFetcherOptions {
  /** Whole fetch, all redirects and the body included: a trickling server cannot hold us longer. */
  timeoutMs: number;
  /** TCP (and DNS) connect, per hop. */
  connectTimeoutMs: number;
  /** Body cap, applied to the raw and to the decompressed size. */
  maxBytes: number;
  maxRedirects: number;
  /** Identifying User-Agent with a contact URL, e.g. 'shiftwatch/0.1 (+https://example.org/bot)'. */
  userAgent: string;
  /** Host names or IPs allowed despite the address guard (tests, local use: '127.0.0.1'). */
  allowHosts?: string[];
  now?: () => Date;
  schedule?: Partial<ScheduleSettings>;
}

export const DEFAULT_HTTP_OPTIONS: HttpFeedFetcherOptions = {
  timeoutMs: 20_000,
  connectTimeoutMs: 5_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'shiftwatch/0.1 (+https://github.com/shiftwatch/shiftwatch)',
};

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5';

/** Thrown by the socket lookup when the resolved address is forbidden. */
class ForbiddenAddress extends Error {
  readonly code = 'ESHIFTWATCH_FORBIDDEN';
}
class FetchTimeout extends Error {
  readonly code = 'ESHIFTWATCH_TIMEOUT';
}
class TooLarge extends Error {
  readonly code = 'ESHIFTWATCH_TOO_LARGE';
}

interface Hop {
  status: number;
  headers: IncomingHttpHeaders;
  body?: Buffer;
}

/**
 * Fetches feeds over HTTP(S) politely and defensively: conditional GET, gzip/deflate/br,
 * bounded redirects with loop detection (a permanent one recorded in `state.movedTo`),
 * connect and total timeouts, a size cap on the decompressed body, and an address
 * guard checked on the IP actually connected (after DNS, on every redirect).
 *
 * @example
 * const fetcher = new HttpFeedFetcher({ userAgent: 'shiftwatch/0.1 (+https://example.org/bot)' });
 * const result = await fetcher.fetch({ url: 'https://example.org/rss' }, previousState);
 */
export class HttpFeedFetcher implements FeedFetcher {
  private readonly options: HttpFeedFetcherOptions;

  constructor(options: Partial<HttpFeedFetcherOptions> = {}) {
    this.options = { ...DEFAULT_HTTP_OPTIONS, ...options };
  }

  async fetch(feed: FeedSource, state?: FeedState): Promise<FetchResult> {
    const now = this.options.now?.() ?? new Date();
    const start = Date.now();
    const deadline = start + this.options.timeoutMs;
    const prev: FeedState = state ?? { url: feed.url };
    let current = this.parseUrl(feed.url, state?.movedTo ?? feed.url);
    const visited = new Set<string>([current.href]);
    let permanentTarget: string | undefined;
    let allPermanent = true;

    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (state?.etag) headers['if-none-match'] = state.etag;
    if (state?.lastModified) headers['if-modified-since'] = state.lastModified;

    for (let redirects = 0; ; redirects++) {
      const hop = await this.requestOnce(feed.url, current, headers, deadline);
      const { status } = hop;

      if (status >= 300 && status < 400 && status !== 304 && hop.headers.location) {
        if (redirects >= this.options.maxRedirects) {
          throw new FeedHttpError(feed.url, 'too-many-redirects', `more than ${this.options.maxRedirects} redirects (last to ${current.href})`, status);
        }
        const next = this.parseUrl(feed.url, hop.headers.location, current);
        if (visited.has(next.href)) {
          throw new FeedHttpError(feed.url, 'too-many-redirects', `redirect loop (${current.href} -> ${next.href})`, status);
        }
        visited.add(next.href);
        if (allPermanent && (status === 301 || status === 308)) permanentTarget = next.href;
        else allPermanent = false;
        current = next;
        continue;
      }

      const movedTo = permanentTarget;
      const maxAgeSeconds = cacheMaxAge(hop.headers['cache-control']);
      if (status === 304) {
        return { status: 'not-modified', state: nextFetchState(prev, { kind: 'not-modified', maxAgeSeconds, movedTo }, now, this.options.schedule) };
      }
      if (status >= 200 && status < 300) {
        const body = this.decompress(feed.url, hop);
        const contentType = header(hop.headers['content-type']);
        const next = nextFetchState(
          prev,
          { kind: 'ok', etag: header(hop.headers.etag), lastModified: header(hop.headers['last-modified']), maxAgeSeconds, movedTo },
          now,
          this.options.schedule,
        );
        return { status: 'ok', body, finalUrl: current.href, state: next, ...(contentType ? { contentType } : {}) };
      }
      const retryAfter = status === 429 || status === 503 ? retryAfterSeconds(header(hop.headers['retry-after']), now) : undefined;
      const kind: FeedErrorKind = status === 404 || status === 410 ? 'not-found' : 'http-status';
      const text = http.STATUS_CODES[status] ?? 'error';
      const detail = `HTTP ${status} ${text}${retryAfter !== undefined ? ` (retry after ${retryAfter} s)` : ''}`;
      throw new FeedHttpError(feed.url, kind, detail, status, retryAfter);
    }
  }

  private parseUrl(feed: string, target: string, base?: URL): URL {
    let url: URL;
    try {
      url = new URL(target, base);
    } catch {
      throw new FeedHttpError(feed, 'unreachable', `invalid URL "${target}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FeedHttpError(feed, 'forbidden-address', `scheme "${url.protocol.replace(/:$/, '')}" is not allowed (${url.href})`);
    }
    // An IP literal never goes through the lookup, so it is checked here.
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const reason = checkAddress(host, host, this.options.allowHosts);
      if (reason) throw new FeedHttpError(feed, 'forbidden-address', `refused to connect to ${host} (${reason} address)`);
    }
    return url;
  }

  private guardedLookup(): LookupFunction {
    const allow = this.options.allowHosts;
    return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
      dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
        if (error) return callback(error);
        const list = addresses as dns.LookupAddress[];
        // Refuse the host if ANY of its addresses is forbidden: the connection may use any of them.
        for (const a of list) {
          const reason = checkAddress(hostname, a.address, allow);
          if (reason) return callback(new ForbiddenAddress(`refused to connect to ${hostname} (${a.address}, ${reason} address)`));
        }
        if (options.all) callback(null, list);
        else callback(null, list[0]!.address, list[0]!.family);
      });
    }) as unknown as LookupFunction;
  }

  private requestOnce(feed: string, url: URL, headers: Record<string, string>, deadline: number): Promise<Hop> {
    const { connectTimeoutMs, maxBytes } = this.options;
    const remaining = deadline - Date.now();
    if (remaining <= 0) return Promise.reject(new FeedHttpError(feed, 'timeout', `timed out after ${this.options.timeoutMs} ms`));
    const lib = url.protocol === 'https:' ? https : http;

    return new Promise<Hop>((resolve, reject) => {
      let settled = false;
      const finish = (error: unknown, hop?: Hop): void => {
        if (settled) return;
        settled = true;
        clearTimeout(totalTimer);
        clearTimeout(connectTimer);
        if (error) reject(this.translate(feed, url, error));
        else resolve(hop!);
      };
      const req = lib.request(url, { method: 'GET', headers, agent: false, lookup: this.guardedLookup() });
      const totalTimer = setTimeout(() => req.destroy(new FetchTimeout(`timed out after ${this.options.timeoutMs} ms`)), remaining);
      const connectTimer = setTimeout(
        () => req.destroy(new FetchTimeout(`no connection within ${connectTimeoutMs} ms`)),
        Math.min(connectTimeoutMs, remaining),
      );
      req.on('socket', (socket) => {
        socket.once('connect', () => clearTimeout(connectTimer));
      });
      req.on('error', (error) => finish(error));
      req.on('response', (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          // Only 2xx bodies matter; drop the rest without reading it all.
          finish(undefined, { status, headers: res.headers });
          return void res.destroy();
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          finish(new TooLarge(`body of ${declared} bytes exceeds the ${maxBytes}-byte cap`));
          return void res.destroy();
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            finish(new TooLarge(`body exceeds the ${maxBytes}-byte cap`));
            res.destroy();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => finish(undefined, { status, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', (error) => finish(error));
        res.on('aborted', () => finish(new Error('connection closed before the body was complete')));
      });
      req.end();
    });
  }

  private decompress(feed: string, hop: Hop): Uint8Array {
    try {
      return decompressBody(hop.body ?? Buffer.alloc(0), header(hop.headers['content-encoding']), this.options.maxBytes);
    } catch (error) {
      if (error instanceof DecodeFailure) throw new FeedHttpError(feed, error.kind, error.message, hop.status, undefined, { cause: error });
      throw error;
    }
  }

  private translate(feed: string, url: URL, error: unknown): FeedHttpError {
    if (error instanceof FeedHttpError) return error;
    const e = error as NodeJS.ErrnoException & { hostname?: string };
    const target = `${url.hostname}${url.port ? `:${url.port}` : ''}`;
    if (e instanceof ForbiddenAddress) return new FeedHttpError(feed, 'forbidden-address', e.message, undefined, undefined, { cause: e });
    if (e instanceof FetchTimeout) return new FeedHttpError(feed, 'timeout', e.message, undefined, undefined, { cause: e });
    if (e instanceof TooLarge) return new FeedHttpError(feed, 'too-large', e.message, undefined, undefined, { cause: e });
    const reasons: Record<string, string> = {
      ECONNREFUSED: 'connection refused',
      ECONNRESET: 'connection reset',
      ENOTFOUND: `host ${url.hostname} not found`,
      EAI_AGAIN: `DNS lookup for ${url.hostname} failed`,
      EHOSTUNREACH: 'host unreachable',
      ENETUNREACH: 'network unreachable',
      ETIMEDOUT: 'connection timed out',
      EPIPE: 'connection closed',
      ECONNABORTED: 'connection aborted',
    };
    const reason = (e.code && reasons[e.code]) ?? (e.code?.startsWith('ERR_TLS') || /certificate|SSL|TLS/i.test(e.message) ? `TLS: ${e.message}` : e.message);
    const kind: FeedErrorKind = e.code === 'ETIMEDOUT' ? 'timeout' : 'unreachable';
    const where = url.href === feed ? '' : ` at ${target}`;
    return new FeedHttpError(feed, kind, `${kind} (${reason})${where}`, undefined, undefined, { cause: e });
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), capped at a week. */
export function retryAfterSeconds(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed), 7 * 86_400);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.min(Math.round((at - now.getTime()) / 1000), 7 * 86_400));
}

/** Cache-Control max-age in seconds; undefined when absent (no-cache/no-store mean 0). */
export function cacheMaxAge(value: string | string[] | undefined): number | undefined {
  const v = header(value);
  if (!v) return undefined;
  if (/\b(no-cache|no-store)\b/i.test(v)) return 0;
  const m = v.match(/\bmax-age\s*=\s*"?(\d+)/i);
  return m ? Number(m[1]) : undefined;
}
