import type { Alert, Claim } from '../shared/domain/types.js';

/** Where the CLI writes: stdout carries results (JSON Lines with --json), stderr carries logs. */
export interface Output {
  json: boolean;
  /** A result line (human text, or one JSON object with --json). */
  result(line: string | object): void;
  /** Progress and logs: stderr with --json, stdout otherwise. */
  info(line: string): void;
  /** Problems: always stderr. */
  warn(line: string): void;
}

export function createOutput(json: boolean): Output {
  return {
    json,
    result: (line) => process.stdout.write(`${typeof line === 'string' ? line : JSON.stringify(line)}\n`),
    info: (line) => (json ? process.stderr : process.stdout).write(`${line}\n`),
    warn: (line) => process.stderr.write(`${line}\n`),
  };
}

/** An alert as the console shows it: who moved, from what to what, the quote and the link. */
export function describeAlert(alert: Alert): string {
  const who = alert.actorName ?? alert.actor;
  const lines = [`ALERT ${who} on ${alert.issue}: ${alert.from} -> ${alert.to} (confidence ${alert.confidence.toFixed(2)}, ${alert.direction ?? ''}${alert.severity ? `, ${alert.severity}` : ''})`];
  const decider = alert.evidence[0];
  if (decider) {
    lines.push(`  "${decider.quote}"`);
    lines.push(`  ${decider.source}, ${decider.published}: ${decider.title}`);
    lines.push(`  ${decider.url}`);
  }
  if (alert.evidence.length > 1) lines.push(`  (+${alert.evidence.length - 1} more source${alert.evidence.length > 2 ? 's' : ''})`);
  return lines.join('\n');
}

export function claimJson(claim: Claim, explain: boolean): object {
  const { explain: explanation, ...rest } = claim;
  return explain && explanation ? { ...rest, confidence: round(rest.confidence), explain: explanation } : { ...rest, confidence: round(rest.confidence) };
}

export function round(n: number): number {
  return Number(n.toFixed(3));
}
