import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { getHeapStatistics } from 'node:v8';

/**
 * The scan's V8 heap ceiling, in MiB. V8 sizes its heap by the machine (2–4 GiB on a runner
 * with 7–16 GB) and, with a limit of 2 GiB or more, lets the heap grow to up to 4× what survives
 * each full collection; under a smaller limit the factor shrinks (about 1.6× at 1 GiB). On a long
 * scan the peak RSS then rose with the topic count although what the scan keeps does not (10,000
 * topics: 711 MiB with the 4 GiB V8 picked here, 429 MiB under 1 GiB). 1 GiB is several times
 * what the scan keeps (sample.ts bounds the records held).
 */
export const HEAP_CEILING_MIB = 1024;

/**
 * The young generation's semi-space, in MiB. Node 24's V8 picks 64 MiB (new space up to 128 MiB
 * touched); the scan's short-lived objects (decoded fetch responses) fit 16 MiB as well: peak
 * RSS ~70–90 MiB lower at every topic count, at no measured CPU cost (README, benchmarks).
 */
export const SEMI_SPACE_MIB = 16;

/** The Node flags a scan runs with (also the scale benchmark's). */
export const SCAN_HEAP_FLAGS: readonly string[] = [`--max-old-space-size=${HEAP_CEILING_MIB}`, `--max-semi-space-size=${SEMI_SPACE_MIB}`];

const CHOSE_OLD_SPACE = /--max[-_]old[-_]space[-_]size|--max[-_]heap[-_]size/;
const CHOSE_SEMI_SPACE = /--(?:max|min)[-_]semi[-_]space[-_]size/;

/** The user's own Node flags: NODE_OPTIONS and the command line's. */
function userNodeFlags(env: NodeJS.ProcessEnv, execArgv: readonly string[]): string[] {
  return [...execArgv, env.NODE_OPTIONS ?? ''];
}

/**
 * SCAN_HEAP_FLAGS less the semi-space flag when the user sized the young generation: a flag on
 * the child's command line would override theirs in NODE_OPTIONS.
 */
export function scanHeapFlags(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string[] {
  const choseSemiSpace = userNodeFlags(env, execArgv).some((flag) => CHOSE_SEMI_SPACE.test(flag));
  return SCAN_HEAP_FLAGS.filter((flag) => !(choseSemiSpace && CHOSE_SEMI_SPACE.test(flag)));
}

/** Set in the process started with the ceiling, so it does not start itself again. */
const CEILING_SET = 'KAFKA_SCHEMA_SCOUT_HEAP_CEILING';

/**
 * glibc's malloc arenas for the scan's process. glibc gives each thread that allocates (libuv's
 * file-system workers, V8's helpers) an arena of its own, up to 8 per core, and keeps freed memory
 * in each: outside V8's heap and the live buffers, a 10,000-topic scan held 109 MiB against 65
 * MiB at 1,000 topics. Two arenas keep less (README, benchmarks). An arena count the user set is
 * kept; other C libraries ignore the variable.
 */
export const SCAN_MALLOC_ARENAS = 2;

/** The environment the scan's own process starts with. */
export function scanProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, [CEILING_SET]: String(HEAP_CEILING_MIB), MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? String(SCAN_MALLOC_ARENAS) };
}

/**
 * Whether this process should start itself again with the ceiling: not when it already has it,
 * when the user chose a heap size (`--max-old-space-size`, in NODE_OPTIONS or on the command
 * line), or when V8's own limit is below the ceiling anyway.
 */
export function wantsHeapCeiling(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): boolean {
  if (env[CEILING_SET] !== undefined) return false;
  if (userNodeFlags(env, execArgv).some((flag) => CHOSE_OLD_SPACE.test(flag))) return false;
  return getHeapStatistics().heap_size_limit > (HEAP_CEILING_MIB + 512) * 1024 * 1024;
}

/**
 * Runs `script` again in a child Node process with scanHeapFlags() and the same arguments, stdio
 * and environment (plus scanProcessEnv's; a GitHub Action cannot pass Node flags to its own process), forwards
 * SIGINT and SIGTERM to it, and resolves with its exit code.
 */
function runWithHeapCeiling(script: string, args: readonly string[]): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, ...scanHeapFlags(), script, ...args], {
    stdio: 'inherit',
    env: scanProcessEnv(),
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
