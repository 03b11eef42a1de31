import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBrokerRefusal, SCRIPT_CLUSTER_ID } from '../../src/demo/demo-broker';
import { brokers } from '../support/broker';
import { runCli } from '../support/cli';

/** `npm run demo` runs this command on its own broker (port 19292); here it runs on the tests' broker, which scripts/kafka.sh started too. */
describe('the demo tells the whole story', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const demo = (dir: string) => runCli(['demo', '--brokers', brokers.join(','), '--dir', dir]);
  const section = (stdout: string, title: string) => {
    const start = stdout.indexOf(`=== ${title}`);
    const end = stdout.indexOf('\n=== ', start + 1);
    return start < 0 ? '' : stdout.slice(start, end < 0 ? undefined : end);
  };

  it('first scan, a producer release, a rescan, the pull request with a breaking and a safe change, what next; a rerun tells it again', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-demo-'));
    dirs.push(dir);
    const run = await demo(dir);
    expect(run.code).toBe(0);
    const titles = ['1. First scan', '2. A producer release', '3. Rescan', '4. The pull request', 'What next'];
    const positions = titles.map((title) => run.stdout.indexOf(`=== ${title}`));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    expect(section(run.stdout, '1. First scan')).toContain('3 new, 0 changed, 0 unchanged, 0 failed');
    expect(section(run.stdout, '3. Rescan')).toContain('0 new, 2 changed, 1 unchanged, 0 failed');

    // The preview is the action's own pull request body: the breaking change and the safe one.
    const preview = section(run.stdout, '4. The pull request');
    expect(preview).toContain('<!-- kafka-schema-scout:pull-request cluster=local -->');
    const row = (path: string) => preview.split('\n').find((line) => line.startsWith('|') && line.includes(path)) ?? '';
    expect(row('value.customer.id')).toContain('FORWARD'); // old consumers (a long) fail on a string
    expect(row('value.device')).toMatch(/added/);
    expect(row('value.device')).not.toMatch(/FORWARD|BACKWARD/); // a new optional field breaks nobody
    // With the sample's evidence (counts, never values): the breaking field was seen as both types.
    expect(preview).toMatch(/<code>customer\.id<\/code> is now sometimes a <code>string<\/code>[^\n]*present in \d+ of \d+/);

    const next = section(run.stdout, 'What next');
    expect(next).toContain('docs/workflows/scan.yml');
    expect(next).toContain(`KAFKA_PORT=${brokers[0]!.split(':')[1]} npm run kafka:stop`);

    // Types and counts only: no sampled value (order ids, e-mails, SKUs, session keys, log lines) is printed.
    for (const value of ['@example.com', 'SKU-', 'session-', 'C-1000', 'Main St', 'request served']) expect(run.stdout).not.toContain(value);
    const orders = JSON.parse(await readFile(join(dir, 'local', 'shop.orders', 'value.avsc'), 'utf8')) as {
      fields: Array<{ name: string; type: { fields?: Array<{ name: string; type: unknown }> } }>;
    };
    const customer = orders.fields.find((field) => field.name === 'customer')!.type;
    expect(customer.fields!.find((field) => field.name === 'id')!.type).toEqual(['long', 'string']);

    // A rerun resets the demo's own topics and folder and tells the same story (the sampled
    // offsets and times move on: the topics' records are deleted, not their offsets).
    const again = await demo(dir);
    expect(again.code).toBe(0);
    const story = (stdout: string) => stdout.replace(/offsets? [^\n]*/g, 'offsets …');
    expect(story(again.stdout)).toBe(story(run.stdout));
  });

  it('leaves a --dir alone whose cluster folder holds anything but the demo topics, before writing to Kafka', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-demo-foreign-'));
    dirs.push(dir);
    await mkdir(join(dir, 'local', 'payments'), { recursive: true });
    const run = await demo(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("holds payments, not the demo's: pick another --dir");
    expect(await readdir(join(dir, 'local'))).toEqual(['payments']);
    expect(run.stdout).toBe('');
  });

  it('writes only to a local broker that scripts/kafka.sh formatted', async () => {
    expect(await readFile(new URL('../../scripts/kafka.sh', import.meta.url), 'utf8')).toContain(`format -t "${SCRIPT_CLUSTER_ID}"`);
    expect(demoBrokerRefusal(['127.0.0.1:19292'], SCRIPT_CLUSTER_ID)).toBeUndefined();
    expect(demoBrokerRefusal(['127.0.0.1:9092'], 'a-cluster-of-yours')).toContain('was not started by scripts/kafka.sh');
    expect(demoBrokerRefusal(['kafka.example.com:9092'], SCRIPT_CLUSTER_ID)).toContain('only writes to a local broker');
  });
});
