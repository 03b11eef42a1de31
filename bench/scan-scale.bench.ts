/**
 * Scan scale benchmark (issue 18: the daily rescan, 10,000 topics on one runner). Every scan
 * runs in a child process of its own, as on a runner, so its peak RSS is the child's maxRSS
 * (process.resourceUsage) and nothing one scan leaves in memory counts for the next.
 *   rescan  BENCH_TOPICS (default 1,000) × 3 partitions × 100 JSON messages: per round, a first
 *           scan into an empty folder, then a rescan over its output (unchanged data: no file
 *           written); reports both, and the median and range of the per-round ratios rescan/first
 *   scale   BENCH_SIZES (default 1000,3000,10000) topics × 1 partition × 100 JSON messages:
 *           per round every size in turn (first scan, then rescan); reports time, time per
 *           topic, peak RSS and where the time goes (discovery, configs, offsets, fetch, and
 *           the hand-over: reading committed files, decode + infer, writing files)
 * Run on a broker of your own (10,000 topics must not land on a shared one):
 *   KAFKA_PORT=27592 KAFKA_HEAP=2g bash scripts/kafka.sh start
 *   KAFKA_PORT=27592 BENCH_MODE=rescan npm run bench:scan-scale
 *   KAFKA_PORT=27592 BENCH_MODE=scale npm run bench:scan-scale
 *   KAFKA_PORT=27592 bash scripts/kafka.sh stop
 * BENCH_ROUNDS (default 3) interleaved rounds; BENCH_DIR puts the scan's files elsewhere than
 * the OS temp folder; BENCH_CPU_PROF=<folder> writes a CPU profile per scan; BENCH_PROBE=0 skips
 * the list+offsets timing each scan child does before its scan (the peak RSS is then the scan's
 * alone: 1,000 / 3,000 / 10,000 topics measured 224 / 289 / 340 MiB so, as with it); BENCH_BASELINE=<a
 * build of this file over older code> runs that code too, in the same rounds;
 * BENCH_MODE=setup only creates the topics, which are created once and reused. The current
 * code's scans run with the Node flags and environment the CLI and the action give a scan
 * (SCAN_HEAP_FLAGS, scanProcessEnv: two malloc arenas; BENCH_HEAP_CEILING=0: without them), a
 * baseline's with this process's environment and no flags; BENCH_NODE_FLAGS and
 * BENCH_BASELINE_NODE_FLAGS (space-separated) replace them, to weigh V8 settings.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { event, offsetsOf } from './scan-topics';
import { createKafka } from '../src/kafka/connect';
import { defaultSampleOptions } from '../src/kafka/sample';
import { runScan, type ScanTimings } from '../src/scan/run-scan';
import { silentLogger } from '../src/util/log';
import { dropKafkajsTimeoutWarnings } from '../src/util/quiet-warnings';
import { SCAN_HEAP_FLAGS, scanProcessEnv } from '../src/util/heap-ceiling';

const brokers = [`127.0.0.1:${process.env.KAFKA_PORT ?? 19092}`];
const PER_PARTITION = 100;
const benchRoot = process.env.BENCH_DIR ?? tmpdir();

interface TopicSet {
  /** Topic names are `${prefix}${index, zero-padded to 5}`. */
  prefix: string;
  count: number;
  partitions: number;
}

const rescanSet: TopicSet = { prefix: 'bench-rescan-', count: Number(process.env.BENCH_TOPICS ?? 1000), partitions: 3 };
const scaleSizes = (process.env.BENCH_SIZES ?? '1000,3000,10000').split(',').map(Number);
const scaleSet: TopicSet = { prefix: 'bench-scale-', count: Math.max(...scaleSizes), partitions: 1 };

const topicName = (set: TopicSet, i: number) => `${set.prefix}${String(i).padStart(5, '0')}`;

/** An anchored include pattern for the first `count` topics of the set (count ≤ 100,000). */
function includeFirst(set: TopicSet, count: number): string {
  const names = Array.from({ length: count }, (_, i) => topicName(set, i));
  // Alternation of exact names is long; a character-class prefix per thousand keeps it short.
  const thousands = Math.floor(count / 1000);
  const parts: string[] = [];
  for (let t = 0; t < thousands; t++) parts.push(`${String(t).padStart(2, '0')}\\d{3}`);
  for (const name of names.slice(thousands * 1000)) parts.push(name.slice(set.prefix.length));
  return `${set.prefix.replace(/-/g, '\\-')}(${parts.join('|')})`;
}

