import { isMap, isSeq, type Node } from 'yaml';
import { ConfigError } from './errors.js';
import { isStance, type Stance } from './types.js';
import { parseYamlDocument } from './yaml-source.js';

/** A tracked actor: a government, leader or organisation, with the names it goes by. */
export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  /** Optional extra fields (demonyms, etc.) are kept as given. */
  [key: string]: unknown;
}

/** A tracked issue: a proposition under negotiation. */
export interface Issue {
  id: string;
  /** The proposition itself ("Ukraine formally abandons its bid to join NATO"). */
  name: string;
  terms: string[];
  description?: string;
  [key: string]: unknown;
}

export interface BaselinePosition {
  actor: string;
  issue: string;
  stance: Stance;
}

export interface Watchlist {
  actors: Actor[];
  issues: Issue[];
  baseline: BaselinePosition[];
}

/**
 * Parses and validates a watchlist YAML document.
 * Every error names the file, the line and what is wrong, in one line.
 *
 * @example parseWatchlist(readFileSync('watchlist.yaml', 'utf8'), 'watchlist.yaml')
 */
export function parseWatchlist(text: string, fileName: string): Watchlist {
  const { doc, lineCounter } = parseYamlDocument(text, fileName);
  const where = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? fileName : `${fileName}:${lineCounter.linePos(offset).line}`;
  };
  const root = doc.contents;
  if (!isMap(root)) throw new ConfigError(`${where(root as Node)}: a watchlist must be a mapping with 'actors' and 'issues'`);

  const seqOf = (key: string, required: boolean): Node[] => {
    const node = root.get(key, true) as Node | undefined;
    if (node === undefined || node === null || (node as { value?: unknown }).value === null) {
      if (required) throw new ConfigError(`${fileName}: missing '${key}' list`);
      return [];
    }
    if (!isSeq(node)) throw new ConfigError(`${where(node)}: '${key}' must be a list`);
    return node.items as Node[];
  };

  const str = (item: Node, key: string, ctx: string, required = true): string | undefined => {
    if (!isMap(item)) throw new ConfigError(`${where(item)}: each entry of '${ctx}' must be a mapping`);
    const value = item.get(key);
    if (value === undefined || value === null) {
      if (required) throw new ConfigError(`${where(item)}: ${ctx} entry is missing '${key}'`);
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new ConfigError(`${where(item.get(key, true) as Node)}: '${key}' must be a string`);
    }
    const s = String(value).trim();
    if (required && s === '') throw new ConfigError(`${where(item)}: '${key}' must not be empty`);
    return s;
  };

  const strList = (item: Node, key: string, required: boolean): string[] => {
    if (!isMap(item)) return [];
    const node = item.get(key, true) as Node | undefined;
    if (node === undefined || node === null) {
      if (required) throw new ConfigError(`${where(item)}: missing '${key}' list`);
      return [];
    }
    if (!isSeq(node)) throw new ConfigError(`${where(node)}: '${key}' must be a list of strings`);
    return (node.toJSON() as unknown[]).map((v, i) => {
      if (typeof v !== 'string' && typeof v !== 'number') {
        throw new ConfigError(`${where(node.items[i] as Node)}: '${key}' must hold only strings`);
      }
      return String(v).trim();
    }).filter((s) => s !== '');
  };

  const actors: Actor[] = [];
  const actorIds = new Set<string>();
  for (const item of seqOf('actors', true)) {
    const id = str(item, 'id', 'actors')!;
    if (actorIds.has(id)) throw new ConfigError(`${where(item)}: duplicate actor id '${id}'`);
    actorIds.add(id);
    const name = str(item, 'name', 'actors', false) ?? id;
    const aliases = strList(item, 'aliases', false);
    actors.push({ ...(item.toJSON() as object), id, name, aliases });
  }

  const issues: Issue[] = [];
  const issueIds = new Set<string>();
  for (const item of seqOf('issues', true)) {
    const id = str(item, 'id', 'issues')!;
    if (issueIds.has(id)) throw new ConfigError(`${where(item)}: duplicate issue id '${id}'`);
    issueIds.add(id);
    const name = str(item, 'name', 'issues')!;
    const terms = strList(item, 'terms', false);
    const description = str(item, 'description', 'issues', false);
    issues.push({ ...(item.toJSON() as object), id, name, terms, ...(description ? { description } : {}) });
  }
  if (actors.length === 0) throw new ConfigError(`${fileName}: 'actors' must list at least one actor`);
  if (issues.length === 0) throw new ConfigError(`${fileName}: 'issues' must list at least one issue`);

  const baseline: BaselinePosition[] = [];
  const seen = new Set<string>();
  for (const item of seqOf('baseline', false)) {
    const actor = str(item, 'actor', 'baseline')!;
    const issue = str(item, 'issue', 'baseline')!;
    const stance = str(item, 'stance', 'baseline')!;
    if (!actorIds.has(actor)) throw new ConfigError(`${where(item)}: baseline names unknown actor '${actor}'`);
    if (!issueIds.has(issue)) throw new ConfigError(`${where(item)}: baseline names unknown issue '${issue}'`);
    if (!isStance(stance)) {
      throw new ConfigError(`${where(item)}: baseline stance '${stance}' must be support, oppose or conditional`);
    }
    const key = `${actor}|${issue}`;
    if (seen.has(key)) throw new ConfigError(`${where(item)}: duplicate baseline for ${actor} on ${issue}`);
    seen.add(key);
    baseline.push({ actor, issue, stance });
  }
  return { actors, issues, baseline };
}
