import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runEmit } from '../../../src/datahub/emit-run';
import { reviewPullRequest } from '../../../src/github/review-pull-request';
import { defaultSampleOptions } from '../../../src/kafka/sample';
import { runScan } from '../../../src/scan/run-scan';
import { silentLogger, type Logger } from '../../../src/util/log';
import { createGitHubClient } from '../../../src/github/client';
import { brokers } from '../../support/broker';
import { GitHubStandin } from '../../support/github-standin';
import { createTopicWith, deleteTopics } from '../../support/kafka-fixtures';

/**
 * A committed tree with hand-broken files: scan, review and emit each fail the broken topic
 * with an error naming the file, leave every file as it was, and go on with the others.
 */
const prefix = `it-broken-${randomBytes(3).toString('hex')}`;
const t = {
  good: `${prefix}-good`,
  badJson: `${prefix}-bad-json`,
  notAvro: `${prefix}-not-avro`,
  arrayTopic: `${prefix}-array-topic-json`,
  badKey: `${prefix}-bad-key`,
  dots: `${prefix}..dots`, // a valid Kafka name with `..` in it
};
const GOOD_SCHEMA = '{\n  "type": "record",\n  "name": "Good",\n  "fields": [\n    {\n      "name": "id",\n      "type": "long"\n    }\n  ]\n}\n';
/** path under the cluster folder → content; `file` is the one that must be named in the error */
const broken: Record<string, { files: Record<string, string>; file?: string; reason?: RegExp }> = {
  [t.good]: { files: { 'value.avsc': GOOD_SCHEMA } },
  [t.dots]: { files: { 'value.avsc': GOOD_SCHEMA } },
  [t.badJson]: { files: { 'value.avsc': '{"type": "record", "name": "X", "fields": [\n' }, file: 'value.avsc', reason: /not valid JSON/ },
  [t.notAvro]: { files: { 'value.avsc': '{"type": "recrod", "name": "X", "fields": []}\n' }, file: 'value.avsc', reason: /not a valid Avro schema/ },
  [t.arrayTopic]: { files: { 'value.avsc': GOOD_SCHEMA, 'topic.json': '[1, 2, 3]\n' }, file: 'topic.json', reason: /must be a JSON object/ },
  [t.badKey]: { files: { 'value.avsc': GOOD_SCHEMA, 'key.avsc': '{"type": "fixed", "name": "K"}\n' }, file: 'key.avsc', reason: /not a valid Avro schema/ },
};
const BROKEN = Object.entries(broken).filter(([, entry]) => entry.file !== undefined);

function recordingLogger(lines: string[]): Logger {
  const record = (message: string) => void lines.push(message);
  return { debug: record, info: record, warn: record, error: record };
}

