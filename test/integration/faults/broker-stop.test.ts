import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { runScan, type ScanOptions, type ScanReport } from '../../../src/scan/run-scan';
import { defaultSampleOptions } from '../../../src/kafka/sample';
import { ExitCode } from '../../../src/util/exit-code';
import type { Logger } from '../../../src/util/log';
import { waitForLeaders } from '../../../src/kafka/wait-for-leaders';
import { kafkaScript } from '../../support/broker';
import { runCli } from '../../support/cli';
import { parseJson } from '../../support/json';

/**
 * A broker of its own (never the shared 9092 one) is stopped in the middle of a scan:
 * topics already read stay written, the others keep their committed files, the error names
 * the broker and the topics left undone, the exit status is partial, and a rerun against the
 * restarted broker (same log dirs, KAFKA_KEEP_DATA=1) finishes the job with no spurious diff.
 */
const port = Number(process.env.KAFKA_FAULT_PORT ?? 19492);
const address = `127.0.0.1:${port}`;
// fetch.max.bytes at its minimum: each fetch response carries about one record batch, so the
// scan reads topics over many fetches and a stop lands in the middle of it.
const env = { KAFKA_PORT: String(port), KAFKA_HEAP: '512m', KAFKA_EXTRA_PROPERTIES: 'fetch.max.bytes=1024' };
const script = fileURLToPath(new URL('../../../scripts/kafka.sh', import.meta.url));
const topics = Array.from({ length: 30 }, (_, i) => `fault-stop-${String(i).padStart(2, '0')}`);
/** Topics written before the broker is stopped (the stop happens inside the 5th topic's log line). */
const STOP_AFTER = 5;

async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(root, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

function recordingLogger(lines: string[]): Logger {
  const record = (message: string) => {
    lines.push(message);
    if (process.env.SCOUT_TEST_DEBUG) process.stderr.write(`[scan] ${message}\n`);
  };
  return { debug: record, info: record, warn: record, error: record };
}

async function produceRound(kafka: Kafka, shape: (i: number) => object): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await producer.sendBatch({
      topicMessages: topics.map((topic, t) => ({
        topic,
        messages: [0, 1].map((i) => ({ key: `k${i}`, value: JSON.stringify(shape(t * 10 + i)) })),
      })),
    });
  } finally {
    await producer.disconnect();
  }
}

/** The scan CLI; when `stopAfter` is set, the broker is stopped synchronously inside the log line of that many written topics. */
async function scanCli(args: string[], stopAfter?: number): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let written = 0;
  const run = await runCli(['scan', ...args], {
    onStderr: (chunk) => {
      // Logged by runScan right after a topic's files were written (every topic is cut short by the byte budget).
      if (stopAfter !== undefined && /sample cut short/.test(chunk) && ++written === stopAfter) {
        execFileSync('bash', [script, 'stop'], { env: { ...process.env, ...env }, stdio: 'ignore', timeout: 60_000 });
      }
    },
  });
  return { stdout: run.stdout, stderr: run.stderr, exitCode: run.code };
}

