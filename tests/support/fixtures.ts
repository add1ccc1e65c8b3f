import type { Alert, Evidence, Position, Story } from '../../shared/domain/types.js';

/** A story with the fields the stores care about; override what a test needs. */
export function aStory(overrides: Partial<Story> = {}): Story {
  return {
    id: 'story-1',
    url: 'https://example.org/news/1',
    title: 'Kyiv ready to drop NATO bid in exchange for guarantees',
    text: 'Ukraine is ready to drop its bid to join NATO in exchange for binding security guarantees, Zelensky said.',
    published: '2025-11-27T07:30:00.000Z',
    source: 'Kyiv Courier',
    feed: 'https://example.org/rss',
    ...overrides,
  };
}

export function anEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    storyId: 'story-1',
    url: 'https://example.org/news/1',
    title: 'Kyiv ready to drop NATO bid',
    source: 'Kyiv Courier',
    published: '2025-11-27T07:30:00.000Z',
    quote: 'Ukraine is ready to drop its bid to join NATO in exchange for binding security guarantees',
    stance: 'conditional',
    confidence: 0.85,
    attributed: true,
    ...overrides,
  };
}

export function aPosition(overrides: Partial<Position> = {}): Position {
  return { actor: 'ukraine', issue: 'renounce-nato', stance: 'oppose', evidence: [], pending: [], version: 1, ...overrides };
}

export function anAlert(overrides: Partial<Alert> = {}): Alert {
  return {
    id: 'alert-1',
    actor: 'ukraine',
    issue: 'renounce-nato',
    from: 'oppose',
    to: 'conditional',
    confidence: 0.85,
    at: '2025-11-27T07:30:00.000Z',
    actorName: 'Ukraine',
    issueName: 'Ukraine formally abandons its bid to join NATO',
    direction: 'softening',
    severity: 'high',
    evidence: [
      {
        url: 'https://example.org/news/1',
        title: 'Kyiv ready to drop NATO bid',
        source: 'Kyiv Courier',
        published: '2025-11-27T07:30:00.000Z',
        quote: 'Ukraine is ready to drop its bid to join NATO in exchange for binding security guarantees',
      },
    ],
    ...overrides,
  };
}
