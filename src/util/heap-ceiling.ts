import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * The scan's V8 heap ceiling, in MiB. V8 sizes its heap by the machine (2–4 GiB on a runner
 * with 7–16 GB) and, with such a limit, lets the heap grow to up to 4× what survives each full
 * collection; on a long scan the peak RSS then rises with the topic count although what the
 * scan keeps does not. Under a limit below 2 GiB V8 grows the heap by at most about 2×, and
 * 1 GiB is several times what the scan keeps (sample.ts bounds the records held).
 */
export const HEAP_CEILING_MIB = 1024;

/** Set in the process started with the ceiling, so it does not start itself again. */
const CEILING_SET = 'KAFKA_SCHEMA_SCOUT_HEAP_CEILING';

/**
 * Whether this process should start itself again with the ceiling: not when it already has it,
 * when the user chose a heap size (`--max-old-space-size`, in NODE_OPTIONS or on the command
 * line), or when V8's own limit is below the ceiling anyway.
 */
export function wantsHeapCeiling(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): boolean {
  if (env[CEILING_SET] !== undefined) return false;
  if ([...execArgv, env.NODE_OPTIONS ?? ''].some((flag) => /--max[-_]old[-_]space[-_]size|--max[-_]heap[-_]size/.test(flag))) return false;
  return getHeapStatistics().heap_size_limit > (HEAP_CEILING_MIB + 512) * 1024 * 1024;
}

/**
 * Runs `script` again in a child Node process with the ceiling and the same arguments, stdio
 * and environment (a GitHub Action cannot pass Node flags to its own process), forwards
 * SIGINT and SIGTERM to it, and resolves with its exit code.
 */
function runWithHeapCeiling(script: string, args: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${HEAP_CEILING_MIB}`, script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [CEILING_SET]: String(HEAP_CEILING_MIB) },
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward).on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

/**
 * The entries' one switch: a scan (`isScan`) that wants the ceiling runs in the child, its exit
 * code becoming this process's; anything else, or a child that cannot be started, runs `here`.
 */
export function runScanUnderHeapCeiling(isScan: boolean, args: readonly string[], here: () => void): void {
  if (!isScan || !wantsHeapCeiling()) return here();
  runWithHeapCeiling(process.argv[1]!, args).then((code) => {
    process.exitCode = code;
  }, here);
}
