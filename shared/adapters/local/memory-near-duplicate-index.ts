import { findNearDuplicate } from '../../domain/feed/near-duplicate.js';
import type { Story } from '../../domain/types.js';
import type { NearDuplicateIndex } from '../../use-cases/process-story.js';

/**
 * Near-duplicate index held in memory, for one local run or replay: copies that arrive in
 * the same pass (syndicated wire copy in several feeds) collapse onto the first one seen.
 */
export class MemoryNearDuplicateIndex implements NearDuplicateIndex {
  private readonly seen: { id: string; fingerprint: string; published: string }[] = [];

  constructor(private readonly windowHours = 72) {}

  async originalOf(story: Story): Promise<string | undefined> {
    if (!story.fingerprint) return undefined;
    const since = Date.parse(story.published) - this.windowHours * 3_600_000;
    const candidates = this.seen.filter((s) => Date.parse(s.published) >= since && s.id !== story.id);
    const original = findNearDuplicate(story.fingerprint, candidates);
    if (!original) this.seen.push({ id: story.id, fingerprint: story.fingerprint, published: story.published });
    return original;
  }
}
