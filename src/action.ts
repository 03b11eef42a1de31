import * as core from '@actions/core';
import { runAction } from './action/run-action';

runAction().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error));
});
