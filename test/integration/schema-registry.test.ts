import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import avro from 'avsc';
import { runScan, type ScanOptions } from '../../src/scan/run-scan';
import { defaultSampleOptions } from '../../src/kafka/sample';
import { silentLogger } from '../../src/util/log';
import { brokers } from '../support/broker';
import { createTopicWith, deleteTopics, uniqueTopic } from '../support/kafka-fixtures';

const v1 = { type: 'record', name: 'Payment', namespace: 'com.acme', fields: [{ name: 'id', type: 'long' }] };
const v2 = {
  type: 'record',
  name: 'Payment',
  namespace: 'com.acme',
  fields: [
    { name: 'id', type: 'long' },
    { name: 'currency', type: 'string', default: 'EUR' },
  ],
};

function framed(id: number, schema: object, value: object): Buffer {
  const header = Buffer.alloc(5);
  header.writeInt32BE(id, 1);
  return Buffer.concat([header, avro.Type.forSchema(schema as avro.Schema).toBuffer(value)]);
}

describe('Confluent wire format', () => {
  const topic = uniqueTopic('it-confluent');
  const headerTopic = uniqueTopic('it-confluent-header');
  const requests: string[] = [];
  let registry: Server;
  let url: string;
  let dir: string;

  beforeAll(async () => {
    registry = createServer((request, response) => {
      requests.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
      const id = Number(/^\/schemas\/ids\/(\d+)$/.exec(request.url ?? '')?.[1]);
      const schema = id === 1 ? v1 : id === 2 ? v2 : undefined;
      response.setHeader('content-type', 'application/vnd.schemaregistry.v1+json');
      if (!schema) return void response.writeHead(404).end('{"error_code":40403,"message":"Schema not found"}');
      response.end(JSON.stringify({ schema: JSON.stringify(schema) }));
    });
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(registry.address() as AddressInfo).port}`;
    dir = await mkdtemp(join(tmpdir(), 'scout-confluent-'));
    await createTopicWith(topic, 1, [{ value: framed(1, v1, { id: 1 }) }, { value: framed(2, v2, { id: 2, currency: 'USD' }) }]);
    const id = Buffer.alloc(4);
    id.writeInt32BE(2);
    await createTopicWith(headerTopic, 1, [
      { value: avro.Type.forSchema(v2 as avro.Schema).toBuffer({ id: 3, currency: 'PLN' }), headers: { __value_schema_id: id } },
    ]);
  });

  afterAll(async () => {
    await deleteTopics([topic, headerTopic]);
    await new Promise((resolve) => registry.close(resolve));
  });

  const options = (extra: Partial<ScanOptions> = {}): ScanOptions => ({
    connection: { brokers },
    cluster: 'confluent',
    dir,
    filter: { include: [topic, headerTopic] },
    sampling: defaultSampleOptions,
    naming: {},
    ...extra,
  });

  it('is recognised and reported without a registry, inventing no schema', async () => {
    const report = await runScan(options(), silentLogger);
    const outcome = report.topics.find((t) => t.topic === topic)!;
    expect(outcome).toMatchObject({ status: 'new', valueFormat: 'confluent' });
    expect(outcome.warnings.join()).toMatch(/Confluent wire format \(schema id 1, 2\)/);
    await expect(readFile(join(dir, 'confluent', topic, 'value.avsc'), 'utf8')).rejects.toThrow(/ENOENT/);
    expect(report.topics.find((t) => t.topic === headerTopic)).toMatchObject({ valueFormat: 'confluent' });
  });

  it('uses the newest registered Avro writer schema with a registry (magic byte and header forms)', async () => {
    const report = await runScan(options({ schemaRegistry: { url, username: 'key', password: 'registry-secret' } }), silentLogger);
    expect(report.partial).toBe(false);
    for (const name of [topic, headerTopic]) {
      expect(JSON.parse(await readFile(join(dir, 'confluent', name, 'value.avsc'), 'utf8'))).toEqual(v2);
      expect(JSON.parse(await readFile(join(dir, 'confluent', name, 'topic.json'), 'utf8'))).toMatchObject({ valueFormat: 'confluent-avro' });
    }
    expect(requests.filter((r) => r.startsWith('GET /schemas/ids/2')).length).toBe(1); // fetched once per scan
    expect(requests[0]).toContain(`Basic ${Buffer.from('key:registry-secret').toString('base64')}`);
  });

  it('fails the topic by name, files untouched, when the registry lacks the id', async () => {
    const missing = uniqueTopic('it-confluent-missing');
    await createTopicWith(missing, 1, [{ value: framed(99, v1, { id: 1 }) }]);
    try {
      const report = await runScan(options({ filter: { include: [missing] }, schemaRegistry: { url } }), silentLogger);
      expect(report.partial).toBe(true);
      expect(report.topics[0]).toMatchObject({ topic: missing, status: 'failed' });
      expect(report.topics[0]!.error).toMatch(/answered 404 for schema id 99/);
    } finally {
      await deleteTopics([missing]);
    }
  });
});
