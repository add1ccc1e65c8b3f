import { BatchGetItemCommand, DynamoDBClient, UpdateItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { findNearDuplicate, nearDuplicateKeys } from '../../domain/feed/near-duplicate.js';
import type { Story } from '../../domain/types.js';
import type { NearDuplicateIndex } from '../../use-cases/process-story.js';

/**
 * Near-duplicate detection shared by every fetch worker, in the stories table: locality-
 * sensitive hashing over the MinHash fingerprint. Each band key of the fingerprint
 * (`nearDuplicateKeys`) is an index item (`id = lsh#<key>`) holding the stories that share it;
 * a new story reads its band items in one batch, compares the candidates in full, and joins the bands when it
 * is an original. Index items expire with the stories (TTL).
 */
export class DynamoDbNearDuplicateIndex implements NearDuplicateIndex {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    /** Copies are looked for among stories published this many hours around this one. */
    private readonly windowHours = 72,
    private readonly retentionDays = 7,
  ) {}

  async originalOf(story: Story): Promise<string | undefined> {
    const keys = bandKeys(story.fingerprint);
    if (keys.length === 0) return undefined;
    const candidates = await this.candidates(keys);
    const published = Date.parse(story.published);
    const near = candidates.filter(
      (c) => c.id !== story.id && Math.abs(Date.parse(c.published) - published) <= this.windowHours * 3_600_000,
    );
    const original = findNearDuplicate(story.fingerprint!, near);
    if (original) return original;
    await this.join(keys, story);
    return undefined;
  }

  private async candidates(keys: string[]): Promise<{ id: string; published: string; fingerprint: string }[]> {
    const out = await this.client.send(
      new BatchGetItemCommand({
        RequestItems: { [this.tableName]: { Keys: keys.map((id) => ({ id: { S: id } })), ConsistentRead: true } },
      }),
    );
    const seen = new Map<string, { id: string; published: string; fingerprint: string }>();
    for (const item of out.Responses?.[this.tableName] ?? []) {
      for (const member of item.members?.SS ?? []) {
        const [published, id, fingerprint] = member.split('|');
        if (id && published && fingerprint) seen.set(id, { id, published, fingerprint });
      }
    }
    return [...seen.values()];
  }

  private async join(keys: string[], story: Story): Promise<void> {
    const expiresAt = Math.floor(Date.now() / 1000) + this.retentionDays * 86_400;
    const member: AttributeValue = { SS: [`${story.published}|${story.id}|${story.fingerprint}`] };
    // ADD to a string set is idempotent: a retried story joins each band once.
    await Promise.all(
      keys.map((id) =>
        this.client.send(
          new UpdateItemCommand({
            TableName: this.tableName,
            Key: { id: { S: id } },
            UpdateExpression: 'ADD members :member SET expiresAt = :expiresAt',
            ExpressionAttributeValues: { ':member': member, ':expiresAt': { N: String(expiresAt) } },
          }),
        ),
      ),
    );
  }
}

/** The index item ids for a fingerprint's band keys; none for a missing or too-short fingerprint. */
export function bandKeys(fingerprint: string | undefined): string[] {
  return fingerprint ? nearDuplicateKeys(fingerprint).map((key) => `lsh#${key}`) : [];
}
