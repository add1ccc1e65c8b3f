import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPositionsHtml } from '../../shared/domain/positions/positions-page.js';
import type { Alert, Position } from '../../shared/domain/types.js';
import type { Watchlist } from '../../shared/domain/watchlist.js';
import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { DynamoDbPositionStore } from '../../shared/adapters/dynamodb/dynamodb-position-store.js';
import { startEmbeddedDynamoDb } from '../../shared/adapters/local/embedded-dynamodb.js';
import { UsageError } from '../cli-errors.js';
import type { Output } from '../output.js';

export interface PositionsOptions {
  storeDir: string;
  watchlist?: Watchlist;
  html?: string;
  out: Output;
  now?: Date;
}

/** `shiftwatch positions`: the current stance of every actor on every issue in the store. */
export async function positionsCommand(options: PositionsOptions): Promise<number> {
  if (!existsSync(join(options.storeDir, 'db'))) {
    throw new UsageError(`positions: no store at ${options.storeDir} (run 'shiftwatch run' first, or pass --store DIR)`);
  }
  const db = await startEmbeddedDynamoDb({ path: join(options.storeDir, 'db') });
  let positions: Position[];
  let alerts: Alert[];
  try {
    positions = (await new DynamoDbPositionStore(db.client, db.tableNames.positions).list()).filter((p) => p.stance);
    alerts = (await new DynamoDbAlertOutbox(db.client, db.tableNames.alerts).list()).map((entry) => entry.alert);
  } finally {
    await db.stop();
  }
  const { out } = options;
  const now = options.now ?? new Date();
  if (options.html) {
    writeFileSync(options.html, renderPositionsHtml(positions, options.watchlist, now, { alerts }));
    out.info(`positions: wrote ${options.html}`);
  }
  if (out.json) {
    for (const p of positions) {
      out.result({
        actor: p.actor,
        issue: p.issue,
        stance: p.stance,
        since: p.since ?? null,
        fromBaseline: Boolean(p.fromBaseline),
        evidence: p.evidence,
        ...(p.lastShift ? { lastShift: p.lastShift } : {}),
      });
    }
    return 0;
  }
  if (positions.length === 0) {
    out.result('no positions yet');
    return 0;
  }
  const rows = positions.map((p) => [
    p.actor,
    p.issue,
    p.stance!,
    p.since ? `${p.since.slice(0, 16)} (${held(p.since, now)})` : 'baseline',
    p.lastShift ? `${p.lastShift.from} -> ${p.lastShift.to} at ${p.lastShift.at.slice(0, 16)}` : '',
    String(p.evidence.length),
  ]);
  table(out, ['actor', 'issue', 'stance', 'since', 'last shift', 'evidence'], rows);
  return 0;
}

function held(since: string, now: Date): string {
  const hours = Math.max(0, (now.getTime() - Date.parse(since)) / 3_600_000);
  return hours < 48 ? `${Math.round(hours)}h` : `${Math.round(hours / 24)}d`;
}

function table(out: Output, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  out.result(line(header));
  for (const row of rows) out.result(line(row));
}
