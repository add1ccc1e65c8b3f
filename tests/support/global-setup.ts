import type { TestProject } from 'vitest/node';
import { startFauxqs } from 'fauxqs';
import { startDynamoDbLocal } from './local-services.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DynamoDB Local (Java) endpoint, shared by every test file; each test uses its own table prefix. */
    dynamoDbLocalEndpoint: string;
    /** fauxqs SNS/SQS emulator endpoint. */
    fauxqsEndpoint: string;
  }
}

/**
 * Starts the real local stand-ins once for the whole test run: DynamoDB Local and the fauxqs
 * SNS/SQS emulator. (dynalite, the embedded store, starts inside the tests that use it.)
 */
export default async function setup(project: TestProject) {
  const [dynamo, fauxqs] = await Promise.all([startDynamoDbLocal(), startFauxqs({ port: 0, logger: false })]);
  project.provide('dynamoDbLocalEndpoint', dynamo.endpoint);
  project.provide('fauxqsEndpoint', fauxqs.address);
  return async () => {
    await Promise.all([dynamo.stop(), fauxqs.stop()]);
  };
}
