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
  count(): Promise<number>;
}
