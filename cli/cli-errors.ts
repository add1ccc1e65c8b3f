import { ShiftwatchError } from '../shared/domain/errors.js';

/** Bad command-line arguments: exit 2 with a one-line message. */
export class UsageError extends ShiftwatchError {}
