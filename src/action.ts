import * as core from '@actions/core';
import { runAction } from './action/run-action';
import { escapeMarkdown } from './github/markdown';
import { dropKafkajsTimeoutWarnings } from './util/quiet-warnings';

dropKafkajsTimeoutWarnings();
runAction().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(message);
  // The run page shows the summary first: a failed run says why there too.
  await core.summary
    .addHeading('kafka-schema-scout failed', 3)
    .addRaw(`<pre>${escapeMarkdown(message)}</pre>\n`)
    .write()
    .catch(() => undefined);
});
