import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ConfigError } from './domain/errors.js';
import { DEFAULT_SHIFT_SETTINGS, type ShiftSettings } from './domain/positions/shift-rules.js';
import { parseWatchlist, type Watchlist } from './domain/watchlist.js';
import { parseYamlSource, type YamlSource } from './domain/yaml-source.js';

/** How feeds are fetched. */
export interface FetchSettings {
  /** Whole-request budget, including a server that trickles bytes. */
  timeoutMs: number;
  connectTimeoutMs: number;
  /** Cap on the decompressed body. */
  maxBytes: number;
  maxRedirects: number;
  maxItemsPerFeed: number;
  /** Feeds fetched at once, and at once from one host. */
  concurrency: number;
  perHostConcurrency: number;
  userAgent: string;
  /** Hosts or IPs allowed despite the private-address guard (e.g. 127.0.0.1 for a local test server). */
  allowHosts: string[];
}

/** Shift decision thresholds; see shared/domain/positions/shift-rules.ts for meanings and defaults. */
export type ShiftOverrides = Partial<ShiftSettings>;

export interface FeedConfig {
  /** http(s) URL, or a local file path (resolved against the config file's folder). */
  url: string;
  name?: string;
}

/** One validated, typed config: the same for the local CLI and the deployed functions. */
export interface ShiftwatchConfig {
  feeds: FeedConfig[];
  /** Path of the watchlist file (absolute after loading). */
  watchlist: string;
  /** Local store folder (CLI only). */
  store: string;
  /** JSON Lines file the local run appends alerts to (CLI only). */
  alertsFile: string;
  /** Items published longer ago than this build positions but never alert (replay has no horizon). */
  horizonHours: number;
  fetch: FetchSettings;
  shifts: ShiftOverrides;
}

/** The config with its watchlist, as bundled into the Lambda functions at synth time. */
export interface BundledConfig {
  config: ShiftwatchConfig;
  watchlist: Watchlist;
}

export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  timeoutMs: 20_000,
  connectTimeoutMs: 5_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  maxItemsPerFeed: 500,
  concurrency: 8,
  perHostConcurrency: 2,
  userAgent: 'shiftwatch/0.1 (+https://github.com/shiftwatch/shiftwatch)',
  allowHosts: [],
};

const TOP_LEVEL_KEYS = ['feeds', 'watchlist', 'store', 'alertsFile', 'horizonHours', 'fetch', 'shifts'];

/**
 * Validates a config document. Relative feed paths and the watchlist path are resolved
 * against `baseDir` (the config file's folder); `store` and `alertsFile` against `cwd`.
 *
 * @example parseConfig(readFileSync('shiftwatch.yaml', 'utf8'), 'shiftwatch.yaml', { baseDir: '.', cwd: process.cwd() })
 */
export function parseConfig(text: string, fileName: string, paths: { baseDir: string; cwd: string }): ShiftwatchConfig {
  const src = parseYamlSource(text, fileName);
  const root = src.value;
  if (!isRecord(root)) throw new ConfigError(`${src.where([])}: a config must be a mapping with at least 'feeds' and 'watchlist'`);
  for (const key of Object.keys(root)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      throw new ConfigError(`${src.where([key])}: unknown setting '${key}' (expected one of ${TOP_LEVEL_KEYS.join(', ')})`);
    }
  }

  if (!Array.isArray(root.feeds)) throw new ConfigError(`${src.where(['feeds'])}: 'feeds' must be a list of {url, name}`);
  const feeds = root.feeds.map((entry, i): FeedConfig => {
    const feed = typeof entry === 'string' ? { url: entry } : entry;
    if (!isRecord(feed) || typeof feed.url !== 'string' || feed.url.trim() === '') {
      throw new ConfigError(`${src.where(['feeds', i])}: each feed needs a 'url' (an http(s) URL or a file path)`);
    }
    const url = feed.url.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !/^https?:\/\//i.test(url)) {
      throw new ConfigError(`${src.where(['feeds', i])}: feed '${url}' must be http(s) or a local file path`);
    }
    const name = feed.name === undefined ? undefined : String(feed.name);
    return { url: /^https?:\/\//i.test(url) ? url : resolve(paths.baseDir, url), ...(name ? { name } : {}) };
  });

  if (typeof root.watchlist !== 'string' || root.watchlist.trim() === '') {
    throw new ConfigError(`${src.where(['watchlist'])}: 'watchlist' must name the watchlist YAML file`);
  }
  const store = optionalString(src, root, 'store') ?? '.shiftwatch';
  const storePath = resolve(paths.cwd, store);
  const alertsFile = optionalString(src, root, 'alertsFile') ?? 'alerts.jsonl';

  return {
    feeds,
    watchlist: resolve(paths.baseDir, root.watchlist.trim()),
    store: storePath,
    alertsFile: isAbsolute(alertsFile) ? alertsFile : resolve(storePath, alertsFile),
    horizonHours: optionalNumber(src, root, ['horizonHours'], { min: 0 }) ?? 48,
    fetch: parseFetch(src, root.fetch),
    shifts: parseShifts(src, root.shifts),
  };
}

