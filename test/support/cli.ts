import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { main } from '../../src/program';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The whole CLI in-process (`main`), its stdout and stderr captured. */
export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** A named pipe (FIFO) at `path`: opening it to read blocks until a writer comes. */
export function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/**
 * Opens and closes the FIFO for writing, which releases a reader blocked in open (it then reads
 * end of file): a test of code that hangs on a FIFO can then end. No reader: nothing happens.
 */
export function releaseFifo(path: string): void {
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // ENXIO: no reader is waiting
  }
}
