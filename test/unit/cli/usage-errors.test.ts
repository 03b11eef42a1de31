import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../support/cli';

/**
 * Bad input is refused where it enters, as a usage error (exit code 2) that names the flag and the
 * rule, before anything is read from Kafka or written: never turned into invalid Avro or a plain failure.
 * The brokers are unreachable on purpose: a check that ran only after connecting would exit 1.
 */
const NOWHERE = '127.0.0.1:1';

let dir = '';
let events = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scout-usage-'));
  events = join(dir, 'events.ndjson');
  await writeFile(events, '{"id":1}\n');
  await mkdir(join(dir, 'a-folder'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const AVRO_NAME_RULE = '[A-Za-z_][A-Za-z0-9_]*';

describe('Avro namespaces', () => {
  test.each(['a..b', '1abc', 'a-b', '.a', 'a.', 'com.1acme'])(
    'infer --namespace %j: exit 2, naming the flag and the rule, nothing printed',
    async (namespace) => {
      const { code, stdout, stderr } = await runCli(['infer', '--namespace', namespace, events]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('--namespace');
      expect(stderr).toContain(JSON.stringify(namespace));
      expect(stderr).toContain(AVRO_NAME_RULE);
    },
  );

  test('infer with valid namespaces still works', async () => {
    for (const namespace of ['com.acme', '_x.y_1', 'A']) {
      const { code, stdout } = await runCli(['infer', '--namespace', namespace, events]);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ namespace });
    }
  });

  test('scan --namespace bad..ns-1: exit 2 before connecting', async () => {
    const { code, stderr } = await runCli(['scan', '--brokers', NOWHERE, '--namespace', 'bad..ns-1', '--dir', join(dir, 'schemas')]);
    expect(code).toBe(2);
    expect(stderr).toContain('--namespace "bad..ns-1"');
    expect(stderr).toContain(AVRO_NAME_RULE);
  });
});

test('credentials written into --brokers are refused without being repeated', async () => {
  const { code, stderr } = await runCli(['scan', '--brokers', 'user:s3cret-Pw@127.0.0.1:9092', '--dir', join(dir, 'schemas')]);
  expect(code).toBe(2);
  expect(stderr).toContain('invalid broker address "***@127.0.0.1:9092"');
  expect(stderr).not.toContain('s3cret-Pw');
});

describe('cluster names', () => {
  test.each(['../escape', '', '.', 'a/b'])('scan -c %j: exit 2 before connecting', async (cluster) => {
    const { code, stderr } = await runCli(['scan', '--brokers', NOWHERE, '-c', cluster, '--dir', join(dir, 'schemas')]);
    expect(code).toBe(2);
    expect(stderr).toContain('--cluster');
  });

  test.each(['../escape', '', '..'])('emit -c %j: exit 2', async (cluster) => {
    const { code, stderr } = await runCli(['emit', '-c', cluster, '--dir', dir, '--out', join(dir, 'out.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('--cluster');
  });
});

describe('emit --gms', () => {
  test.each(['ftp://x', 'datahub-gms:8080', 'file:///etc/passwd', 'not a url'])('%j: exit 2 naming the flag', async (gms) => {
    const { code, stderr } = await runCli(['emit', '--gms', gms, '--dir', dir], { env: { DATAHUB_GMS_TOKEN: undefined } });
    expect(code).toBe(2);
    expect(stderr).toContain('--gms');
    expect(stderr).toMatch(/http:\/\/ or https:\/\//);
  });
});

describe('infer inputs', () => {
  test('a missing file: exit 2, naming the file', async () => {
    const missing = join(dir, 'missing.ndjson');
    const { code, stdout, stderr } = await runCli(['infer', events, missing]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(missing);
  });

  test('a directory: exit 2, naming it', async () => {
    const folder = join(dir, 'a-folder');
    const { code, stdout, stderr } = await runCli(['infer', folder]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(folder);
    expect(stderr).toContain('directory');
  });

  test('--prior missing stays exit 2', async () => {
    const { code } = await runCli(['infer', '--prior', join(dir, 'nope.avsc'), events]);
    expect(code).toBe(2);
  });
});

describe('emit links and identities', () => {
  test.each([
    [['--pull-request', 'https://github.com/o/r/pull/1'], '--pull-request needs --source-url'],
    [['--source-url', 'ftp://github.com/o/r'], '--source-url'],
    [['--owner-mapping', '@user=urn:li:tag:{user}'], '--owner-mapping'],
    [['--platform-instance', 'a,b'], '--platform-instance'],
    [['--env', 'pro d'], '--env'],
  ])('emit %j: exit 2, naming the flag', async (flags, message) => {
    const { code, stderr } = await runCli(['emit', '--dir', dir, '--out', join(dir, 'out.json'), ...flags]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test.each([
    [['--platform-instance', 'a b'], '--platform-instance'],
    [['--datahub-env', 'x-y'], '--datahub-env'],
  ])('scan %j: exit 2 before connecting, naming the flag', async (flags, message) => {
    const { code, stderr } = await runCli(['scan', '--brokers', NOWHERE, '--dir', dir, ...flags]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test('emit --source-url --pull-request: each dataset links to its folder and the pull request', async () => {
    const root = join(dir, 'links');
    await mkdir(join(root, 'prod', 'orders'), { recursive: true });
    await writeFile(join(root, 'prod', 'orders', 'value.avsc'), '"string"\n');
    const out = join(dir, 'links.json');
    const { code } = await runCli([
      'emit',
      '--dir',
      root,
      '--out',
      out,
      '--source-url',
      'https://github.com/o/r/tree/main/kafka-schemas/',
      '--pull-request',
      'https://github.com/o/r/pull/7',
    ]);
    expect(code).toBe(0);
    const written = JSON.parse(await readFile(out, 'utf8')) as Array<{
      aspectName: string;
      aspect: { json: { elements?: Array<{ url: string; description: string }> } };
    }>;
    expect(written.find((mcp) => mcp.aspectName === 'institutionalMemory')!.aspect.json.elements!.map((e) => [e.url, e.description])).toEqual([
      ['https://github.com/o/r/tree/main/kafka-schemas/prod/orders', 'Schema source of orders (reviewed in the repository)'],
      ['https://github.com/o/r/pull/7', 'Pull request #7 that last changed orders'],
    ]);
  });
});

test('a usage mistake is one line and a pointer to --help, not the whole help', async () => {
  const { code, stderr } = await runCli(['scan', '--brokers', '127.0.0.1:1', '--no-such-flag']);
  expect(code).toBe(2);
  expect(stderr).toContain("unknown option '--no-such-flag'");
  expect(stderr).toContain('(see kafka-schema-scout --help, or kafka-schema-scout <command> --help)');
  expect(stderr).not.toContain('Options:');
});

test('diff --fail-on says why it failed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'scout-diff-why-'));
  const v1 = join(dir, 'v1.avsc');
  const v2 = join(dir, 'v2.avsc');
  await writeFile(v1, JSON.stringify({ type: 'record', name: 'R', fields: [{ name: 'a', type: 'long' }] }));
  await writeFile(
    v2,
    JSON.stringify({
      type: 'record',
      name: 'R',
      fields: [
        { name: 'a', type: 'long' },
        { name: 'b', type: 'long' },
      ],
    }),
  );
  const { code, stderr } = await runCli(['diff', v1, v2, '--fail-on', 'BACKWARD']);
  expect(code).toBe(1);
  expect(stderr).toContain('the change does not keep BACKWARD');
});
