import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { runAction } from './action/run-action';
import { setSchemaWorkerScript } from './scan/schema-builder';
import { serveSchemaJobsIfWorker } from './scan/schema-worker';
import { dropKafkajsTimeoutWarnings } from './util/quiet-warnings';

if (!serveSchemaJobsIfWorker()) {
  dropKafkajsTimeoutWarnings();
  setSchemaWorkerScript(fileURLToPath(import.meta.url));
  runAction().catch((error: unknown) => {
    core.setFailed(error instanceof Error ? error.message : String(error));
  });
}