/** Reads a config file and its watchlist; every problem is a one-line ConfigError. */
export function loadBundle(configPath: string, cwd = process.cwd()): BundledConfig {
  const config = parseConfig(readText(configPath, 'config'), configPath, { baseDir: dirname(resolve(cwd, configPath)), cwd });
  return { config, watchlist: loadWatchlist(config.watchlist) };
}

export function loadWatchlist(path: string): Watchlist {
  return parseWatchlist(readText(path, 'watchlist'), path);
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (code ?? 'unreadable');
    throw new ConfigError(`${path}: cannot read ${what} file (${reason})`);
  }
}

function parseFetch(src: YamlSource, value: unknown): FetchSettings {
  if (value === undefined || value === null) return { ...DEFAULT_FETCH_SETTINGS };
  if (!isRecord(value)) throw new ConfigError(`${src.where(['fetch'])}: 'fetch' must be a mapping`);
  const settings = { ...DEFAULT_FETCH_SETTINGS };
  for (const [key, raw] of Object.entries(value)) {
    const path = ['fetch', key];
    if (key === 'userAgent') {
      if (typeof raw !== 'string' || raw.trim() === '') throw new ConfigError(`${src.where(path)}: 'fetch.userAgent' must be a string`);
      settings.userAgent = raw.trim();
    } else if (key === 'allowHosts') {
      if (!Array.isArray(raw) || raw.some((h) => typeof h !== 'string')) {
        throw new ConfigError(`${src.where(path)}: 'fetch.allowHosts' must be a list of host names or IPs`);
      }
      settings.allowHosts = raw as string[];
    } else if (key in DEFAULT_FETCH_SETTINGS) {
      (settings as unknown as Record<string, number>)[key] = optionalNumber(src, value, path, { min: 1, integer: true })!;
    } else {
      throw new ConfigError(`${src.where(path)}: unknown fetch setting '${key}' (expected one of ${Object.keys(DEFAULT_FETCH_SETTINGS).join(', ')})`);
    }
  }
  return settings;
}

function parseShifts(src: YamlSource, value: unknown): ShiftOverrides {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new ConfigError(`${src.where(['shifts'])}: 'shifts' must be a mapping of threshold names to numbers`);
  const out: Record<string, number> = {};
  for (const key of Object.keys(value)) {
    if (!(key in DEFAULT_SHIFT_SETTINGS)) {
      throw new ConfigError(`${src.where(['shifts', key])}: unknown shift setting '${key}' (expected one of ${Object.keys(DEFAULT_SHIFT_SETTINGS).join(', ')})`);
    }
    out[key] = optionalNumber(src, value, ['shifts', key], { min: 0 })!;
  }
  return out as ShiftOverrides;
}

function optionalString(src: YamlSource, obj: Record<string, unknown>, key: string): string | undefined {
  const raw = obj[key];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') throw new ConfigError(`${src.where([key])}: '${key}' must be a non-empty string`);
  return raw.trim();
}

function optionalNumber(
  src: YamlSource,
  obj: Record<string, unknown>,
  path: string[],
  rules: { min?: number; integer?: boolean },
): number | undefined {
  const raw = obj[path[path.length - 1]];
  if (raw === undefined || raw === null) return undefined;
  const name = path.join('.');
  if (typeof raw !== 'number' || !Number.isFinite(raw)) throw new ConfigError(`${src.where(path)}: '${name}' must be a number, not ${JSON.stringify(raw)}`);
  if (rules.integer && !Number.isInteger(raw)) throw new ConfigError(`${src.where(path)}: '${name}' must be a whole number`);
  if (rules.min !== undefined && raw < rules.min) throw new ConfigError(`${src.where(path)}: '${name}' must be at least ${rules.min}`);
  return raw;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
