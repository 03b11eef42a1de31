#!/usr/bin/env node
import { main } from './program';
import { dropKafkajsTimeoutWarnings } from './util/quiet-warnings';

dropKafkajsTimeoutWarnings();
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
