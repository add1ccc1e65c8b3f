/**
 * The digest subscribers as the stack hands them to the digest function (an environment
 * variable set at synth): ids and filters only, since SNS, not the function, knows addresses.
 */
import { subscriberId } from '../../shared/domain/alerts/digest.js';
import { DIRECTIONS, SEVERITIES, type SubscriberFilter } from '../../shared/domain/alerts/subscriber-filter.js';
import { ConfigError } from '../../shared/domain/errors.js';
import type { DigestSubscriber } from '../../shared/use-cases/send-digests.js';

/**
 * The environment value for the digest function.
 *
 * @example encodeDigestSubscribers([{ protocol: 'email', endpoint: 'a@x.org', filter: { actors: ['russia'] } }]) // '[{"id":"sub-...","filter":{"actors":["russia"]}}]'
 */
export function encodeDigestSubscribers(subscribers: readonly { protocol: string; endpoint: string; filter?: SubscriberFilter }[]): string {
  return JSON.stringify(
    subscribers.map((s): DigestSubscriber => ({ id: subscriberId(s.protocol, s.endpoint), ...(s.filter ? { filter: s.filter } : {}) })),
  );
}

/**
 * Reads the environment value back; a malformed one is a ConfigError (the cold start fails).
 *
 * @example decodeDigestSubscribers('[{"id":"sub-1f0c9e2a4b7d"}]') // [{ id: 'sub-1f0c9e2a4b7d' }]
 */
export function decodeDigestSubscribers(json: string, variable = 'DIGEST_SUBSCRIBERS'): DigestSubscriber[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(`${variable} is not valid JSON (${(error as Error).message}).`);
  }
  if (!Array.isArray(parsed)) throw new ConfigError(`${variable} must be a JSON list of {"id", "filter"} objects.`);
  const lists: Record<keyof SubscriberFilter, readonly string[] | undefined> = {
    actors: undefined,
    issues: undefined,
    directions: DIRECTIONS,
    severities: SEVERITIES,
  };
  return parsed.map((entry, i) => {
    const where = `${variable}[${i}]`;
    const obj = entry as { id?: unknown; filter?: Record<string, unknown> } | null;
    if (typeof obj !== 'object' || obj === null || typeof obj.id !== 'string' || obj.id === '') {
      throw new ConfigError(`${where} must be an object with a string "id".`);
    }
    if (obj.filter === undefined) return { id: obj.id };
    if (typeof obj.filter !== 'object' || obj.filter === null) throw new ConfigError(`${where}.filter must be an object.`);
    for (const [key, values] of Object.entries(obj.filter)) {
      if (!(key in lists)) throw new ConfigError(`${where}.filter has an unknown key '${key}'.`);
      const known = lists[key as keyof SubscriberFilter];
      if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || (known && !known.includes(v)))) {
        throw new ConfigError(`${where}.filter.${key} must be a list of ${known ? known.join('/') : 'ids'}.`);
      }
    }
    return { id: obj.id, filter: obj.filter as SubscriberFilter };
  });
}
