/**
 * Scan benchmark (issue: discovery and sampling). On the local broker: TOPICS topics ×
 * 3 partitions × 100 JSON messages. Measures, in the same run:
 *   baseline  a bare kafkajs consumer that only fetches the same records (one group, all topics)
 *   scan      the whole scan: discover + configs + offsets + sample + decode + infer + write
 * and reports wall times, their ratio, and the peak RSS of the process.
 * Run: npm run bench:scan   (BENCH_TOPICS=1000 by default; topics are created once and reused;
 * BENCH_VERBOSE=1 prints the scan's stage timings; BENCH_SCAN_ONLY=1 skips the baseline, for profiling)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { fetchOffsetsInOneRequest } from '../src/kafka/batch-offsets';
import { runScan } from '../src/scan/run-scan';
import { defaultSampleOptions } from '../src/kafka/sample';
import { silentLogger, type Logger } from '../src/util/log';
import { dropKafkajsTimeoutWarnings } from '../src/util/quiet-warnings';


const TOPICS = Number(process.env.BENCH_TOPICS ?? 1000);
const PARTITIONS = 3;
const PER_PARTITION = 100;
const brokers = [`127.0.0.1:${process.env.KAFKA_PORT ?? 9092}`];
const prefix = `bench-scan-${TOPICS}-`;
const kafka = new Kafka({ clientId: 'scout-bench', brokers, logLevel: logLevel.NOTHING });

let peakRss = 0;
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
  const offsets = present.length > 0 ? await fetchOffsetsInOneRequest(kafka, present) : new Map();
  const unfilled = present.filter((name) => (offsets?.get(name) ?? []).every((partition: { high: string }) => partition.high === '0'));
  const missing = [...absent, ...unfilled];
  if (missing.length === 0) return;
  await new Promise((resolve) => setTimeout(resolve, 3000)); // leaders of new partitions
  const producer = kafka.producer({ allowAutoTopicCreation: false });
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
      eachBatch: async ({ batch }) => {
        received += batch.messages.length;
        if (received >= expected) resolve();
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

const benchStarted = performance.now();
const timedLogger: Logger = {
  ...silentLogger,
  debug: (message) => console.error(`[${((performance.now() - benchStarted) / 1000).toFixed(2)} s] ${message}`),
};

async function scanOnce(names: string[]): Promise<{ ms: number; records: number; failed: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'scout-bench-'));
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
  const ms = performance.now() - started;
  await rm(dir, { recursive: true, force: true });
  if (report.topics.length !== names.length) throw new Error(`scan saw ${report.topics.length} topics, expected ${names.length}`);
  return {
    ms,
    records: report.topics.reduce((sum, topic) => sum + topic.records, 0),
    failed: report.topics.filter((topic) => topic.status === 'failed').length,
  };
}

async function main(): Promise<void> {
  dropKafkajsTimeoutWarnings();
  const names = Array.from({ length: TOPICS }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
  await ensureTopics(names);
  if (process.env.BENCH_SCAN_ONLY) {
    const scan = await scanOnce(names);
    console.log(`scan ${(scan.ms / 1000).toFixed(1)} s, ${scan.records} records, ${scan.failed} failed`);
    return;
  }
  const baselineMs = await baselineFetch(names);
  const rssAfterBaseline = peakRss;
  const scan = await scanOnce(names);
  clearInterval(sampler);
  const rows = [
    ['topics × partitions × messages', `${TOPICS} × ${PARTITIONS} × ${PER_PARTITION}`],
    ['baseline fetch (bare kafkajs consumer)', `${(baselineMs / 1000).toFixed(1)} s`],
    ['scan (discover → sample → infer → write)', `${(scan.ms / 1000).toFixed(1)} s`],
    ['scan / baseline', `${(scan.ms / baselineMs).toFixed(2)}×`],
    ['records sampled by the scan', String(scan.records)],
    ['topics failed', String(scan.failed)],
    ['peak RSS (process, baseline then scan)', `${(rssAfterBaseline / 2 ** 20).toFixed(0)} MiB → ${(peakRss / 2 ** 20).toFixed(0)} MiB`],
  ];
  for (const [name, value] of rows) console.log(`${name!.padEnd(44)} ${value}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
