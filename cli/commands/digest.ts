import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDbAlertOutbox } from '../../shared/adapters/dynamodb/dynamodb-alert-outbox.js';
import { startEmbeddedDynamoDb } from '../../shared/adapters/local/embedded-dynamodb.js';
import { buildDigest } from '../../shared/domain/alerts/digest.js';
import type { Alert } from '../../shared/domain/types.js';
import { UsageError } from '../cli-errors.js';
import type { Output } from '../output.js';

export interface DigestOptions {
  storeDir: string;
  /** Window length in hours, ending now. */
  sinceHours: number;
  out: Output;
  now?: Date;
}

/** Widest window `--since` accepts (two years): one store query per day. */
export const MAX_SINCE_HOURS = 24 * 731;

/**
 * Reads `--since HOURS`: a positive number of hours, at most two years.
 *
 * @example parseSinceHours('48') // 48
 */
export function parseSinceHours(value: string | undefined): number {
  if (value === undefined) return 24;
  const hours = /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!(hours > 0) || hours > MAX_SINCE_HOURS) {
    throw new UsageError(`digest: --since must be a number of hours from 1 to ${MAX_SINCE_HOURS}, not '${value}'`);
  }
  return hours;
}

/**
 * `shiftwatch digest`: the digest of the alerts in the local store decided in the last
 * `--since` hours (every alert, no filter), as a digest subscriber would receive it.
 */
export async function digestCommand(options: DigestOptions): Promise<number> {
  if (!existsSync(join(options.storeDir, 'db'))) {
    throw new UsageError(`digest: no store at ${options.storeDir} (run 'shiftwatch run' first, or pass --store DIR)`);
  }
  const until = options.now ?? new Date();
  const since = new Date(until.getTime() - options.sinceHours * 3_600_000);
  const db = await startEmbeddedDynamoDb({ path: join(options.storeDir, 'db') });
  let alerts: Alert[];
  try {
    alerts = await new DynamoDbAlertOutbox(db.client, db.tableNames.alerts).listSince(since, until);
  } finally {
    await db.stop();
  }
  const digest = buildDigest(alerts, { since, until });
  const { out } = options;
  if (out.json) {
    out.result({
      since: since.toISOString(),
      until: until.toISOString(),
      count: digest?.count ?? 0,
      ...(digest ? { subject: digest.subject, sms: digest.sms, email: digest.email, alertIds: digest.alertIds } : {}),
    });
    return 0;
  }
  if (!digest) {
    out.result(`no alerts in the last ${options.sinceHours} hours (since ${since.toISOString().slice(0, 16).replace('T', ' ')} UTC)`);
    return 0;
  }
  out.result(`Subject: ${digest.subject}`);
  out.result(`SMS: ${digest.sms}`);
  out.result('');
  out.result(digest.email.trimEnd());
  return 0;
}
