import * as core from '@actions/core';
import { UsageError } from '../util/errors';
import type { Outcome } from '../util/outcome';
import { emitFromInputs } from './emit-action';
import { input } from './inputs';
import { actionLogger } from './logger';
import { runReviewAction } from './review-action';
import { scanFromInputs } from './scan-action';

/** One adapter per command: inputs in, the command's work, outputs and the job summary out. */
const commands: Record<string, () => Promise<Outcome>> = {
  scan: scanFromInputs,
  review: async () => (await runReviewAction()).actionOutcome,
  emit: () => emitFromInputs(actionLogger),
};

/** The one place an outcome fails the step (thrown errors: src/action.ts). */
export function settleAction(outcome: Outcome): void {
  if (outcome.status !== 'done') core.setFailed(outcome.reason);
}

export async function runAction(): Promise<void> {
  const command = input('command') ?? 'scan';
  const run = commands[command];
  if (!run) throw new UsageError(`input 'command' must be one of ${Object.keys(commands).join(', ')}, got ${JSON.stringify(command)}`);
  settleAction(await run());
}
