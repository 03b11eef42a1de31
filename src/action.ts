import * as core from '@actions/core';
import { runAction } from './action/run-action';
import { dropKafkajsTimeoutWarnings } from './util/quiet-warnings';

dropKafkajsTimeoutWarnings();
runAction().catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error));
});
