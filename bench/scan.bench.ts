/**
 * Scan benchmark (issue: discovery and sampling). On the local broker: TOPICS topics ×
 * 3 partitions × 100 JSON messages. Measures, in the same run, interleaved over BENCH_ROUNDS
 * rounds (default 3) so machine noise hits all three alike:
 *   consumer  a bare kafkajs consumer that only fetches the same records (one group, all topics)
 *   fetch     the scan's own reader alone (offsets + fetch by offset, records dropped): the floor
 *   scan      the whole scan: discover + configs + offsets + sample + decode + infer + write,
 *             first into an empty folder (2,000 new files; then the same files are written
 *             alone, to show the disk's share), then again over its own output (the
 *             scheduled-run case: every topic unchanged, nothing written)
 * and reports wall times, the median (and range) of the per-round ratios, and the peak RSS.
 * Run: npm run bench:scan   (BENCH_TOPICS=1000 by default; topics are created once and reused;
 * BENCH_VERBOSE=1 prints the scan's stage timings; BENCH_SCAN_ONLY=1 skips the baselines, for
 * profiling; BENCH_DIR puts the scan's files elsewhere than the OS temp folder)
 *
 * Latency mode (BENCH_LATENCY_MS=0,20): the bench starts its own broker (BENCH_KAFKA_PORT,
 * default 19792) advertised through a delay proxy (test/support/kafka-proxy.ts) on the port 3
 * above it, so every connection of every client crosses the proxy; it stops the broker at the
 * end unless it was already running. Each round measures, at each delay, the bare kafkajs
 * consumer, kcat (librdkafka, one consumer for all topics) and the first scan into an empty
 * folder (after one unmeasured scan), in an order rotated per round, the delays in turn
 * (BENCH_ROUNDS, default 5), and reports the ratios (median, range) per delay, the scan's
 * requests by API key and how long after its start its first Fetch left (BENCH_KEEP_BROKER=1
 * leaves the broker and its topics for the next run).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { event, offsetsOf } from './scan-topics';
import { createInternalCluster } from '../src/kafka/kafkajs-internals';
import { writeFileAtomic } from '../src/catalog/atomic-write';
import { runScan } from '../src/scan/run-scan';
import { mapWithConcurrency } from '../src/util/concurrency';
import { createKafka } from '../src/kafka/connect';
import { defaultSampleOptions, sampleTopics } from '../src/kafka/sample';
import type { PartitionOffsets } from '../src/kafka/sample-plan';
import { silentLogger, type Logger } from '../src/util/log';
import { dropKafkajsTimeoutWarnings } from '../src/util/quiet-warnings';
import { startKafkaProxy, type KafkaProxy } from '../test/support/kafka-proxy';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const TOPICS = Number(process.env.BENCH_TOPICS ?? 1000);
const PARTITIONS = 3;
const PER_PARTITION = 100;
const LATENCIES = process.env.BENCH_LATENCY_MS?.split(',').map(Number);
const BROKER_PORT = Number(process.env.BENCH_KAFKA_PORT ?? 19792);
const PROXY_PORT = BROKER_PORT + 3;
/** The address every client of the bench uses: the broker, or in latency mode the proxy. */
const brokers = [LATENCIES ? `127.0.0.1:${PROXY_PORT}` : `127.0.0.1:${process.env.KAFKA_PORT ?? 19092}`];
const prefix = `bench-scan-${TOPICS}-`;
const kafka = new Kafka({ clientId: 'scout-bench', brokers, logLevel: logLevel.NOTHING });

let peakRss = 0; // RSS: the whole process (baselines and scans), sampled every 50 ms
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
sampler.unref();

async function ensureTopics(names: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  const absent = names.filter((name) => !existing.has(name));
  for (let i = 0; i < absent.length; i += 100) {
    await admin.createTopics({
      topics: absent.slice(i, i + 100).map((topic) => ({ topic, numPartitions: PARTITIONS })),
      waitForLeaders: false,
    });
  }
  // Topics that exist but hold no records (an interrupted earlier run) are filled too.
  await admin.disconnect();
  const present = names.filter((name) => existing.has(name));
  const offsets = present.length > 0 ? await offsetsOf(kafka, present) : new Map<string, PartitionOffsets[]>();
  const unfilled = present.filter((name) => (offsets.get(name) ?? []).every((partition) => partition.high === '0'));
  const missing = [...absent, ...unfilled];
  if (missing.length === 0) return checkCounts(names);
  await new Promise((resolve) => setTimeout(resolve, 3000)); // leaders of new partitions
  // Idempotent: a retried batch on a busy fresh broker wrote records twice (215 of 3,000
  // partitions held 200), so the baseline consumer read a different set than the scan.
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  for (let i = 0; i < missing.length; i += 50) {
    await producer.sendBatch({
      topicMessages: missing.slice(i, i + 50).map((topic) => {
        const t = Number(topic.slice(prefix.length));
        return {
          topic,
          messages: Array.from({ length: PARTITIONS * PER_PARTITION }, (_, n) => ({
            partition: n % PARTITIONS,
            value: event(t, n % PARTITIONS, Math.floor(n / PARTITIONS)),
          })),
        };
      }),
    });
  }
  await producer.disconnect();
  console.log(`created and filled ${missing.length} topics`);
  await checkCounts(names);
}