describe('broker stopped in the middle of a scan', () => {
  let dir: string;
  let kafka: Kafka;
  const logs: string[] = [];
  const options = (): ScanOptions => ({
    // a stopped broker refuses connections at once; the timeout only matters for a loaded machine
    connection: { brokers: [address], connectionTimeoutMs: 10_000 },
    cluster: 'faults',
    dir,
    filter: { include: ['fault-stop-.*'] },
    sampling: { ...defaultSampleOptions, samplesPerPartition: 2, maxBytesPerTopic: 1, topicTimeoutMs: 40_000 },
    naming: {},
  });
  const cliArgs = () => [
    '--brokers',
    address,
    '--cluster',
    'faults',
    '--dir',
    dir,
    '--include',
    'fault-stop-.*',
    '--samples',
    '2',
    '--max-bytes-per-topic',
    '1',
    '--topic-timeout',
    '40000',
    '--json',
  ];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-broker-stop-'));
    await kafkaScript('stop', env);
    await kafkaScript('start', env);
    kafka = new Kafka({ brokers: [address], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: topics.map((topic) => ({ topic, numPartitions: 1 })) });
    await waitForLeaders(
      admin,
      topics.map((topic) => ({ topic, partitions: 1 })),
    );
    await admin.disconnect();
    await produceRound(kafka, (i) => ({ id: i, name: `n${i}` }));
  }, 180_000);

  afterAll(async () => {
    await kafkaScript('stop', env);
    await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('keeps what was read, leaves the rest as committed, reports partial (3), and a rerun finishes with no spurious diff', async () => {
    const first = await runScan(options(), recordingLogger(logs));
    if (process.env.SCOUT_TEST_DEBUG) process.stderr.write(`first scan done\n`);
    expect(first.topics.filter((t) => t.status === 'failed').map((t) => `${t.topic}: ${t.error}`)).toEqual([]);
    expect(first.topics.filter((t) => t.status === 'new')).toHaveLength(topics.length);
    const committed = await snapshot(dir);

    // New shape everywhere; only the topics read before the stop may show it.
    await produceRound(kafka, (i) => ({ id: i, name: `n${i}`, region: 'eu' }));
    const stopped = await scanCli(cliArgs(), STOP_AFTER);
    if (stopped.exitCode !== ExitCode.partial || process.env.SCOUT_TEST_DEBUG) process.stderr.write(`${stopped.stderr}\n${stopped.stdout}\n`);
    expect(stopped.exitCode).toBe(ExitCode.partial);
    const report = JSON.parse(stopped.stdout) as ScanReport;
    expect(report.partial).toBe(true);
    expect(report.topics.map((t) => t.topic).sort()).toEqual(topics);
    const read = report.topics.filter((t) => t.status === 'changed').map((t) => t.topic);
    const failed = report.topics.filter((t) => t.status === 'failed');
    expect(read.length).toBeGreaterThanOrEqual(STOP_AFTER);
    expect(failed.length).toBeGreaterThan(0);
    expect(read.length + failed.length).toBe(topics.length);
    for (const outcome of failed) expect(outcome.error).toContain(address);
    // ended by the lost broker's retries, not by the topic time budget
    for (const outcome of failed) expect(outcome.error).not.toMatch(/time budget/);
    // What was left undone is named, once, in the log.
    expect(stopped.stderr).toMatch(new RegExp(`Kafka at ${address.replace(/\./g, '\\.')}.*${failed.length} topic\\(s\\) not read`));
    for (const outcome of failed) expect(stopped.stderr).toContain(outcome.topic);

    const after = await snapshot(dir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(committed).sort()); // no temp files, nothing missing
    for (const [file, content] of Object.entries(after)) {
      expect(() => parseJson(content)).not.toThrow();
      const topic = file.split('/')[1]!;
      if (read.includes(topic)) {
        if (file.endsWith('value.avsc')) expect(content).toContain('"region"');
      } else {
        expect(content).toBe(committed[file]); // untouched
      }
    }

    // Restart on the same log dirs: the rerun reads the rest, and only the rest changes.
    await kafkaScript('start', { ...env, KAFKA_KEEP_DATA: '1' });
    const rerun = await runScan(options(), recordingLogger(logs));
    expect(rerun.partial).toBe(false);
    const changed = rerun.topics
      .filter((t) => t.status === 'changed')
      .map((t) => t.topic)
      .sort();
    expect(changed).toEqual(failed.map((t) => t.topic).sort());
    expect(
      rerun.topics
        .filter((t) => t.status === 'unchanged')
        .map((t) => t.topic)
        .sort(),
    ).toEqual([...read].sort());
    for (const outcome of rerun.topics.filter((t) => t.status === 'changed')) {
      expect(outcome.changedFiles).toEqual([`faults/${outcome.topic}/value.avsc`]);
    }
    const final = await snapshot(dir);
    for (const topic of topics) expect(final[`faults/${topic}/value.avsc`]).toContain('"region"');
    const again = await runScan(options(), recordingLogger(logs));
    expect(again.topics.every((t) => t.status === 'unchanged')).toBe(true);
  }, 120_000);
});
