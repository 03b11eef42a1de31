import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { EmitReport } from '../../../src/datahub/emit-run';
import { brokers } from '../../support/broker';
import { makeFifo, releaseFifo, runCli, type CliRun } from '../../support/cli';
import { parseJson } from '../../support/json';
import { createTopicWith, deleteTopics } from '../../support/kafka-fixtures';

/**
 * Links and special files in a committed tree (DESIGN.md: nothing under the schema tree is read or
 * written through a link). The outside files hold a marker that must appear nowhere: not in the
 * proposals, not on stdout or stderr. It is 10 characters long, as long as the piece of a text
 * that V8's JSON.parse quotes in its error message.
 */
const MARKER = `LEAK${randomBytes(3).toString('hex')}`;
const LINK = 'is a symbolic link; links are not followed in the schema tree';
const GOOD_SCHEMA = `${JSON.stringify({ type: 'record', name: 'Good', fields: [{ name: 'id', type: 'long' }] }, null, 2)}\n`;
const OUTSIDE_SCHEMA = `${JSON.stringify({ type: 'record', name: 'Outside', doc: MARKER, fields: [{ name: MARKER, type: 'string' }] }, null, 2)}\n`;
const OUTSIDE_TOPIC = `${JSON.stringify({ partitions: 1, description: MARKER, owners: [`urn:li:corpuser:${MARKER}`], configs: { 'retention.ms': MARKER } }, null, 2)}\n`;

