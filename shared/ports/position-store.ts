import type { Position } from '../domain/types.js';

/**
 * The prevailing stance per (actor, issue), with its evidence.
 * Writes are optimistic: `save` fails with ConcurrentUpdateError when the stored
 * version is not `position.version - 1` (or the record exists when version is 1).
 */
export interface PositionStore {
  get(actor: string, issue: string): Promise<Position | undefined>;
  /** Saves `position`, whose version must be one more than the stored one. */
  save(position: Position): Promise<void>;
  list(): Promise<Position[]>;
}
