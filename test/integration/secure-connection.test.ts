import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, Kafka, logLevel, ResourcePatternTypes } from 'kafkajs';
import { runScan, type ScanOptions } from '../../src/scan/run-scan';
import { defaultSampleOptions } from '../../src/kafka/sample';
import type { ConnectionOptions } from '../../src/kafka/connect';
import type { Logger } from '../../src/util/log';
import { waitForLeaders } from '../../src/kafka/wait-for-leaders';
import { kafkaScript } from '../support/broker';

const run = promisify(execFile);
const port = Number(process.env.KAFKA_SECURE_PORT ?? 19392);
/** A string only a sampled message holds. */
const SAMPLED_VALUE = 'sampled-value-5c1e9a';
const saslPort = port + 2;
const tlsPort = port + 3;
const password = 'scout-Secret-9f3a1c';
const plainPassword = 'scout-Plain-77d2e0';

async function openssl(dir: string, ...args: string[]): Promise<void> {
  await run('openssl', args, { cwd: dir });
}

/** A CA, a broker certificate for 127.0.0.1 and a client certificate, all made here. */
async function makeCertificates(dir: string): Promise<void> {
  await openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=scout-test-ca');
  for (const [name, cn, ext] of [
    ['server', '127.0.0.1', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
    ['client', 'scout-client', 'extendedKeyUsage=clientAuth'],
  ] as const) {
    await openssl(dir, 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
    await writeFile(join(dir, `${name}.ext`), `${ext}\n`);
    await openssl(
      dir,
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    );
  }
  await writeFile(join(dir, 'server-keystore.pem'), (await readFile(join(dir, 'server.key'), 'utf8')) + (await readFile(join(dir, 'server.pem'), 'utf8')));
}

function brokerProperties(dir: string): string {
  return [
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${port + 1},SASL_PLAINTEXT://127.0.0.1:${saslPort},SSL://127.0.0.1:${tlsPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port},SASL_PLAINTEXT://127.0.0.1:${saslPort},SSL://127.0.0.1:${tlsPort}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SSL:SSL',
    'sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512',
    `listener.name.sasl_plaintext.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required user_scout="${plainPassword}";`,
    'listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'listener.name.ssl.ssl.keystore.type=PEM',
    `listener.name.ssl.ssl.keystore.location=${join(dir, 'server-keystore.pem')}`,
    'listener.name.ssl.ssl.truststore.type=PEM',
    `listener.name.ssl.ssl.truststore.location=${join(dir, 'ca.pem')}`,
    'listener.name.ssl.ssl.client.auth=required',
    // ACLs apply; resources without any ACL stay open to everyone (the other tests need no grants).
    'authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'allow.everyone.if.no.acl.found=true',
  ].join('\n');
}

function recordingLogger(lines: string[]): Logger {
  const record = (message: string) => void lines.push(message);
  return { debug: record, info: record, warn: record, error: record };
}

describe('SASL and TLS against a real broker', () => {
  const env = { KAFKA_PORT: String(port), KAFKA_HEAP: '512m' };
  const topic = 'secure-orders';
  /** scout may describe it (it is listed, its offsets read) but not read its records. */
  const forbidden = 'secure-forbidden';
  let certs: string;
  let dir: string;
  const logs: string[] = [];

  beforeAll(async () => {
    certs = await mkdtemp(join(tmpdir(), 'scout-certs-'));
    dir = await mkdtemp(join(tmpdir(), 'scout-secure-'));
    await makeCertificates(certs);
    await kafkaScript('stop', env);
    await kafkaScript('start', {
      ...env,
      KAFKA_EXTRA_PROPERTIES: brokerProperties(certs),
      KAFKA_SCRAM_USERS: `SCRAM-SHA-256=[name=scout,password=${password}];SCRAM-SHA-512=[name=scout,password=${password}]`,
    });
    const kafka = new Kafka({ brokers: [`127.0.0.1:${port}`], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic, numPartitions: 1 },
        { topic: forbidden, numPartitions: 2 },
      ],
    });
    await waitForLeaders(admin, [
      { topic, partitions: 1 },
      { topic: forbidden, partitions: 2 },
    ]);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({ topic, messages: [{ value: JSON.stringify({ id: 1, secretish: password, note: SAMPLED_VALUE }) }] });
    await producer.send({ topic: forbidden, messages: [0, 1].map((partition) => ({ partition, value: '{"hidden":true}' })) });
    await producer.disconnect();
    const acl = (operation: AclOperationTypes, permissionType: AclPermissionTypes) => ({
      resourceType: AclResourceTypes.TOPIC,
      resourceName: forbidden,
      resourcePatternType: ResourcePatternTypes.LITERAL,
      principal: 'User:scout',
      host: '*',
      operation,
      permissionType,
    });
    await admin.createAcls({ acl: [acl(AclOperationTypes.DESCRIBE, AclPermissionTypes.ALLOW), acl(AclOperationTypes.READ, AclPermissionTypes.DENY)] });
    await admin.disconnect();
  }, 180_000);

  afterAll(() => kafkaScript('stop', env), 60_000);

  const scan = (connection: ConnectionOptions, cluster: string) => {
    const options: ScanOptions = {
      connection,
      cluster,
      dir,
      filter: { include: [topic] },
      sampling: defaultSampleOptions,
      naming: {},
    };
    return runScan(options, recordingLogger(logs));
  };

  it.each(['scram-sha-256', 'scram-sha-512'] as const)('scans over SASL %s', async (mechanism) => {
    const report = await scan({ brokers: [`127.0.0.1:${saslPort}`], sasl: { mechanism, username: 'scout', password } }, mechanism);
    expect(report.topics).toMatchObject([{ topic, status: 'new', records: 1 }]);
  });

  it('fails a topic the user may not read by name, reads the others, and leaves the failed files untouched', async () => {
    const connection: ConnectionOptions = { brokers: [`127.0.0.1:${saslPort}`], sasl: { mechanism: 'scram-sha-512', username: 'scout', password } };
    const options: ScanOptions = { connection, cluster: 'acl', dir, filter: { include: [topic, forbidden] }, sampling: defaultSampleOptions, naming: {} };
    let report = await runScan(options, recordingLogger(logs));
    for (let tries = 0; report.topics.length < 2 && tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250)); // the ACLs reach the broker's metadata
      report = await runScan(options, recordingLogger(logs));
    }
    const byTopic = new Map(report.topics.map((outcome) => [outcome.topic, outcome]));
    expect(byTopic.get(topic)).toMatchObject({ status: 'new', records: 1 });
    expect(byTopic.get(forbidden)).toMatchObject({ status: 'failed', records: 0 });
    expect(byTopic.get(forbidden)?.error).toMatch(/could not read records: .*(authoriz|Authoriz)/);
    expect(report.partial).toBe(true);
    await expect(readFile(join(dir, 'acl', forbidden, 'topic.json'), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('scans over SASL plain', async () => {
    const report = await scan({ brokers: [`127.0.0.1:${saslPort}`], sasl: { mechanism: 'plain', username: 'scout', password: plainPassword } }, 'plain');
    expect(report.topics).toMatchObject([{ topic, status: 'new', records: 1 }]);
  });

  it('scans over TLS with a CA and a client certificate the test created', async () => {
    const report = await scan(
      {
        brokers: [`127.0.0.1:${tlsPort}`],
        ssl: { ca: join(certs, 'ca.pem'), cert: join(certs, 'client.pem'), key: join(certs, 'client.key') },
      },
      'tls',
    );
    expect(report.topics).toMatchObject([{ topic, status: 'new', records: 1 }]);
  });

  it('fails with a clear error, without the password, when the password is wrong', async () => {
    const wrong = 'wrong-Password-123';
    const error = await scan(
      { brokers: [`127.0.0.1:${saslPort}`], sasl: { mechanism: 'scram-sha-512', username: 'scout', password: wrong }, connectionTimeoutMs: 3000 },
      'wrong',
    ).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/cannot connect to Kafka at 127\.0\.0\.1:\d+: .*(SASL|authentication|Authentication)/);
    expect((error as Error).message).not.toContain(wrong);
  });

  it('fails TLS without the right CA', async () => {
    const error = await scan({ brokers: [`127.0.0.1:${tlsPort}`], ssl: true, connectionTimeoutMs: 3000 }, 'bad-ca').catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/cannot connect to Kafka/);
  });

  it('logs neither the SASL passwords nor a sampled value, at debug level too', () => {
    const all = logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    expect(all).not.toContain(password);
    expect(all).not.toContain(plainPassword);
    expect(all).not.toContain(SAMPLED_VALUE);
  });
});