/** Every partition must hold exactly PER_PARTITION records before anything is measured. */
async function checkCounts(names: string[]): Promise<void> {
  const offsets = await offsetsOf(kafka, names);
  const wrong = names.filter((name) =>
    (offsets.get(name) ?? []).some((partition: { low: string; high: string }) => BigInt(partition.high) - BigInt(partition.low) !== BigInt(PER_PARTITION)),
  );
  if (wrong.length > 0)
    throw new Error(`${wrong.length} topic(s) do not hold exactly ${PER_PARTITION} records per partition (e.g. ${wrong[0]}): delete them and rerun`);
}

/** Baseline: fetch exactly the same records with a bare consumer (no decoding, no inference, no files). */
async function baselineFetch(names: string[]): Promise<number> {
  const started = performance.now();
  const consumer = kafka.consumer({ groupId: `bench-baseline-${Date.now()}`, allowAutoTopicCreation: false, maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topics: names, fromBeginning: true });
  const expected = names.length * PARTITIONS * PER_PARTITION;
  let received = 0;
  await new Promise<void>((resolve, reject) => {
    setTimeout(() => reject(new Error(`baseline got ${received} of ${expected} records in 10 min`)), 600_000).unref();
    void consumer.run({
      autoCommit: false,
      partitionsConsumedConcurrently: 4,
      eachBatch: ({ batch }) => {
        received += batch.messages.length;
        if (received >= expected) resolve();
        return Promise.resolve();
      },
    });
  });
  const elapsed = performance.now() - started;
  await consumer.disconnect();
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteGroups([(consumer as unknown as { groupId?: string }).groupId ?? '']).catch(() => undefined);
  await admin.disconnect();
  return elapsed;
}

/** Floor: the scan's reader alone (offsets, then fetch by offset), records counted and dropped. */
async function readerFetch(names: string[]): Promise<number> {
  const started = performance.now();
  const cluster = createInternalCluster(createKafka({ brokers }, silentLogger));
  await cluster.connect();
  let records = 0;
  const options = { ...defaultSampleOptions, samplesPerPartition: PER_PARTITION };
  await sampleTopics(cluster, names, options, (sample) => Promise.resolve(void (records += sample.ok ? sample.records.length : 0)), silentLogger);
  await cluster.disconnect();
  const expected = names.length * PARTITIONS * PER_PARTITION;
  if (records !== expected) throw new Error(`reader got ${records} of ${expected} records`);
  return performance.now() - started;
}

const benchStarted = performance.now();
const timedLogger: Logger = {
  ...silentLogger,
  debug: (message) => console.error(`[${((performance.now() - benchStarted) / 1000).toFixed(2)} s] ${message}`),
};

/**
 * Folders written by the runs, removed at the end: deleting thousands of files makes the kernel
 * busy for a while (discards), which would land on whatever is measured next.
 */
const leftovers: string[] = [];

/** Where the scan writes: BENCH_DIR (e.g. a tmpfs, to take the disk out) or the OS temp folder. */
const benchRoot = process.env.BENCH_DIR ?? tmpdir();

/**
 * The files alone: the scan's output written again, atomically and as concurrently, into a
 * fresh folder; what the disk costs of the scan (creating 2,000 files is slow on some VMs).
 */
async function writeFilesAlone(files: Array<[string, string]>): Promise<number> {
  const dir = await mkdtemp(join(benchRoot, 'scout-bench-files-'));
  const started = performance.now();
  await mapWithConcurrency(files, 16, ([path, content]) => writeFileAtomic(join(dir, path), content));
  const ms = performance.now() - started;
  leftovers.push(dir);
  return ms;
}

interface ScanRun {
  /** First scan into an empty folder: every topic new, 2,000 files created. */
  first: number;
  /** The same scan again over its own output: every topic unchanged, no file written. */
  rescan: number;
  records: number;
  failed: number;
  files: Array<[string, string]>;
}

