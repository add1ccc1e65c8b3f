/**
 * The domain's vocabulary. Pure data: no AWS SDK, no process.env, no I/O.
 */

/** An actor's position on an issue, on a three-point scale. */
export type Stance = 'support' | 'oppose' | 'conditional';

export const STANCES: readonly Stance[] = ['support', 'oppose', 'conditional'];

export function isStance(value: unknown): value is Stance {
  return typeof value === 'string' && (STANCES as readonly string[]).includes(value);
}

/** One news item after fetch, parse and normalisation. */
export interface Story {
  /** Deterministic id: hash of the canonical link, else of the guid, else of title + feed. */
  id: string;
  /** Canonical link (tracking parameters and fragment stripped). */
  url: string;
  title: string;
  /** Plain text body (HTML already converted). */
  text: string;
  /** ISO 8601 publication time. */
  published: string;
  /** True when the item carried no usable date and `published` is the fetch time. */
  publishedGuessed?: boolean;
  /** Human name of the feed or outlet that carried it. */
  source: string;
  /** The feed URL or path it came from. */
  feed: string;
  guid?: string;
  /** Similarity fingerprint for near-duplicate detection (hex), when computed. */
  fingerprint?: string;
}

/** One stance taken by one actor in one story. */
export interface Claim {
  actor: string;
  issue: string;
  stance: Stance;
  /** 0..1 */
  confidence: number;
  /** The sentence (or part of it) that carries the stance. */
  quote: string;
  /** True when the text gives the actor's own position; false when only reported by others. */
  attributed: boolean;
  /**
   * Where in the story the stance was read: the index of its sentence, 0 for the lead (the earliest sentence that
   * reads this stance when several do). Absent for claims made elsewhere than the reader.
   */
  sentence?: number;
  /** Optional reasoning trail for `analyze --explain`. */
  explain?: ClaimExplanation;
}

export interface ClaimExplanation {
  alias?: string;
  issuePhrase?: string;
  cue?: string;
  negation?: string;
  condition?: string;
  sentence: string;
  notes?: string[];
}

/** A claim as evidence for a position, tied to the story that carried it. */
export interface Evidence {
  storyId: string;
  url: string;
  title: string;
  source: string;
  /** ISO 8601 */
  published: string;
  quote: string;
  stance: Stance;
  confidence: number;
  attributed: boolean;
  /** The claim's sentence in its story (0 = the lead); absent in evidence stored before session 22. */
  sentence?: number;
  /** Story id of the original when this story is a near-duplicate copy of another. */
  duplicateOf?: string;
}

/** The prevailing stance of one actor on one issue. */
export interface Position {
  actor: string;
  issue: string;
  /** Undefined until first observed (and no baseline). */
  stance?: Stance;
  /** ISO 8601: when the prevailing stance took hold. */
  since?: string;
  /** True when the stance came from the watchlist baseline and no story has confirmed it yet. */
  fromBaseline?: boolean;
  /** Evidence for the current stance, newest last (capped). */
  evidence: Evidence[];
  /** Evidence for a move that is not yet strong enough to shift (awaiting corroboration). */
  pending: Evidence[];
  /** The last shift, if any. */
  lastShift?: { from: Stance; to: Stance; at: string; alertId: string };
  /** Optimistic-locking version, managed by stores. */
  version: number;
}

/** A decided shift, ready to be delivered. */
export interface Alert {
  /** Deterministic: hash of actor, issue, transition and deciding evidence. */
  id: string;
  actor: string;
  issue: string;
  from: Stance;
  to: Stance;
  confidence: number;
  /** ISO 8601 publication time of the deciding evidence. */
  at: string;
  /** evidence[0] decided the alert. */
  evidence: AlertEvidence[];
  /** Evidence for the old stance, for context in the message. */
  previous?: AlertEvidence[];
  actorName?: string;
  issueName?: string;
  direction?: 'softening' | 'hardening';
  severity?: 'high' | 'medium' | 'low';
  /** Why the evidence sufficed. */
  basis?: ShiftBasis;
}

/** Why the evidence for a shift was strong enough (decided in shift-rules.ts, explained in the alert). */
export type ShiftBasis =
  /** One attributed claim with confidence >= minConfidence. */
  | 'confident'
  /** Weak evidence corroborated by independent sources within the window. */
  | 'corroborated'
  /** A move back inside the flip-back window, backed by `flipBackMinSources` confident attributed sources. */
  | 'flip-back'
  /**
   * A move straight between support and oppose, backed by `reversalMinSources` independent stories,
   * at least one of them the actor's own confident word.
   */
  | 'reversal';

export interface AlertEvidence {
  url: string;
  title: string;
  source: string;
  published: string;
  quote: string;
  /** The claim's confidence and attribution, for the "why we believe it" part of messages. */
  confidence?: number;
  attributed?: boolean;
}
