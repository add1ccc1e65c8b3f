/** A Lambda handler as the bundles export it. */
export type Handler = (event: unknown, context: unknown) => Promise<any>;

/**
 * Calls a handler with stdout captured, and sums the CloudWatch EMF metrics (Powertools prints
 * them as JSON lines with an `_aws` key) it printed. A thrown error is returned, not rethrown.
 */
export async function invokeCapturingMetrics(handler: Handler, event: unknown, context: unknown): Promise<{ result?: any; error?: Error; metrics: Record<string, number> }> {
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  const metrics: Record<string, number> = {};
  try {
    return { result: await handler(event, context), metrics };
  } catch (error) {
    return { error: error as Error, metrics };
  } finally {
    process.stdout.write = write;
    for (const line of lines.join('').split('\n')) {
      if (!line.includes('"_aws"')) continue;
      const emf = JSON.parse(line);
      for (const def of emf._aws.CloudWatchMetrics[0].Metrics) {
        metrics[def.Name] = (metrics[def.Name] ?? 0) + [emf[def.Name]].flat().reduce((a: number, b: number) => a + Number(b), 0);
      }
    }
  }
}
