import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScan, type ScanOptions } from '../../src/scan/run-scan';
import { defaultSampleOptions } from '../../src/kafka/sample';
import { main } from '../../src/program';
import { silentLogger } from '../../src/util/log';
import { brokers } from '../support/broker';
import { snapshotFiles } from '../support/files';
import { fieldNames, readJson } from '../support/json';
import { createTopicWith, deleteTopics, produce, testKafka, uniqueTopic } from '../support/kafka-fixtures';
import { startKafkaProxy } from '../support/kafka-proxy';

function options(dir: string, topics: string[], sampling: Partial<ScanOptions['sampling']> = {}): ScanOptions {
  return {
    connection: { brokers },
    cluster: 'edges',
    dir,
    filter: { include: topics },
    sampling: { ...defaultSampleOptions, topicTimeoutMs: 20_000, ...sampling },
    naming: {},
  };
}

describe('sampling edge cases on a real broker', () => {
  const transactional = uniqueTopic('it-edge-tx');
  const retained = uniqueTopic('it-edge-retention');
  const budget = uniqueTopic('it-edge-budget');
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-edges-'));
    await createTopicWith(transactional, 1);
    await createTopicWith(retained, 2, [
      { value: JSON.stringify({ a: 1 }), partition: 0 },
      { value: JSON.stringify({ a: 2 }), partition: 1 },
    ]);
    await createTopicWith(budget, 1, [{ value: JSON.stringify({ id: 1 }) }]);
  });

  afterAll(() => deleteTopics([transactional, retained, budget]));

  it('finishes a transactional topic whose tail is markers and aborted records, reading committed records only', async () => {
    const producer = testKafka().producer({ transactionalId: `${transactional}-tx`, idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const send = async (commit: boolean, values: object[]) => {
      const tx = await producer.transaction();
      await tx.send({ topic: transactional, messages: values.map((value) => ({ value: JSON.stringify(value) })) });
      await (commit ? tx.commit() : tx.abort());
    };
    await send(true, [{ kept: 1 }, { kept: 2 }]);
    await send(false, [{ aborted: true }]);
    await send(true, [{ kept: 3 }]);
    await send(false, [{ aborted: true }, { aborted: true }]);
    await producer.disconnect();

    const report = await runScan(options(dir, [transactional]), silentLogger);
    // done by offsets, not by the time budget (which would fail the topic or leave a warning)
    expect(report.topics[0]).toMatchObject({ status: 'new', records: 3, warnings: [] });
    const schema = await readJson(join(dir, 'edges', transactional, 'value.avsc'));
    expect(fieldNames(schema)).toEqual(['kept']);
  });

  it('keeps the committed schema when retention has emptied the partitions', async () => {
    await runScan(options(dir, [retained]), silentLogger);
    const before = await snapshotFiles(join(dir, 'edges', retained));
    expect(before['value.avsc']).toBeDefined();
    const admin = testKafka().admin();
    await admin.connect();
    await admin.fetchTopicMetadata({ topics: [retained] }); // deleteTopicRecords needs the leaders known
    await admin.deleteTopicRecords({
      topic: retained,
      partitions: [
        { partition: 0, offset: '-1' },
        { partition: 1, offset: '-1' },
      ],
    });
    await admin.disconnect();
    const report = await runScan(options(dir, [retained]), silentLogger);
    expect(report.topics[0]).toMatchObject({ status: 'unchanged', records: 0 });
    expect(await snapshotFiles(join(dir, 'edges', retained))).toEqual(before);
  });

  it('fails a topic out of time budget by name, leaves its files untouched and exits 3', async () => {
    await runScan(options(dir, [budget]), silentLogger);
    const before = await snapshotFiles(join(dir, 'edges', budget));
    await produce(budget, [{ value: JSON.stringify({ id: 2, added: 'x' }) }]);
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk: string) => (stderr.push(String(chunk)), true);
    const stdout = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true;
    // Through a proxy that delays each way by 5 ms, the offsets alone take longer than the 1 ms
    // budget, however fast the machine: the deadline has passed before the first Fetch.
    const [host, port] = brokers[0]!.split(':');
    const proxy = await startKafkaProxy({ upstream: { host: host!, port: Number(port) }, advertiseSelf: true, delayMs: 5 });
    let code: number;
    try {
      code = await main(['scan', '--brokers', `127.0.0.1:${proxy.port}`, '--cluster', 'edges', '--dir', dir, '--include', budget, '--scan-timeout', '1']);
    } finally {
      process.stderr.write = write;
      process.stdout.write = stdout;
      await proxy.close();
    }
    expect(code).toBe(3);
    expect(stderr.join('')).toContain(`topic ${budget}: not read within the scan time budget (1 ms)`);
    expect(await snapshotFiles(join(dir, 'edges', budget))).toEqual(before);
  });
});
