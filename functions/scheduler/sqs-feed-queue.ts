import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { formatFeedMessage, type FeedMessage } from '../feed-message.js';

/** SQS takes at most 10 messages per SendMessageBatch. */
const SQS_BATCH = 10;
/** Batches in flight at once: 10,000 feeds are 1,000 batches, sent in a few seconds. */
const PARALLEL_BATCHES = 16;

/**
 * Sends feed messages to the fetch queue in batches of ten. Entries SQS rejects are retried
 * once; what still fails is counted and returned, so the caller can log and the next
 * scheduled run picks those feeds up again.
 *
 * @example await new SqsFeedQueue(sqs, url).enqueue([{ feed: { url: 'https://example.org/rss' } }])
 */
export class SqsFeedQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(messages: readonly FeedMessage[]): Promise<{ sent: number; failed: number }> {
    const batches: FeedMessage[][] = [];
    for (let i = 0; i < messages.length; i += SQS_BATCH) batches.push(messages.slice(i, i + SQS_BATCH));
    let sent = 0;
    let failed = 0;
    for (let i = 0; i < batches.length; i += PARALLEL_BATCHES) {
      const results = await Promise.all(batches.slice(i, i + PARALLEL_BATCHES).map((b) => this.sendBatch(b)));
      for (const r of results) {
        sent += r.sent;
        failed += r.failed;
      }
    }
    return { sent, failed };
  }

  private async sendBatch(batch: FeedMessage[], retry = true): Promise<{ sent: number; failed: number }> {
    const out = await this.client.send(
      new SendMessageBatchCommand({
        QueueUrl: this.queueUrl,
        Entries: batch.map((m, i) => ({ Id: String(i), MessageBody: formatFeedMessage(m) })),
      }),
    );
    const failedIds = new Set((out.Failed ?? []).map((f) => f.Id));
    const sent = batch.length - failedIds.size;
    if (failedIds.size === 0 || !retry) return { sent, failed: failedIds.size };
    const again = await this.sendBatch(batch.filter((_, i) => failedIds.has(String(i))), false);
    return { sent: sent + again.sent, failed: again.failed };
  }
}
