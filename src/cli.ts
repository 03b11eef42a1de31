#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { main } from './program';
import { setSchemaWorkerScript } from './scan/schema-builder';
import { serveSchemaJobsIfWorker } from './scan/schema-worker';
import { dropKafkajsTimeoutWarnings } from './util/quiet-warnings';

if (!serveSchemaJobsIfWorker()) {
  dropKafkajsTimeoutWarnings();
  setSchemaWorkerScript(fileURLToPath(import.meta.url));
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
