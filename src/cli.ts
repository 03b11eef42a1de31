#!/usr/bin/env node
import { main } from './program';
import { runScanUnderHeapCeiling } from './util/heap-ceiling';
import { dropKafkajsTimeoutWarnings } from './util/quiet-warnings';

const args = process.argv.slice(2);
const runHere = () => {
  dropKafkajsTimeoutWarnings();
  void main(args).then((code) => {
    process.exitCode = code;
  });
};
// A scan runs in a child process with a bounded heap (src/util/heap-ceiling.ts); the other commands here.
runScanUnderHeapCeiling(args[0] === 'scan', args, runHere);
