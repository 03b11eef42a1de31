import { UsageError } from './errors';
import { ExitCode } from './exit-code';

/**
 * How a command ended. Commands (CLI) and adapters (Action) return one; a single function turns
 * it into an exit code (`exitCodeOf`) and a single one into a failed step (`settleAction` in
 * src/action/run-action.ts). Thrown errors are classified the same way: a UsageError (a flag or
 * input at fault) is 2, anything else 1.
 */
export type Outcome =
  | { status: 'done' }
  /** The command did its work and the answer is no (a compatibility gate, a refused token). */
  | { status: 'failed'; reason: string }
  /** Some topics failed (named in the report); the others were done. */
  | { status: 'partial'; reason: string };

export const DONE: Outcome = { status: 'done' };

export function exitCodeOf(outcome: Outcome): number {
  if (outcome.status === 'done') return ExitCode.ok;
  return outcome.status === 'partial' ? ExitCode.partial : ExitCode.failed;
}

export function exitCodeOfError(error: unknown): number {
  return error instanceof UsageError ? ExitCode.usage : ExitCode.failed;
}