/** The bench's scan of its topics into `dir` (the action's defaults, PER_PARTITION records a partition). */
function scanInto(dir: string) {
  return runScan(
    {
      connection: { brokers },
      cluster: 'bench',
      dir,
      filter: { include: [`${prefix}.*`] },
      sampling: { ...defaultSampleOptions, samplesPerPartition: PER_PARTITION },
      naming: {},
    },
    process.env.BENCH_VERBOSE ? timedLogger : silentLogger,
  );
}

async function scanTwice(names: string[]): Promise<ScanRun> {
  const dir = await mkdtemp(join(benchRoot, 'scout-bench-'));
  const scan = async () => {
    const started = performance.now();
    const report = await scanInto(dir);
    if (report.topics.length !== names.length) throw new Error(`scan saw ${report.topics.length} topics, expected ${names.length}`);
    return { ms: performance.now() - started, report };
  };
  const first = await scan();
  const files: Array<[string, string]> = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push([relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name), 'utf8')]);
  }
  const rescan = await scan();
  const changed = rescan.report.topics.filter((topic) => topic.status !== 'unchanged').length;
  if (changed > 0) throw new Error(`the rescan changed ${changed} topic(s) of unchanged data`);
  leftovers.push(dir);
  return {
    first: first.ms,
    rescan: rescan.ms,
    records: first.report.topics.reduce((sum, topic) => sum + topic.records, 0),
    failed: first.report.topics.filter((topic) => topic.status === 'failed').length,
    files,
  };
}

const run = promisify(execFile);
// From the working folder (npm runs benchmarks from the repository): the bundle has no scripts/.
const kafkaScript = resolve('scripts', 'kafka.sh');

/** Baseline: kcat (librdkafka) reading the same records with one consumer for all topics. */
async function kcatFetch(names: string[]): Promise<number> {
  const started = performance.now();
  const expected = names.length * PARTITIONS * PER_PARTITION;
  const args = ['-b', brokers[0]!, '-G', `bench-kcat-${Date.now()}`, '-X', 'auto.offset.reset=earliest', '-X', 'enable.auto.commit=false'];
  const kcat = spawn('kcat', [...args, '-q', '-e', '-f', '\\n', ...names], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = ''; // librdkafka's notices (a deprecated property kcat sets itself): shown on failure only
  kcat.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
  let lines = 0;
  kcat.stdout.on('data', (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 10) lines++;
  });
  await new Promise<void>((resolve, reject) => kcat.on('error', reject).on('close', () => resolve()));
  const elapsed = performance.now() - started;
  if (lines !== expected) throw new Error(`kcat got ${lines} of ${expected} records: ${errors}`);
  return elapsed;
}

/** The first scan into an empty folder, with the requests it sent through the proxy. */
async function scanOnce(proxy: KafkaProxy): Promise<{ ms: number; firstFetch: number; requests: Record<string, number>; connections: number }> {
  const dir = await mkdtemp(join(benchRoot, 'scout-bench-'));
  leftovers.push(dir);
  proxy.reset();
  const started = performance.now();
  const report = await scanInto(dir);
  const ms = performance.now() - started;
  const records = report.topics.reduce((sum, topic) => sum + topic.records, 0);
  if (records !== TOPICS * PARTITIONS * PER_PARTITION) throw new Error(`the scan read ${records} records`);
  return { ms, firstFetch: proxy.firstRequests().Fetch ?? NaN, requests: proxy.requests(), connections: proxy.connections() };
}

