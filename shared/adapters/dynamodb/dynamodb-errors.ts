import type { DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';

/** True when a DynamoDB call failed only because its condition expression did not hold. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

/**
 * Sends a conditional write; true when it was applied, false when its condition did not hold
 * (the domain's "already there" / "someone else got there first"). Other errors are thrown.
 */
export async function writeIf(client: DynamoDBClient, command: PutItemCommand | UpdateItemCommand): Promise<boolean> {
  try {
    await client.send(command as PutItemCommand);
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}
