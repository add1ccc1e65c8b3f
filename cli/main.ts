import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadWatchlist } from '../shared/config.js';
import { ShiftwatchError } from '../shared/domain/errors.js';
import { UsageError } from './cli-errors.js';
import { analyzeCommand } from './commands/analyze.js';
import { digestCommand, parseSinceHours } from './commands/digest.js';
import { positionsCommand } from './commands/positions.js';
import { replayCommand } from './commands/replay.js';
import { runCommand } from './commands/run.js';
import { watchlistCommand } from './commands/watchlist.js';
import { createOutput } from './output.js';

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The embedded defaults: bundled config, watchlist and sample feeds. */
export const DEFAULT_CONFIG = join(PACKAGE_ROOT, 'config', 'shiftwatch.yaml');
export const DEFAULT_WATCHLIST = join(PACKAGE_ROOT, 'config', 'watchlist.yaml');

const USAGE = `usage: shiftwatch <command> [options]

commands:
  run [--config FILE] [--json]                      one pass over the configured feeds (default config:
                                                    ./shiftwatch.yaml if present, else the bundled one)
  replay FEED... [--watchlist FILE] [--store DIR] [--json]
                                                    replay feed files or URLs in publication order
  analyze [FILE|-] [--watchlist FILE] [--json] [--explain]
                                                    the claims found in one article (text or HTML)
  positions [--store DIR] [--json] [--html FILE]    the current stance of every actor on every issue
  digest [--since HOURS] [--store DIR] [--json]     the digest of the alerts of the last HOURS (default 24)
  watchlist [FILE] [--json]                         how the reader understands a watchlist (default: the
                                                    bundled one), with warnings; exits 1 when there are any
  help                                              this text`;

/** Runs the CLI; returns the exit code. Errors become one line on stderr, never a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const out = createOutput(json);
  try {
    switch (command) {
      case 'run': {
        const { values } = parse(rest, { config: { type: 'string' }, json: { type: 'boolean' } }, 0, 'run');
        const configPath = values.config ?? (existsSync('shiftwatch.yaml') ? 'shiftwatch.yaml' : DEFAULT_CONFIG);
        return await runCommand({ configPath: configPath as string, out });
      }
      case 'replay': {
        const { values, positionals } = parse(
          rest,
          { watchlist: { type: 'string' }, store: { type: 'string' }, json: { type: 'boolean' } },
          Infinity,
          'replay',
        );
        if (positionals.length === 0) throw new UsageError('replay: give at least one FEED (a feed file path or an http(s) URL)');
        return await replayCommand({
          feeds: positionals,
          watchlist: loadWatchlist((values.watchlist as string | undefined) ?? DEFAULT_WATCHLIST),
          storeDir: values.store ? resolve(values.store as string) : undefined,
          out,
        });
      }
      case 'analyze': {
        const { values, positionals } = parse(
          rest,
          { watchlist: { type: 'string' }, json: { type: 'boolean' }, explain: { type: 'boolean' } },
          1,
          'analyze',
        );
        return await analyzeCommand({
          input: positionals[0] ?? '-',
          watchlist: loadWatchlist((values.watchlist as string | undefined) ?? DEFAULT_WATCHLIST),
          explain: Boolean(values.explain),
          out,
        });
      }
      case 'watchlist': {
        const { positionals } = parse(rest, { json: { type: 'boolean' } }, 1, 'watchlist');
        const path = positionals[0] ?? DEFAULT_WATCHLIST;
        return await watchlistCommand({ watchlist: loadWatchlist(path), path, out });
      }
      case 'positions': {
        const { values } = parse(
          rest,
          { store: { type: 'string' }, json: { type: 'boolean' }, html: { type: 'string' }, watchlist: { type: 'string' } },
          0,
          'positions',
        );
        return await positionsCommand({
          storeDir: resolve((values.store as string | undefined) ?? '.shiftwatch'),
          watchlist: loadWatchlist((values.watchlist as string | undefined) ?? DEFAULT_WATCHLIST),
          html: values.html as string | undefined,
          out,
        });
      }
      case 'digest': {
        const { values } = parse(rest, { since: { type: 'string' }, store: { type: 'string' }, json: { type: 'boolean' } }, 0, 'digest');
        return await digestCommand({
          storeDir: resolve((values.store as string | undefined) ?? '.shiftwatch'),
          sinceHours: parseSinceHours(values.since as string | undefined),
          out,
        });
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        (command === undefined ? process.stderr : process.stdout).write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command '${command}' (expected run, replay, analyze, positions, digest or help)`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error instanceof ShiftwatchError && error.name === 'ConfigError')) {
      out.warn(`shiftwatch: ${error.message}`);
      return 2;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    out.warn(`shiftwatch: ${command ?? ''} failed: ${message}`);
    if (process.env.SHIFTWATCH_DEBUG && error instanceof Error) out.warn(error.stack ?? '');
    return 1;
  }
}

type Values = Record<string, string | boolean | undefined>;

function parse(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  maxPositionals: number,
  command: string,
): { values: Values; positionals: string[] } {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true }) as { values: Values; positionals: string[] };
  } catch (error) {
    const message = (error as Error).message.split('\n')[0].replace(/\. To specify a positional.*$/, '');
    throw new UsageError(`${command}: ${message}`);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`${command}: unexpected argument '${parsed.positionals[maxPositionals]}'`);
  }
  return parsed;
}
