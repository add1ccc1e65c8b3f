import { checkWatchlist } from '../../shared/domain/reading/watchlist-check.js';
import type { Watchlist } from '../../shared/domain/watchlist.js';
import type { Output } from '../output.js';

export interface WatchlistOptions {
  watchlist: Watchlist;
  /** The file it came from, for the heading. */
  path: string;
  out: Output;
}

/**
 * `shiftwatch watchlist`: how the reader understands each issue and how a plain demand for each seed term reads, then
 * the warnings. Exits 0 when there is nothing to warn about, 1 otherwise (so a script can gate on it).
 */
export async function watchlistCommand(options: WatchlistOptions): Promise<number> {
  const { out } = options;
  const check = checkWatchlist(options.watchlist);
  if (out.json) {
    out.result(check);
    return check.warnings.length === 0 ? 0 : 1;
  }
  const { actors, issues, baseline } = options.watchlist;
  out.result(`${options.path}: ${actors.length} actors, ${issues.length} issues, ${baseline.length} baseline positions`);
  for (const issue of check.issues) {
    out.result('');
    out.result(`issue ${issue.id}: "${issue.name}"`);
    out.result(`  proposition: ${issue.proposition === 'give-up' ? 'gives something up' : 'as named'}, because ${issue.because}` +
      (issue.recipient ? `; the side receiving it: ${issue.recipient}` : ''));
    if (issue.acts.length > 0) out.result(`  acts: ${issue.acts.join(', ')} (an actor doing one supports the proposition)`);
    for (const t of issue.terms) {
      const reading = t.stance === undefined
        ? t.otherIssues.length > 0 ? `read as ${t.otherIssues.join(', ')} instead` : 'no claim on this issue'
        : `${t.stance}${t.stance === 'oppose' ? ' (wanting the thing given up opposes the proposition)'
          : t.outcome === true ? ' (the term names the giving-up itself or what it lets happen, not the thing given up)' : ''}`;
      out.result(`  term "${t.term}": "${t.probe}" -> ${reading}`);
    }
    if (issue.baseline.length > 0) out.result(`  baseline: ${issue.baseline.map((b) => `${b.actor} ${b.stance}`).join(', ')}`);
  }
  out.result('');
  out.result(check.warnings.length === 0 ? 'no warnings' : `warnings (${check.warnings.length}):`);
  for (const w of check.warnings) out.result(`  ${w}`);
  return check.warnings.length === 0 ? 0 : 1;
}
