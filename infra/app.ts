/**
 * The CDK app entry point (`cdk.json`: `npx tsx infra/app.ts`). A context or config mistake
 * prints one sentence and exits 1, without a stack trace.
 */
import { ShiftwatchError } from '../shared/domain/errors.js';
import { buildApp } from './shiftwatch-app.js';

try {
  buildApp().app.synth();
} catch (error) {
  if (!(error instanceof ShiftwatchError)) throw error;
  process.stderr.write(`shiftwatch: ${error.message}\n`);
  process.exit(1);
}
