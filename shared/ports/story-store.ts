import type { Story } from '../domain/types.js';

/**
 * Where stories live. Ids are deterministic, so saving the same story twice is a no-op.
 *
 * @example if (await stories.saveIfNew(story)) { ...analyse it... }
 */
export interface StoryStore {
  /** Saves the story unless one with the same id exists; true when it was new. */
  saveIfNew(story: Story): Promise<boolean>;
  get(id: string): Promise<Story | undefined>;
  /**
   * Marks a story fully processed (claims applied, alerts recorded). A story saved but
   * never marked (the process died in between) is processed again on the next sighting.
   */
  markProcessed(id: string, at: string): Promise<void>;
  /** Whether `markProcessed` was called for this story. */
  isProcessed(id: string): Promise<boolean>;
  /**
   * Which of these ids are already fully processed, in one batch read. A feed lists mostly
   * stories seen before; reading first is far cheaper than a conditional write that fails.
   */
  processedIds(ids: readonly string[]): Promise<Set<string>>;
  count(): Promise<number>;
}
