import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Alert } from '../../domain/types.js';
import type { AlertPublisher } from '../../ports/alert-publisher.js';

/** The alert as one JSON object: the CLI's `--json` contract and the alerts file's line format. */
export function alertJson(alert: Alert): Record<string, unknown> {
  return {
    id: alert.id,
    actor: alert.actor,
    issue: alert.issue,
    from: alert.from,
    to: alert.to,
    confidence: Number(alert.confidence.toFixed(3)),
    at: alert.at,
    direction: alert.direction,
    severity: alert.severity,
    evidence: alert.evidence,
    ...(alert.previous?.length ? { previous: alert.previous } : {}),
  };
}

/**
 * Local delivery: appends each alert to a JSON Lines file (and hands it to `print`, which
 * the CLI points at the console). The message id is the alert id: locally, delivery is a file write.
 */
export class JsonlAlertPublisher implements AlertPublisher {
  constructor(
    private readonly file: string | undefined,
    private readonly print: (alert: Alert) => void = () => {},
  ) {
    if (file) mkdirSync(dirname(file), { recursive: true });
  }

  async publish(alert: Alert): Promise<string> {
    if (this.file) appendFileSync(this.file, `${JSON.stringify(alertJson(alert))}\n`);
    this.print(alert);
    return alert.id;
  }
}