async function put(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

async function link(target: string, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await symlink(target, path);
}

function expectNoMarker(...texts: string[]): void {
  for (const text of texts) expect(text).not.toContain(MARKER);
}

let work: string;
/** Files and a folder outside any schema tree. */
let outside: { topicFile: string; passwd: string; topicFolder: string; clusterFolder: string; emptyFolder: string };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scout-links-'));
  const root = join(work, 'outside');
  outside = {
    topicFile: join(root, 'topic.json'),
    passwd: join(root, 'passwd'),
    topicFolder: join(root, 'topic-folder'),
    clusterFolder: join(root, 'cluster-folder'),
    emptyFolder: join(root, 'empty-folder'),
  };
  await put(outside.topicFile, OUTSIDE_TOPIC);
  await put(outside.passwd, `${MARKER}:x:0:0:root:/root:/bin/bash\n`);
  await put(join(outside.topicFolder, 'value.avsc'), OUTSIDE_SCHEMA);
  await put(join(outside.topicFolder, 'topic.json'), OUTSIDE_TOPIC);
  await put(join(outside.clusterFolder, 'orders', 'value.avsc'), OUTSIDE_SCHEMA);
  await mkdir(outside.emptyFolder, { recursive: true });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('emit never reads through a link or a special file in the schema tree', () => {
  let count = 0;
  /** FIFOs made by the tests: released at the end, in case a reader hangs on one. */
  const fifos: string[] = [];

  afterAll(() => fifos.forEach(releaseFifo));

  /** A fresh tree with one good topic, prod/good. */
  async function tree(): Promise<string> {
    const dir = join(work, `emit-${++count}`, 'kafka-schemas');
    await put(join(dir, 'prod', 'good', 'value.avsc'), GOOD_SCHEMA);
    return dir;
  }

  async function emit(
    dir: string,
    ...extra: string[]
  ): Promise<{
    run: CliRun;
    written: string;
    report: { topics: Array<{ cluster?: string; topic: string; status: string; reason?: string }>; partial: boolean };
  }> {
    const out = join(dirname(dir), 'mcps.json');
    const run = await runCli(['emit', '--dir', dir, '--out', out, '--json', ...extra]);
    const written = await readFile(out, 'utf8').catch(() => '');
    expectNoMarker(run.stdout, run.stderr, written);
    return { run, written, report: run.code === 2 ? { topics: [], partial: false } : parseJson<EmitReport>(run.stdout) };
  }

  const result = (report: { topics: Array<{ cluster?: string; topic: string; status: string; reason?: string }> }, cluster: string, topic: string) =>
    report.topics.find((candidate) => candidate.cluster === cluster && candidate.topic === topic);

  it('a topic.json linked to an outside file fails its topic by path; nothing of that file is sent or printed', async () => {
    const dir = await tree();
    await put(join(dir, 'prod', 'orders', 'value.avsc'), GOOD_SCHEMA);
    await link(outside.topicFile, join(dir, 'prod', 'orders', 'topic.json'));
    const { run, written, report } = await emit(dir);
    expect(run.code).toBe(3);
    expect(result(report, 'prod', 'orders')).toMatchObject({ status: 'failed', reason: `${join(dir, 'prod', 'orders', 'topic.json')}: ${LINK}` });
    expect(result(report, 'prod', 'good')?.status).toBe('written');
    expect(written).toContain('(urn:li:dataPlatform:kafka,good,PROD)');
    expect(written).not.toContain(',orders,');
  });

  it('a value.avsc linked to an outside text fails by path; the text is not printed', async () => {
    const dir = await tree();
    await link(outside.passwd, join(dir, 'prod', 'orders', 'value.avsc'));
    const { run, report } = await emit(dir);
    expect(run.code).toBe(3);
    expect(result(report, 'prod', 'orders')).toMatchObject({ status: 'failed', reason: `${join(dir, 'prod', 'orders', 'value.avsc')}: ${LINK}` });
  });

  it('a committed file that is not JSON: the error says where, not what the file holds', async () => {
    const dir = await tree();
    await put(join(dir, 'prod', 'orders', 'value.avsc'), `${MARKER} is not JSON\n`);
    await put(join(dir, 'prod', 'orders', 'topic.json'), '{\n  "partitions": 1,\n  oops\n}\n');
    await put(join(dir, 'prod', 'payments', 'topic.json'), `{"description": "${MARKER}`);
    const { run, report } = await emit(dir);
    expect(run.code).toBe(3);
    expect(result(report, 'prod', 'orders')?.reason).toMatch(/value\.avsc: not valid JSON \(at line 1, column 1\)$/);
    expect(result(report, 'prod', 'payments')?.reason).toMatch(/topic\.json: not valid JSON \(unexpected end at line 1, column \d+\)$/);
    await rm(join(dir, 'prod', 'orders', 'value.avsc'));
    const second = await emit(dir);
    expect(result(second.report, 'prod', 'orders')?.reason).toMatch(/topic\.json: not valid JSON \(at line 3, column 3\)$/);
  });

  it('a linked topic folder fails by path and a linked cluster folder is an error by path: neither is skipped', async () => {
    const dir = await tree();
    await link(outside.topicFolder, join(dir, 'prod', 'linked'));
    await link(outside.clusterFolder, join(dir, 'staging'));
    const { run, written, report } = await emit(dir);
    expect(run.code).toBe(3);
    expect(report.partial).toBe(true);
    expect(result(report, 'prod', 'linked')).toMatchObject({ status: 'failed', reason: `${join(dir, 'prod', 'linked')}: ${LINK}` });
    expect(run.stdout).toContain(`${join(dir, 'staging')}: ${LINK}`);
    expect(result(report, 'prod', 'good')?.status).toBe('written');
    expect(written).not.toContain('Outside');

    // the linked cluster named on its own
    const only = await emit(dir, '--cluster', 'staging');
    expect(only.run.code).toBe(3);
    expect(only.run.stdout).toContain(`${join(dir, 'staging')}: ${LINK}`);
    expect(only.written).not.toContain('Outside');
    const human = await runCli(['emit', '--dir', dir, '--out', join(dirname(dir), 'human.json')]);
    expect(human.stdout).toContain(`${join(dir, 'staging')}: ${LINK}`);
  });

  it('a schema directory that is itself a link is refused with one clear error', async () => {
    const dir = await tree();
    const linked = join(dirname(dir), 'linked-schemas');
    await link(join(outside.clusterFolder, '..'), linked);
    const { run, written } = await emit(linked);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${linked}: ${LINK}`);
    expect(written).toBe('');
  });

  it('a FIFO where value.avsc should be fails by path at once (no hang)', async () => {
    const dir = await tree();
    const fifo = join(dir, 'prod', 'piped', 'value.avsc');
    await mkdir(dirname(fifo), { recursive: true });
    makeFifo(fifo);
    fifos.push(fifo);
    const { run, report } = await emit(dir);
    expect(run.code).toBe(3);
    expect(result(report, 'prod', 'piped')).toMatchObject({ status: 'failed', reason: `${fifo}: is a named pipe (FIFO), not a regular file` });
    expect(result(report, 'prod', 'good')?.status).toBe('written');
  }, 15_000);

  it('a committed file over the size limit fails naming the file and the limit', async () => {
    const dir = await tree();
    const big = join(dir, 'prod', 'big', 'value.avsc');
    await put(big, `"string"${' '.repeat(3 * 1024 * 1024 - 8)}`); // valid JSON and Avro
    await put(join(dir, 'prod', 'big-topic', 'topic.json'), `{"description": "${' '.repeat(2 * 1024 * 1024)}"}`);
    const { run, report } = await emit(dir);
    expect(run.code).toBe(3);
    expect(result(report, 'prod', 'big')?.reason).toBe(`${big}: is 3.0 MiB, over the 2 MiB limit of a committed file`);
    expect(result(report, 'prod', 'big-topic')?.reason).toMatch(/big-topic\/topic\.json: is 2\.0 MiB, over the 2 MiB limit of a committed file$/);
  });
});

describe('scan never reads or writes through a link in the schema tree', () => {
  const prefix = `it-links-${randomBytes(3).toString('hex')}`;
  const t = { linkedFile: `${prefix}-linked-file`, linkedFolder: `${prefix}-linked-folder`, plain: `${prefix}-plain` };

  beforeAll(async () => {
    for (const topic of Object.values(t)) await createTopicWith(topic, 1, [{ value: JSON.stringify({ id: 1, name: 'n' }) }]);
  });

  afterAll(() => deleteTopics(Object.values(t)));

  const scan = (dir: string) => runCli(['scan', '--brokers', brokers.join(','), '--cluster', 'local', '--dir', dir, '--include', `${prefix}-.*`, '--json']);

  it('a linked topic.json and a linked topic folder fail by name, untouched; the other topics are scanned', async () => {
    const dir = join(work, 'scan-links', 'kafka-schemas');
    const fileLink = join(dir, 'local', t.linkedFile, 'topic.json');
    const folderLink = join(dir, 'local', t.linkedFolder);
    await put(join(dir, 'local', t.linkedFile, 'value.avsc'), GOOD_SCHEMA);
    await link(outside.topicFile, fileLink);
    await link(outside.emptyFolder, folderLink);

    const run = await scan(dir);
    expectNoMarker(run.stdout, run.stderr);
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as { topics: Array<{ topic: string; status: string; error?: string }> };
    const byTopic = new Map(report.topics.map((outcome) => [outcome.topic, outcome]));
    expect(byTopic.get(t.linkedFile)).toMatchObject({ status: 'failed', error: `${fileLink}: ${LINK}` });
    expect(byTopic.get(t.linkedFolder)).toMatchObject({ status: 'failed', error: `${folderLink}: ${LINK}` });
    expect(byTopic.get(t.plain)?.status).toBe('new');

    expect((await lstat(fileLink)).isSymbolicLink()).toBe(true);
    expect((await lstat(folderLink)).isSymbolicLink()).toBe(true);
    expect(await readFile(outside.topicFile, 'utf8')).toBe(OUTSIDE_TOPIC);
    expect(await readdir(outside.emptyFolder)).toEqual([]);
    expect(await readFile(join(dir, 'local', t.linkedFile, 'value.avsc'), 'utf8')).toBe(GOOD_SCHEMA);
    expect((await readdir(join(dir, 'local', t.plain))).sort()).toEqual(['topic.json', 'value.avsc']);
  });

  it('a schema directory or cluster folder that is a link stops the scan with one error, nothing written through it', async () => {
    const base = join(work, 'scan-root-link');
    await mkdir(join(base, 'real'), { recursive: true });
    await link(join(base, 'real'), join(base, 'kafka-schemas'));
    const rootRun = await scan(join(base, 'kafka-schemas'));
    expect(rootRun.code).toBe(2);
    expect(rootRun.stderr).toContain(`${join(base, 'kafka-schemas')}: ${LINK}`);
    expect(await readdir(join(base, 'real'))).toEqual([]);

    const dir = join(work, 'scan-cluster-link', 'kafka-schemas');
    await link(outside.emptyFolder, join(dir, 'local'));
    const clusterRun = await scan(dir);
    expect(clusterRun.code).toBe(2);
    expect(clusterRun.stderr).toContain(`${join(dir, 'local')}: ${LINK}`);
    expect(await readdir(outside.emptyFolder)).toEqual([]);
  });

  it('a schema directory that cannot be created fails the scan once, before any topic (exit code 2)', async () => {
    // A file where a folder should be: ENOTDIR for root too (root ignores permission bits).
    const blocker = join(work, 'scan-blocked');
    await writeFile(blocker, 'a file, not a folder\n');
    const dir = join(blocker, 'kafka-schemas');
    const run = await scan(dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`kafka-schema-scout: cannot write to ${join(dir, 'local')}: a part of the path is a file, not a folder\n`);
    for (const topic of Object.values(t)) expect(run.stderr).not.toContain(topic);
  });

  it('a cluster folder that cannot be written to fails the scan once, before any topic (exit code 2)', async () => {
    const dir = join(work, 'scan-read-only', 'kafka-schemas');
    const cluster = join(dir, 'local');
    await put(join(cluster, 'README.md'), '# kept\n');
    // Root ignores permission bits but not the immutable attribute.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync('chattr', ['+i', cluster]);
    else await chmod(cluster, 0o555);
    try {
      const run = await scan(dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`kafka-schema-scout: cannot write to ${cluster}: ${asRoot ? 'operation not permitted' : 'permission denied'}\n`);
      expect(await readdir(cluster)).toEqual(['README.md']);
    } finally {
      if (asRoot) execFileSync('chattr', ['-i', cluster]);
      else await chmod(cluster, 0o755);
    }
  });
});
