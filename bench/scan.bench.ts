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
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { readOffsetsInBatches } from '../src/kafka/batch-offsets';
import { createInternalCluster } from '../src/kafka/kafkajs-internals';
import { writeFileAtomic } from '../src/catalog/atomic-write';
import { runScan } from '../src/scan/run-scan';
import { mapWithConcurrency } from '../src/util/concurrency';
import { createKafka } from '../src/kafka/connect';
import { defaultSampleOptions, sampleTopics } from '../src/kafka/sample';
import type { PartitionOffsets } from '../src/kafka/sample-plan';
import { silentLogger, type Logger } from '../src/util/log';
import { dropKafkajsTimeoutWarnings } from '../src/util/quiet-warnings';

/** The partitions' offsets of existing topics, in one request per broker (the scan's own reader). */
async function offsetsOf(kafka: Kafka, topics: string[]) {
  const cluster = createInternalCluster(kafka);
  await cluster.connect();
  try {
    return (await readOffsetsInBatches(cluster, topics)).offsets;
  } finally {
    await cluster.disconnect().catch(() => undefined);
  }
}

const TOPICS = Number(process.env.BENCH_TOPICS ?? 1000);
const PARTITIONS = 3;
const PER_PARTITION = 100;
const brokers = [`127.0.0.1:${process.env.KAFKA_PORT ?? 19092}`];
const prefix = `bench-scan-${TOPICS}-`;
const kafka = new Kafka({ clientId: 'scout-bench', brokers, logLevel: logLevel.NOTHING });

let peakRss = 0; // RSS: the whole process (baselines and scans), sampled every 50 ms
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
sampler.unref();

function event(topic: number, partition: number, i: number): string {
  return JSON.stringify({
    eventId: `${topic}-${partition}-${i}`,
    occurredAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString(),
    user: { id: 1000 + i, country: ['FR', 'DE', 'PT'][i % 3], premium: i % 7 === 0 },
    amount: (i * 37) / 10,
    tags: ['a', 'b'].slice(0, i % 3),
    ...(i % 4 === 0 ? { coupon: `C${i}` } : {}),
  });
}

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
  const scoutKafka = createKafka({ brokers }, silentLogger);
  const admin = scoutKafka.admin();
  await admin.connect();
  let records = 0;
  const options = { ...defaultSampleOptions, samplesPerPartition: PER_PARTITION };
  await sampleTopics(scoutKafka, admin, names, options, (sample) => Promise.resolve(void (records += sample.ok ? sample.records.length : 0)), silentLogger);
  await admin.disconnect();
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

async function scanTwice(names: string[]): Promise<ScanRun> {
  const dir = await mkdtemp(join(benchRoot, 'scout-bench-'));
  const scan = async () => {
    const started = performance.now();
    const report = await runScan(
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

async function main(): Promise<void> {
  dropKafkajsTimeoutWarnings();
  const names = Array.from({ length: TOPICS }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
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
  const seconds = (ms: number[]) => `${ms.map((m) => (m / 1000).toFixed(1)).join(', ')} s`;
  const ratio = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}× (${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)}×)`;
  };
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