async function snapshot(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(root, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

async function writeTree(root: string, extra: Record<string, string> = {}): Promise<void> {
  const files: Record<string, string> = { ...extra };
  for (const [topic, entry] of Object.entries(broken)) {
    for (const [name, content] of Object.entries(entry.files)) files[`local/${topic}/${name}`] = content;
  }
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

describe('a committed tree with hand-broken files', () => {
  let work: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'scout-broken-'));
    for (const topic of Object.keys(broken)) await createTopicWith(topic, 1, [{ value: JSON.stringify({ id: 1, name: 'n' }) }]);
  });

  afterAll(async () => {
    await deleteTopics(Object.keys(broken));
    await rm(work, { recursive: true, force: true });
  });

  it('scan: each broken topic fails naming its file, its files stay as they are, the others proceed', async () => {
    const dir = join(work, 'scan');
    // a folder that is not a topic name and a stray file next to the topics
    await writeTree(dir, { 'local/not a topic!/value.avsc': 'garbage', 'local/README.md': '# hand-written\n' });
    const before = await snapshot(dir);
    const logs: string[] = [];
    const report = await runScan(
      { connection: { brokers }, cluster: 'local', dir, filter: { include: [`${prefix}.*`] }, sampling: defaultSampleOptions, naming: {} },
      recordingLogger(logs),
    );
    const byTopic = new Map(report.topics.map((outcome) => [outcome.topic, outcome]));
    expect(report.partial).toBe(true);
    for (const [topic, entry] of BROKEN) {
      const outcome = byTopic.get(topic)!;
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toContain(join(dir, 'local', topic, entry.file!));
      expect(outcome.error).toMatch(entry.reason!);
    }
    expect(byTopic.get(t.good)?.status).toBe('changed'); // name added to the committed schema
    expect(byTopic.get(t.dots)?.status).toBe('changed');
    const after = await snapshot(dir);
    for (const [path, content] of Object.entries(before)) {
      const topic = path.split('/')[1]!;
      if (topic === t.good || topic === t.dots) continue;
      expect([path, after[path]]).toEqual([path, content]);
    }
    const added = Object.keys(after).filter((path) => !(path in before));
    expect(added.every((path) => path.includes(t.good) || path.includes(t.dots))).toBe(true);
  });

  it('emit: each broken topic fails naming its file, the rest is written', async () => {
    const dir = join(work, 'emit');
    await writeTree(dir, { 'local/not a topic!/value.avsc': 'garbage' });
    const before = await snapshot(dir);
    const logs: string[] = [];
    const out = join(work, 'mcps.json');
    const report = await runEmit({ dir, out }, recordingLogger(logs));
    expect(report.partial).toBe(true);
    const byTopic = new Map(report.topics.map((result) => [result.topic, result]));
    for (const [topic, entry] of BROKEN) {
      const result = byTopic.get(topic)!;
      expect(result.status).toBe('failed');
      expect(JSON.stringify(result)).toContain(`${topic}/${entry.file}`);
    }
    expect(byTopic.get(t.good)?.status).toBe('written');
    expect(byTopic.get(t.dots)?.status).toBe('written');
    expect(logs.join('\n')).toContain('not a topic!');
    expect(await snapshot(dir)).toEqual(before);
    const proposals = JSON.parse(await readFile(out, 'utf8')) as Array<{ entityUrn: string }>;
    const urns = new Set(proposals.map((proposal) => proposal.entityUrn));
    expect([...urns].some((urn) => urn.includes(t.good))).toBe(true);
    for (const [topic] of BROKEN) expect([...urns].some((urn) => urn.includes(`,${topic},`))).toBe(false);
  });

  it('review: the comment names each broken file and the gate fails; nothing is written but the comment', async () => {
    const files: Record<string, string> = {};
    for (const [topic, entry] of Object.entries(broken)) {
      for (const [name, content] of Object.entries(entry.files)) files[`kafka-schemas/local/${topic}/${name}`] = content;
    }
    const standin = await GitHubStandin.start({ files: { 'README.md': '# schemas\n' } });
    try {
      const client = createGitHubClient({ token: 'ghs_test', baseUrl: standin.url, throttle: false }, silentLogger);
      const baseSha = standin.refSha('main')!;
      const coordinates = { owner: standin.owner, repo: standin.repo };
      await client.rest.git.createRef({ ...coordinates, ref: 'refs/heads/broken', sha: baseSha });
      const headSha = standin.commitFiles('broken', files, 'hand-broken files');
      const { data: pull } = await client.rest.pulls.create({ ...coordinates, head: 'broken', base: 'main', title: 'Broken files' });
      standin.clearRequests();
      const logs: string[] = [];
      const outcome = await reviewPullRequest(
        {
          token: 'ghs_test',
          apiUrl: standin.url,
          repository: { owner: standin.owner, repo: standin.repo, serverUrl: standin.serverUrl },
          schemaDir: 'kafka-schemas',
          defaultRequired: 'BACKWARD',
          scanRequired: 'FORWARD',
          scanBranchPrefix: 'kafka-schema-scout/',
          ackLabel: 'ack',
          throttle: false,
          pullRequest: { number: pull.number, baseSha, headSha, baseRepo: 'acme/schemas', headRepo: 'acme/schemas', labels: [] },
        },
        recordingLogger(logs),
      ).catch((error: Error) => error);
      if (outcome instanceof Error) throw outcome;
      expect(outcome.passed).toBe(false);
      for (const [topic, entry] of BROKEN) {
        const planned = outcome.plan.topics.find((candidate) => candidate.name === `local/${topic}`);
        expect(planned?.error).toContain(entry.file!);
        expect(outcome.summary).toContain(entry.file!);
      }
      const writes = standin.writeRequests().map((request) => request.operationId);
      expect(writes.every((operation) => operation === 'issues/create-comment' || operation === 'issues/update-comment')).toBe(true);
    } finally {
      await standin.close();
    }
  });
});
