import { readFileSync } from 'node:fs';
import { htmlToArticle, type Article, createStanceReader } from '../../shared/domain/reading/stance-reader.js';
import type { Watchlist } from '../../shared/domain/watchlist.js';
import { UsageError } from '../cli-errors.js';
import { claimJson, round, type Output } from '../output.js';

export interface AnalyzeOptions {
  input: string;
  watchlist: Watchlist;
  explain: boolean;
  out: Output;
}

/** `shiftwatch analyze`: the claims found in one article (plain text or HTML). */
export async function analyzeCommand(options: AnalyzeOptions): Promise<number> {
  const text = readInput(options.input);
  const article = toArticle(text);
  const claims = createStanceReader(options.watchlist).analyze(article, { explain: options.explain });
  const { out } = options;
  if (out.json) {
    for (const claim of claims) out.result(claimJson(claim, options.explain));
    return 0;
  }
  if (claims.length === 0) out.result('no claims');
  for (const claim of claims) {
    out.result(`${claim.actor} on ${claim.issue}: ${claim.stance} (confidence ${round(claim.confidence)}${claim.attributed ? '' : ', reported by others'})`);
    out.result(`  "${claim.quote}"`);
    if (options.explain && claim.explain) {
      const e = claim.explain;
      const parts = [
        e.alias && `actor matched "${e.alias}"`,
        e.issuePhrase && `issue matched "${e.issuePhrase}"`,
        e.cue && `stance cue "${e.cue}"`,
        e.negation && `negation "${e.negation}"`,
        e.condition && `condition "${e.condition}"`,
      ].filter(Boolean);
      out.result(`  why: ${parts.join('; ')}`);
      for (const note of e.notes ?? []) out.result(`  note: ${note}`);
      out.result(`  sentence: ${e.sentence}`);
    }
  }
  return 0;
}

function readInput(input: string): string {
  try {
    return readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`analyze: cannot read ${input === '-' ? 'standard input' : input} (${code === 'ENOENT' ? 'no such file' : code})`);
  }
}

/**
 * HTML goes through the HTML reader; a JSON object with `text` (and optional `title`, as in the labelled sets'
 * `articles/NNN.json`) is read as that article; plain text may start with a headline and a blank line.
 */
export function toArticle(text: string): Article {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const fromJson = trimmed.startsWith('{') ? jsonArticle(trimmed) : undefined;
  if (fromJson) return fromJson;
  if (/^<(!doctype|html|head|body|article|p|div|h1|title)\b/i.test(trimmed)) return htmlToArticle(trimmed);
  const match = /^([^\n]+)\r?\n[ \t]*\r?\n([\s\S]*)$/.exec(trimmed);
  return match ? { title: match[1].trim(), text: match[2].trim() } : { text: trimmed.trim() };
}

/** An article object such as the labelled sets' `{"title", "text"}`; anything else is read as plain text. */
function jsonArticle(source: string): Article | undefined {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, text } = value as { title?: unknown; text?: unknown };
  if (typeof text !== 'string') return undefined;
  return typeof title === 'string' ? { title, text } : { text };
}
