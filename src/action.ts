import * as core from '@actions/core';
import { runAction } from './action/run-action';
import { escapeMarkdown } from './github/markdown';
import { runScanUnderHeapCeiling } from './util/heap-ceiling';
import { dropKafkajsTimeoutWarnings } from './util/quiet-warnings';

function runHere(): void {
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
}

// A scan runs in a child process with a bounded heap (src/util/heap-ceiling.ts); the other commands here.
runScanUnderHeapCeiling((core.getInput('command') || 'scan') === 'scan', [], runHere);