/** Creates and fills the set's topics that are missing or empty; then every partition must hold PER_PARTITION records. */
async function ensureTopics(set: TopicSet): Promise<void> {
  const kafka = new Kafka({ clientId: 'scout-bench', brokers, logLevel: logLevel.NOTHING });
  const names = Array.from({ length: set.count }, (_, i) => topicName(set, i));
  const admin = kafka.admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  const absent = names.filter((name) => !existing.has(name));
  for (let i = 0; i < absent.length; i += 100) {
    await admin.createTopics({ topics: absent.slice(i, i + 100).map((topic) => ({ topic, numPartitions: set.partitions })), waitForLeaders: false });
  }
  await admin.disconnect();
  const present = names.filter((name) => existing.has(name));
  const offsets = present.length > 0 ? await offsetsOf(kafka, present) : new Map<string, Array<{ high: string }>>();
  const unfilled = present.filter((name) => (offsets.get(name) ?? []).every((partition) => partition.high === '0'));
  const missing = [...absent, ...unfilled];
  if (missing.length > 0) {
    await new Promise((resolve) => setTimeout(resolve, 5000)); // leaders of new partitions
    const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    for (let i = 0; i < missing.length; i += 50) {
      await producer.sendBatch({
        topicMessages: missing.slice(i, i + 50).map((topic) => {
          const t = Number(topic.slice(set.prefix.length));
          return {
            topic,
            messages: Array.from({ length: set.partitions * PER_PARTITION }, (_, n) => ({
              partition: n % set.partitions,
              value: event(t, n % set.partitions, Math.floor(n / set.partitions)),
            })),
          };
        }),
      });
    }
    await producer.disconnect();
    console.error(`created and filled ${missing.length} topics of ${set.prefix}*`);
  }
  const counts = await offsetsOf(kafka, names);
  const wrong = names.filter((name) => (counts.get(name) ?? []).some((partition) => BigInt(partition.high) - BigInt(partition.low) !== BigInt(PER_PARTITION)));
  if (wrong.length > 0)
    throw new Error(`${wrong.length} topic(s) do not hold ${PER_PARTITION} records per partition (e.g. ${wrong[0]}): delete them and rerun`);
}

/** What a child reports about the one scan it ran. */
interface ChildResult {
  ms: number;
  topics: number;
  unchanged: number;
  failed: number;
  records: number;
  maxRssMiB: number;
  /** The peak RSS (MiB) by the end of each tenth of the scan's wall time: whether it still rises late in a long scan. */
  rssByTenth?: number[];
  cpuMs: number;
  /** Timed alone before the scan: listTopics + metadata (no configs), and the offsets of every partition. */
  listMs: number;
  offsetsMs: number;
  timings?: ScanTimings;
}

/** Times listTopics + metadata (no configs) and the offsets of every partition of `include`, alone. */
async function probe(include: string): Promise<{ listMs: number; offsetsMs: number }> {
  const kafka = createKafka({ brokers }, silentLogger);
  const admin = kafka.admin();
  await admin.connect();
  const listStarted = performance.now();
  const pattern = new RegExp(`^(?:${include})$`);
  const names = (await admin.listTopics()).filter((topic) => pattern.test(topic));
  await admin.fetchTopicMetadata({ topics: names });
  const listMs = performance.now() - listStarted;
  await admin.disconnect();
  const offsetsStarted = performance.now();
  await offsetsOf(kafka, names);
  return { listMs, offsetsMs: performance.now() - offsetsStarted };
}

