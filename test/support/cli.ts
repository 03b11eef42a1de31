import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { main } from '../../src/program';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Environment variables for the run (undefined removes one); restored afterwards. */
  env?: Record<string, string | undefined>;
  /** The working directory for the run; restored afterwards. */
  cwd?: string;
  /** Sees each chunk written to stderr as it is written (e.g. to act in the middle of a run). */
  onStderr?: (chunk: string) => void;
}

/**
 * The whole CLI in-process through `main` (the path `bin` takes: commander, the commands, the
 * mapping of errors to exit codes), with stdout and stderr captured.
 */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    options.onStderr?.(String(chunk));
    return true;
  });
  const saved = { ...process.env };
  const cwd = process.cwd();
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  if (options.cwd !== undefined) process.chdir(options.cwd);
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
    process.env = saved;
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