async function latencyMain(names: string[], latencies: number[]): Promise<void> {
  const env = {
    ...process.env,
    KAFKA_PORT: String(BROKER_PORT),
    KAFKA_EXTRA_PROPERTIES: `advertised.listeners=PLAINTEXT://127.0.0.1:${PROXY_PORT}`,
  };
  const status = await run('bash', [kafkaScript, 'status'], { env }).then(
    () => 'running',
    () => 'stopped',
  );
  if (status !== 'running') await run('bash', [kafkaScript, 'start'], { env, timeout: 300_000 });
  const proxy = await startKafkaProxy({ upstream: { host: '127.0.0.1', port: BROKER_PORT }, port: PROXY_PORT });
  try {
    await ensureTopics(names);
    const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
    type Run = { consumer: number; kcat: number; scan: number; firstFetch: number };
    const runs = new Map<number, Run[]>(latencies.map((ms) => [ms, []]));
    const requests = new Map<number, string>();
    await scanOnce(proxy); // unmeasured: the first scan of a process also compiles the code it runs
    for (let round = 0; round < rounds; round++) {
      for (const delay of round % 2 === 0 ? latencies : [...latencies].reverse()) {
        proxy.delayMs = delay;
        const result: Partial<Run> = {};
        const steps: Array<() => Promise<void>> = [
          async () => void (result.consumer = await baselineFetch(names)),
          async () => void (result.kcat = await kcatFetch(names)),
          async () => {
            const scan = await scanOnce(proxy);
            result.scan = scan.ms;
            result.firstFetch = scan.firstFetch;
            requests.set(delay, `${JSON.stringify(scan.requests)}, ${scan.connections} connection(s)`);
          },
        ];
        for (let i = 0; i < steps.length; i++) await steps[(i + round) % steps.length]!();
        runs.get(delay)!.push(result as Run);
        console.error(
          `round ${round + 1}, ${delay} ms: consumer ${(result.consumer! / 1000).toFixed(2)} s, kcat ${(result.kcat! / 1000).toFixed(2)} s, ` +
            `scan ${(result.scan! / 1000).toFixed(2)} s (first Fetch after ${result.firstFetch!.toFixed(0)} ms)`,
        );
      }
    }
    console.log(`${TOPICS} × ${PARTITIONS} × ${PER_PARTITION} through the delay proxy, ${rounds} interleaved rounds (order rotated per round)`);
    for (const delay of latencies) {
      const list = runs.get(delay)!;
      const rows = [
        [`${delay} ms each way: bare kafkajs consumer`, seconds(list.map((run) => run.consumer))],
        [`${delay} ms: kcat`, seconds(list.map((run) => run.kcat))],
        [`${delay} ms: first scan`, seconds(list.map((run) => run.scan))],
        [`${delay} ms: the scan's first Fetch after`, `${list.map((run) => run.firstFetch.toFixed(0)).join(', ')} ms`],
        [`${delay} ms: scan / consumer (median, range)`, ratio(list.map((run) => run.scan / run.consumer))],
        [`${delay} ms: scan / kcat (median, range)`, ratio(list.map((run) => run.scan / run.kcat))],
        [`${delay} ms: the scan's requests`, requests.get(delay)!],
      ];
      for (const [name, value] of rows) console.log(`${name!.padEnd(46)} ${value}`);
    }
  } finally {
    await proxy.close();
    if (status !== 'running' && !process.env.BENCH_KEEP_BROKER) await run('bash', [kafkaScript, 'stop'], { env });
  }
}

function seconds(ms: number[]): string {
  return `${ms.map((m) => (m / 1000).toFixed(2)).join(', ')} s`;
}

function ratio(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}× (${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)}×)`;
}

async function main(): Promise<void> {
  dropKafkajsTimeoutWarnings();
  const names = Array.from({ length: TOPICS }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
  if (LATENCIES) return latencyMain(names, LATENCIES);
  await ensureTopics(names);
  if (process.env.BENCH_SCAN_ONLY) {
    const scan = await scanTwice(names);
    console.log(
      `scan ${(scan.first / 1000).toFixed(1)} s, rescan ${(scan.rescan / 1000).toFixed(1)} s, ${scan.records} records, ` +
        `${scan.failed} failed, ${scan.files.length} files, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
    );
    return;
  }
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const runs: Array<{ consumer: number; fetch: number; scan: number; rescan: number; files: number }> = [];
  let records = 0;
  let failed = 0;
  for (let round = 0; round < rounds; round++) {
    const consumer = await baselineFetch(names);
    const fetch = await readerFetch(names);
    const scan = await scanTwice(names);
    ({ records, failed } = scan);
    runs.push({ consumer, fetch, scan: scan.first, rescan: scan.rescan, files: await writeFilesAlone(scan.files) });
  }
  clearInterval(sampler);
  const rows = [
    ['topics × partitions × messages', `${TOPICS} × ${PARTITIONS} × ${PER_PARTITION}, ${rounds} rounds`],
    ['baseline: bare kafkajs consumer', seconds(runs.map((run) => run.consumer))],
    ["floor: the scan's reader alone", seconds(runs.map((run) => run.fetch))],
    ['first scan (discover → sample → infer → write)', seconds(runs.map((run) => run.scan))],
    ['  its 2,000 files alone (written atomically)', seconds(runs.map((run) => run.files))],
    ['rescan (same data, no file changes)', seconds(runs.map((run) => run.rescan))],
    ['first scan / consumer (median, range)', ratio(runs.map((run) => run.scan / run.consumer))],
    ['rescan / consumer (median, range)', ratio(runs.map((run) => run.rescan / run.consumer))],
    ['first scan / reader alone (median, range)', ratio(runs.map((run) => run.scan / run.fetch))],
    ['records sampled by the scan', String(records)],
    ['topics failed', String(failed)],
    ['peak RSS of the process', `${(peakRss / 2 ** 20).toFixed(0)} MiB`],
  ];
  for (const [name, value] of rows) console.log(`${name!.padEnd(46)} ${value}`);
}

main().then(
  async () => {
    for (const dir of leftovers) await rm(dir, { recursive: true, force: true });
    process.exit(0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