/** Child: one scan of `include` into `dir`, as a runner would run it. */
async function childScan(dir: string, include: string): Promise<void> {
  dropKafkajsTimeoutWarnings();
  // BENCH_PROBE=0: no list+offsets timing before the scan, so the peak RSS is the scan's alone.
  const { listMs, offsetsMs } = process.env.BENCH_PROBE === '0' ? { listMs: 0, offsetsMs: 0 } : await probe(include);

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const rssSamples: Array<[number, number]> = [];
  const sampler = setInterval(() => rssSamples.push([performance.now() - started, process.memoryUsage.rss()]), 50);
  const report = await runScan(
    {
      connection: { brokers },
      cluster: 'bench',
      dir,
      filter: { include: [include] },
      sampling: { ...defaultSampleOptions, samplesPerPartition: PER_PARTITION },
      naming: {},
    },
    silentLogger,
  );
  const ms = performance.now() - started;
  clearInterval(sampler);
  const rssByTenth = Array.from({ length: 10 }, (_, tenth) =>
    Math.max(0, ...rssSamples.filter(([at]) => at <= ((tenth + 1) * ms) / 10).map(([, rss]) => rss / 2 ** 20)),
  );
  const cpu = process.cpuUsage(cpuBefore);
  const result: ChildResult = {
    ms,
    topics: report.topics.length,
    unchanged: report.topics.filter((topic) => topic.status === 'unchanged').length,
    failed: report.topics.filter((topic) => topic.status === 'failed').length,
    records: report.topics.reduce((sum, topic) => sum + topic.records, 0),
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    rssByTenth,
    cpuMs: (cpu.user + cpu.system) / 1000,
    listMs,
    offsetsMs,
    timings: report.timings, // undefined in builds over code that had none
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** The code measured: this build, or (BENCH_BASELINE) a build of this file over the code before a change. */
interface Variant {
  name: string;
  script: string;
}

const variants: Variant[] = [
  ...(process.env.BENCH_BASELINE ? [{ name: 'baseline', script: process.env.BENCH_BASELINE }] : []),
  { name: 'current', script: process.argv[1]! },
];

function runChild(variant: Variant, dir: string, include: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // BENCH_CPU_PROF=<folder>: a V8 CPU profile of every scan (open in Chrome DevTools).
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    // As the CLI and the action run a scan (src/util/heap-ceiling.ts); BENCH_HEAP_CEILING=0 runs it with V8's own limit.
    const flags = (variant.name === 'current' ? process.env.BENCH_NODE_FLAGS : process.env.BENCH_BASELINE_NODE_FLAGS)?.split(' ').filter(Boolean);
    const asTheProductRuns = variant.name === 'current' && process.env.BENCH_HEAP_CEILING !== '0';
    const ceiling = flags ?? (asTheProductRuns ? [...SCAN_HEAP_FLAGS] : []);
    const env = asTheProductRuns ? scanProcessEnv(process.env) : process.env;
    const child = spawn(process.execPath, [...ceiling, ...profile, variant.script, 'child', dir, include], { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`scan child exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1)!) as ChildResult);
    });
  });
}

/** A first scan into an empty folder, then a rescan over its output (which must change nothing). */
async function firstAndRescan(variant: Variant, set: TopicSet, count: number): Promise<{ first: ChildResult; rescan: ChildResult }> {
  const dir = await mkdtemp(join(benchRoot, 'scout-scale-'));
  try {
    const include = includeFirst(set, count);
    const first = await runChild(variant, dir, include);
    const rescan = await runChild(variant, dir, include);
    for (const run of [first, rescan]) {
      if (run.topics !== count || run.failed > 0) throw new Error(`a scan saw ${run.topics} topics (${run.failed} failed), expected ${count}`);
    }
    if (rescan.unchanged !== count) throw new Error(`the rescan changed ${count - rescan.unchanged} topic(s) of unchanged data`);
    return { first, rescan };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const s = (ms: number) => (ms / 1000).toFixed(2);
function medianRange(values: number[], format: (value: number) => string): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${format(sorted[Math.floor(sorted.length / 2)]!)} (${format(sorted[0]!)}–${format(sorted.at(-1)!)})`;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function phaseRow(run: ChildResult): string {
  const t = run.timings;
  const stages = t
    ? `discovery ${s(t.discoveryMs)}, sampling ${s(t.samplingMs)}, finish ${s(t.finishMs)} | summed over topics: ` +
      `read committed ${s(t.readCommittedMs)}, decode+infer ${s(t.inferMs)}, write ${s(t.writeMs)} | `
    : '';
  return `${stages}alone: list+metadata ${s(run.listMs)}, offsets ${s(run.offsetsMs)} | cpu ${s(run.cpuMs)}, peak RSS ${run.maxRssMiB.toFixed(0)} MiB`;
}

async function benchRescan(rounds: number): Promise<void> {
  await ensureTopics(rescanSet);
  const runs = new Map<string, Array<{ first: ChildResult; rescan: ChildResult }>>(variants.map((variant) => [variant.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) {
      const run = await firstAndRescan(variant, rescanSet, rescanSet.count);
      console.log(
        `round ${round + 1} ${variant.name}: first ${s(run.first.ms)} s, rescan ${s(run.rescan.ms)} s, rescan/first ${(run.rescan.ms / run.first.ms).toFixed(2)}×`,
      );
      console.log(`  first:  ${phaseRow(run.first)}`);
      console.log(`  rescan: ${phaseRow(run.rescan)}`);
      runs.get(variant.name)!.push(run);
    }
  }
  console.log(
    `rescan mode: ${rescanSet.count} topics × ${rescanSet.partitions} partitions × ${PER_PARTITION} messages, ${rounds} interleaved rounds, medians (range)`,
  );
  for (const [name, of] of runs) {
    console.log(`  ${name}:`);
    console.log(
      `    first scan   ${medianRange(
        of.map((run) => run.first.ms),
        (ms) => `${s(ms)} s`,
      )}`,
    );
    console.log(
      `    rescan       ${medianRange(
        of.map((run) => run.rescan.ms),
        (ms) => `${s(ms)} s`,
      )}`,
    );
    console.log(
      `    rescan/first ${medianRange(
        of.map((run) => run.rescan.ms / run.first.ms),
        (ratio) => `${ratio.toFixed(2)}×`,
      )}`,
    );
    console.log(
      `    rescan CPU   ${medianRange(
        of.map((run) => run.rescan.cpuMs),
        (ms) => `${s(ms)} s`,
      )} (first ${medianRange(
        of.map((run) => run.first.cpuMs),
        (ms) => `${s(ms)} s`,
      )})`,
    );
    console.log(
      `    peak RSS     first ${medianRange(
        of.map((run) => run.first.maxRssMiB),
        (mib) => `${mib.toFixed(0)} MiB`,
      )}, ` +
        `rescan ${medianRange(
          of.map((run) => run.rescan.maxRssMiB),
          (mib) => `${mib.toFixed(0)} MiB`,
        )}`,
    );
  }
}

async function benchScale(rounds: number): Promise<void> {
  await ensureTopics(scaleSet);
  const key = (variant: Variant, size: number) => `${variant.name} ${size}`;
  const runs = new Map<string, Array<{ first: ChildResult; rescan: ChildResult }>>();
  for (let round = 0; round < rounds; round++) {
    for (const size of scaleSizes) {
      for (const variant of variants) {
        const run = await firstAndRescan(variant, scaleSet, size);
        console.log(
          `round ${round + 1} ${variant.name}, ${size} topics: first ${s(run.first.ms)} s / ${run.first.maxRssMiB.toFixed(0)} MiB, ` +
            `rescan ${s(run.rescan.ms)} s / ${run.rescan.maxRssMiB.toFixed(0)} MiB`,
        );
        console.log(`  first:  ${phaseRow(run.first)}`);
        console.log(`  rescan: ${phaseRow(run.rescan)}`);
        runs.set(key(variant, size), [...(runs.get(key(variant, size)) ?? []), run]);
      }
    }
  }
  console.log(`scale mode: topics × 1 partition × ${PER_PARTITION} messages, ${rounds} interleaved rounds, medians (range)`);
  for (const variant of variants) {
    for (const size of scaleSizes) {
      for (const kind of ['first', 'rescan'] as const) {
        const of = runs.get(key(variant, size))!.map((run) => run[kind]);
        const byTenth = of[0]?.rssByTenth ? Array.from({ length: 10 }, (_, tenth) => median(of.map((run) => run.rssByTenth![tenth]!))) : undefined;
        if (byTenth)
          console.log(
            `  ${variant.name.padEnd(8)} ${String(size).padStart(6)} ${kind.padEnd(6)} peak RSS by tenths of the scan: ${byTenth.map((mib) => mib.toFixed(0)).join(' ')} MiB`,
          );
        console.log(
          `  ${variant.name.padEnd(8)} ${String(size).padStart(6)} ${kind.padEnd(6)} ${medianRange(
            of.map((run) => run.ms),
            (ms) => `${s(ms)} s`,
          )}, ` +
            `${medianRange(
              of.map((run) => run.ms / size),
              (ms) => `${ms.toFixed(2)} ms`,
            )} per topic, CPU ${medianRange(
              of.map((run) => run.cpuMs),
              (ms) => `${s(ms)} s`,
            )}, peak RSS ${medianRange(
              of.map((run) => run.maxRssMiB),
              (mib) => `${mib.toFixed(0)} MiB`,
            )}`,
        );
      }
    }
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === 'child') return childScan(process.argv[3]!, process.argv[4]!);
  dropKafkajsTimeoutWarnings();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const mode = process.env.BENCH_MODE ?? 'rescan';
  if (mode === 'rescan') await benchRescan(rounds);
  else if (mode === 'scale') await benchScale(rounds);
  else if (mode === 'setup') {
    await ensureTopics(rescanSet);
    await ensureTopics(scaleSet);
  } else throw new Error(`BENCH_MODE must be rescan, scale or setup, not ${mode}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
