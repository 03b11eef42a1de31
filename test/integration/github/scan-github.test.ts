import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publishScan, type ScanGitHubSettings } from '../../../src/github/publish-scan';
import { defaultSampleOptions } from '../../../src/kafka/sample';
import { runScan, type ScanOptions } from '../../../src/scan/run-scan';
import { silentLogger } from '../../../src/util/log';
import { brokers } from '../../support/broker';
import { GitHubStandin } from '../../support/github-standin';
import { fieldNames, parseJson } from '../../support/json';
import { createTopicWith, deleteTopics, produce } from '../../support/kafka-fixtures';

/** A sampled value that must never reach GitHub. */
const SECRET = `sampled-secret-${randomBytes(3).toString('hex')}`;

const order = (i: number, extra: Record<string, unknown> = {}) => ({
  key: `k${i}`,
  value: JSON.stringify({ id: i, customer: SECRET, amount: i * 1.5, ...extra }),
});

describe('scan as a GitHub Action against the stand-in and a real broker', () => {
  const prefix = `it-gh-${randomBytes(3).toString('hex')}`;
  const orders = `${prefix}-orders_v1`;
  const clicks = `${prefix}-clicks`;
  const gone = `${prefix}-gone`;
  const folder = 'kafka-schemas/local';
  let standin: GitHubStandin;
  const checkouts: string[] = [];

  beforeAll(async () => {
    await createTopicWith(
      orders,
      2,
      Array.from({ length: 20 }, (_, i) => ({ ...order(i), partition: i % 2 })),
    );
    await createTopicWith(clicks, 1, [{ value: JSON.stringify({ page: '/home', at: 1 }) }]);
    standin = await GitHubStandin.start({
      files: {
        'README.md': '# schemas\n',
        // committed earlier, no longer in the cluster: vanished
        [`${folder}/${gone}/topic.json`]: '{\n  "partitions": 1\n}\n',
        [`${folder}/${gone}/value.avsc`]: '"string"\n',
        // another cluster's folder must stay as it is
        'kafka-schemas/other/x/topic.json': '{}\n',
      },
    });
  });

  afterAll(async () => {
    await standin?.close();
    await deleteTopics([orders, clicks]);
    for (const dir of checkouts) await rm(dir, { recursive: true, force: true });
  });

  /** A fresh checkout of the base branch, as actions/checkout would give the scheduled run. */
  async function checkout(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'scout-gh-checkout-'));
    checkouts.push(dir);
    for (const [path, content] of Object.entries(standin.filesAt('main'))) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return dir;
  }

  async function scanAndPublish(overrides: Partial<ScanGitHubSettings> = {}) {
    const workspace = await checkout();
    const options: ScanOptions = {
      connection: { brokers },
      cluster: 'local',
      dir: join(workspace, 'kafka-schemas'),
      filter: { include: [`${prefix}-.*`] },
      sampling: { ...defaultSampleOptions, samplesPerPartition: 50, topicTimeoutMs: 20_000 },
      naming: {},
    };
    const report = await runScan(options, silentLogger);
    const settings: ScanGitHubSettings = {
      token: 'test-token',
      apiUrl: standin.url,
      repository: { owner: standin.owner, repo: standin.repo, serverUrl: standin.serverUrl },
      workspace,
      branchPrefix: 'kafka-schema-scout/',
      pullRequestLabels: ['kafka-schemas', 'automated'],
      pullRequestReviewers: ['alice', 'acme/data-platform'],
      issueLabels: ['kafka-schema-scout'],
      createPullRequest: true,
      createIssue: true,
      throttle: false,
      ...overrides,
    };
    return { report, result: await publishScan(report, settings, silentLogger) };
  }

  const openPulls = () => standin.pullRequests().filter((pull) => pull.state === 'open');
  const branch = 'kafka-schema-scout/local';

  let pullNumber: number;
  let issueNumber: number;

  it('run 1 opens one pull request (new topics, vanished folder removed) and one issue', async () => {
    standin.clearRequests();
    const { report, result } = await scanAndPublish();
    expect(report.partial).toBe(false);
    expect(report.vanished).toEqual([gone]);
    expect(result.pullRequest.operation).toBe('created');
    expect(result.issue?.operation).toBe('created');
    pullNumber = result.pullRequest.number!;
    issueNumber = result.issue!.number!;

    const [pull] = openPulls();
    expect(openPulls()).toHaveLength(1);
    expect(pull).toMatchObject({ number: pullNumber, title: 'Kafka schemas: cluster local (2 new, 1 vanished)', head: { ref: branch }, base: { ref: 'main' } });
    expect(pull!.labels.map((label) => label.name)).toEqual(['kafka-schemas', 'automated']);
    expect(pull!.requested_reviewers).toEqual([{ login: 'alice' }]);
    expect(pull!.requested_teams).toEqual([{ slug: 'data-platform' }]);

    const files = standin.filesAt(branch, 'kafka-schemas/');
    expect(Object.keys(files).sort()).toEqual(
      [
        `${folder}/${clicks}/topic.json`,
        `${folder}/${clicks}/value.avsc`,
        `${folder}/${orders}/topic.json`,
        `${folder}/${orders}/value.avsc`,
        'kafka-schemas/other/x/topic.json',
      ].sort(),
    );
    expect(fieldNames(parseJson(files[`${folder}/${orders}/value.avsc`]!)).sort()).toEqual(['amount', 'customer', 'id']);
    expect(standin.readFile(branch, 'README.md')).toBe('# schemas\n');

    const body = pull!.body!;
    expect(body).toContain('<!-- kafka-schema-scout:pull-request cluster=local -->');
    expect(body.split('\n')[3]).toBe('🆕 2 new topics · 🗑️ 1 topic vanished');
    // topic names are escaped (`_` would start emphasis)
    expect(body).toContain(`${prefix}-orders&#95;v1`);
    expect(body.replace(/\]\([^)]*\)/g, '](…)')).not.toContain(`${prefix}-orders_v1`);
    expect(body).toContain(`${standin.serverUrl}/acme/schemas/blob/kafka-schema-scout/local/kafka-schemas/local/${prefix}-orders_v1/value.avsc`);
    expect(body.length).toBeLessThan(65_536);

    const issue = standin.plainIssues().find((candidate) => candidate.number === issueNumber)!;
    expect(issue.state).toBe('open');
    expect(issue.labels).toEqual([{ name: 'kafka-schema-scout' }]);
    expect(issue.body).toContain('<!-- kafka-schema-scout:topics-issue cluster=local -->');
    // a task per new topic: partitions, formats, field count, and its topic.json on the pull request's branch
    expect(issue.body).toContain(`New topics (2), added by [&#35;${pullNumber}]`);
    expect(issue.body).toContain(
      `- [ ] <code>${prefix}-orders&#95;v1</code> (2 partition(s), key string, value json, 3 value field(s)): set its <code>owners</code> and <code>description</code> in its [topic.json](${standin.serverUrl}/${standin.owner}/${standin.repo}/blob/kafka-schema-scout/local/kafka-schemas/local/${prefix}-orders_v1/topic.json)`,
    );
    expect(issue.body).toContain(`- [ ] <code>${prefix}-clicks</code> (1 partition(s), key none, value json, 2 value field(s))`);
    expect(issue.body).toContain(`<code>${gone}</code>`);

    const writes = standin.writeRequests();
    expect(writes.every((request) => request.status < 300)).toBe(true);
    for (const request of standin.requests) expect(JSON.stringify(request.body ?? '')).not.toContain(SECRET);
    expect(result.summary).not.toContain(SECRET);
  });

  it('run 2 with no change in the cluster sends no write request', async () => {
    standin.clearRequests();
    const { result } = await scanAndPublish();
    expect(standin.writeRequests()).toEqual([]);
    expect(standin.requests.length).toBeGreaterThan(0);
    expect(result.pullRequest).toMatchObject({ operation: 'none', number: pullNumber });
    expect(result.issue).toMatchObject({ operation: 'none', number: issueNumber });
  });

  it('run 3 after a schema change updates the same pull request', async () => {
    await produce(
      orders,
      Array.from({ length: 20 }, (_, i) => ({ ...order(100 + i, { coupon: 'X' }), partition: i % 2 })),
    );
    standin.clearRequests();
    const headBefore = standin.refSha(branch);
    const { result } = await scanAndPublish();
    expect(result.pullRequest).toMatchObject({ operation: 'updated', number: pullNumber });
    expect(openPulls().map((pull) => pull.number)).toEqual([pullNumber]);
    expect(standin.pullRequests()).toHaveLength(1);
    expect(standin.refSha(branch)).not.toBe(headBefore);
    const schema = parseJson(standin.readFile(branch, `${folder}/${orders}/value.avsc`)!);
    expect(fieldNames(schema).sort()).toEqual(['amount', 'coupon', 'customer', 'id']);
    // rebuilt on top of the base: one commit whose parent is main
    const operations = standin.writeRequests().map((request) => request.operationId);
    expect(operations).toEqual(['git/create-tree', 'git/create-commit', 'git/update-ref', 'pulls/update', 'issues/update']);
    for (const request of standin.requests) expect(JSON.stringify(request.body ?? '')).not.toContain(SECRET);
  });

  it('after the pull request is merged, the next run opens nothing and closes the issue', async () => {
    standin.mergePullRequest(pullNumber);
    expect(standin.readFile('main', `${folder}/${gone}/topic.json`)).toBeUndefined();
    standin.clearRequests();
    const { result } = await scanAndPublish();
    expect(result.pullRequest.operation).toBe('none');
    expect(result.issue).toMatchObject({ operation: 'closed', number: issueNumber });
    expect(standin.writeRequests().map((request) => request.operationId)).toEqual(['issues/update']);
    expect(openPulls()).toEqual([]);
    const issue = standin.plainIssues().find((candidate) => candidate.number === issueNumber)!;
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });

    // and once more: nothing at all to write
    standin.clearRequests();
    await scanAndPublish();
    expect(standin.writeRequests()).toEqual([]);
  });

  it('a change to a committed topic opens a new pull request with its compatibility verdict', async () => {
    await produce(
      orders,
      Array.from({ length: 40 }, (_, i) => ({ ...order(200 + i, { coupon: 'Y', channel: 'web' }), partition: i % 2 })),
    );
    standin.clearRequests();
    const { result } = await scanAndPublish();
    expect(result.pullRequest.operation).toBe('created');
    expect(result.pullRequest.number).not.toBe(pullNumber);
    expect(result.issue?.operation).toBe('none');
    const pull = openPulls()[0]!;
    expect(pull.title).toBe('Kafka schemas: cluster local (1 changed)');
    expect(pull.body!.split('\n')[3]).toBe('✅ 1 topic changed safely');
    expect(pull.body).toMatch(
      /<code>channel<\/code> is new \(<code>string<\/code>, optional\): safe for consumers\. <sub>present in \d+ of \d+; string \d+<\/sub>/,
    );
    expect(pull.body).toMatch(/<code>value\.channel<\/code> \| added/);
    expect(pull.body).toMatch(/FULL|BACKWARD|FORWARD|NONE/);
    expect(standin.readFile(pull.head.ref, `${folder}/${clicks}/value.avsc`)).toBe(standin.readFile('main', `${folder}/${clicks}/value.avsc`));
  });
  it('closes the stale pull request with a comment when the base already has its changes', async () => {
    const pull = openPulls()[0]!;
    const onBranch = standin.filesAt(pull.head.ref, `${folder}/`);
    standin.commitFiles('main', onBranch, 'someone committed the same schemas by hand');
    standin.clearRequests();
    const { result } = await scanAndPublish();
    expect(result.pullRequest).toMatchObject({ operation: 'closed', number: pull.number });
    expect(standin.writeRequests().map((request) => request.operationId)).toEqual(['issues/create-comment', 'pulls/update']);
    expect(openPulls()).toEqual([]);
    expect(
      standin
        .commentsOn(pull.number)
        .map((comment) => comment.body)
        .join(),
    ).toMatch(/no difference from <code>main<\/code>/);
    standin.clearRequests();
    await scanAndPublish();
    expect(standin.writeRequests()).toEqual([]);
  });
});
