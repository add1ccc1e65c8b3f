import { ConcurrentUpdateError } from '../domain/errors.js';
import { applyEvidence, buildAlert, type ShiftSettings } from '../domain/positions/shift-rules.js';
import type { StanceReader } from '../domain/reading/stance-reader.js';
import type { Alert, Claim, Evidence, Story } from '../domain/types.js';
import type { Watchlist } from '../domain/watchlist.js';
import type { AlertOutbox } from '../ports/alert-outbox.js';
import type { AlertPublisher } from '../ports/alert-publisher.js';
import type { PositionStore } from '../ports/position-store.js';
import type { StoryStore } from '../ports/story-store.js';
import { deliverAlert } from './deliver-alerts.js';

/** Everything the pipeline needs after a story has been fetched and parsed. */
export interface PipelineDeps {
  stories: StoryStore;
  positions: PositionStore;
  outbox: AlertOutbox;
  reader: StanceReader;
  watchlist: Watchlist;
  shiftSettings: ShiftSettings;
  /** When set, alerts are published right after they are recorded (local runs); else a dispatcher does it. */
  publisher?: AlertPublisher;
  /** Finds the original of a near-duplicate copy, and remembers this story for later copies. */
  nearDuplicates?: NearDuplicateIndex;
}

/** Remembers story fingerprints so a lightly edited copy from another feed counts as the same story. */
export interface NearDuplicateIndex {
  /** Returns the id of an earlier story this one copies, else records it and returns undefined. */
  originalOf(story: Story): Promise<string | undefined>;
}

export interface StoryClock {
  /** Processing time: wall clock in `run`, the story's publication time in `replay`. */
  now: Date;
  /** Stories published before this build positions but raise no alert (old news). */
  alertHorizon?: Date;
}

export interface StoryOutcome {
  storyId: string;
  /** False when the story had been processed before (a second run adds nothing). */
  isNew: boolean;
  duplicateOf?: string;
  claims: Claim[];
  /** Alerts raised (recorded in the outbox, and published when a publisher is set). */
  alerts: Alert[];
  /** Shifts older than the horizon: they moved positions but raised no alert. */
  suppressedShifts: number;
  /** Alerts recorded but not yet published because publishing failed (the outbox retries). */
  publishFailures: number;
}

const MAX_CONFLICT_RETRIES = 5;

/**
 * Runs one story through the pipeline: store it (once), read its claims, fold each claim
 * into the (actor, issue) position, and record an alert in the outbox for every shift
 * before the position is saved, so no crash can lose a shift or send it twice.
 *
 * @example const outcome = await processStory(story, deps, { now: new Date(), alertHorizon });
 */
export async function processStory(story: Story, deps: PipelineDeps, clock: StoryClock): Promise<StoryOutcome> {
  const outcome: StoryOutcome = { storyId: story.id, isNew: true, claims: [], alerts: [], suppressedShifts: 0, publishFailures: 0 };
  const saved = await deps.stories.saveIfNew(story);
  if (!saved && (await deps.stories.isProcessed(story.id))) return { ...outcome, isNew: false };

  const duplicateOf = await deps.nearDuplicates?.originalOf(story);
  if (duplicateOf && duplicateOf !== story.id) outcome.duplicateOf = duplicateOf;

  outcome.claims = deps.reader.analyze({ title: story.title, text: story.text, published: story.published });
  const alertsAllowed = !clock.alertHorizon || Date.parse(story.published) >= clock.alertHorizon.getTime();

  for (const claim of outcome.claims) {
    const evidence = toEvidence(story, claim, outcome.duplicateOf);
    const result = await foldClaim(claim, evidence, deps, clock.now, alertsAllowed);
    if (result.alert) outcome.alerts.push(result.alert);
    if (result.suppressed) outcome.suppressedShifts++;
  }

  await deps.stories.markProcessed(story.id, clock.now.toISOString());

  if (deps.publisher) {
    for (const alert of outcome.alerts) {
      const delivered = await deliverAlert(alert.id, { outbox: deps.outbox, publisher: deps.publisher });
      if (delivered === 'failed') outcome.publishFailures++;
    }
  }
  return outcome;
}

/** Applies one claim to its position, retrying when another worker updated it first. */
async function foldClaim(
  claim: Claim,
  evidence: Evidence,
  deps: PipelineDeps,
  now: Date,
  alertsAllowed: boolean,
): Promise<{ alert?: Alert; suppressed?: boolean }> {
  const baseline = deps.watchlist.baseline.find((b) => b.actor === claim.actor && b.issue === claim.issue)?.stance;
  for (let attempt = 0; ; attempt++) {
    const stored = await deps.positions.get(claim.actor, claim.issue);
    const { position, shift } = applyEvidence(stored, evidence, {
      actor: claim.actor,
      issue: claim.issue,
      baseline,
      now,
      settings: deps.shiftSettings,
    });
    let alert: Alert | undefined;
    if (shift) {
      alert = buildAlert(shift, {
        actor: claim.actor,
        issue: claim.issue,
        actorName: deps.watchlist.actors.find((a) => a.id === claim.actor)?.name,
        issueName: deps.watchlist.issues.find((i) => i.id === claim.issue)?.name,
      });
      position.lastShift = { from: shift.from, to: shift.to, at: alert.at, alertId: alertsAllowed ? alert.id : '' };
      // Outbox first: if we die before the position is saved, the retry derives the same
      // alert id and the record is a no-op; the reverse order could lose the alert.
      if (alertsAllowed) await deps.outbox.record(alert);
    }
    try {
      await deps.positions.save({ ...position, version: (stored?.version ?? 0) + 1 });
    } catch (error) {
      if (error instanceof ConcurrentUpdateError && attempt < MAX_CONFLICT_RETRIES) continue;
      throw error;
    }
    if (!shift) return {};
    return alertsAllowed ? { alert } : { suppressed: true };
  }
}

function toEvidence(story: Story, claim: Claim, duplicateOf: string | undefined): Evidence {
  return {
    storyId: story.id,
    url: story.url,
    title: story.title,
    source: story.source,
    published: story.published,
    quote: claim.quote,
    stance: claim.stance,
    confidence: claim.confidence,
    attributed: claim.attributed,
    ...(claim.sentence !== undefined ? { sentence: claim.sentence } : {}),
    ...(duplicateOf ? { duplicateOf } : {}),
  };
}
