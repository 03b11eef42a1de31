import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { publishScan, type ScanGitHubSettings } from '../../../src/github/publish-scan';
import type { ScanReport } from '../../../src/scan/run-scan';
import type { Logger } from '../../../src/util/log';
import { GitHubStandin, githubFaults } from '../../support/github-standin';

/**
 * GitHub answering 502 (before or after doing the work), 403 secondary rate limit and 409
 * while the scan publishes: retried or recovered, and never a second pull request or issue.
 */
const SCHEMA = (fields: string[]) => `${JSON.stringify({ type: 'record', name: 'Orders', fields: fields.map((name) => ({ name, type: 'long' })) }, null, 2)}\n`;

function recordingLogger(lines: string[]): Logger {
  const record = (message: string) => void lines.push(message);
  return { debug: record, info: record, warn: record, error: record };
}

describe('scan publishing against a faulty GitHub', () => {
  let standin: GitHubStandin;
  let workspace: string;

  beforeEach(async () => {
    standin = await GitHubStandin.start({ files: { 'README.md': '# schemas\n' } });
    workspace = await mkdtemp(join(tmpdir(), 'scout-gh-faults-'));
  });

  afterEach(async () => {
    await standin.close();
    await rm(workspace, { recursive: true, force: true });
  });

  async function scanned(fields: string[]): Promise<ScanReport> {
    const dir = join(workspace, 'kafka-schemas');
    for (const [path, content] of Object.entries({ 'local/orders/value.avsc': SCHEMA(fields), 'local/orders/topic.json': '{\n  "partitions": 1\n}\n' })) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    }
    return {
      cluster: 'local',
      dir,
      topics: [{ topic: 'orders', status: 'new', records: 3, changedFiles: [], warnings: [] }],
      vanished: [],
      partial: false,
    };
  }

  const settings = (overrides: Partial<ScanGitHubSettings> = {}): ScanGitHubSettings => ({
    token: 'ghs_test',
    apiUrl: standin.url,
    repository: { owner: standin.owner, repo: standin.repo, serverUrl: standin.serverUrl },
    workspace,
    branchPrefix: 'kafka-schema-scout/',
    pullRequestLabels: ['kafka-schemas'],
    pullRequestReviewers: [],
    issueLabels: ['kafka-schema-scout'],
    createPullRequest: true,
    createIssue: true,
    throttle: false,
    ...overrides,
  });

  const created = (operationId: string) => standin.requests.filter((request) => request.operationId === operationId && request.status < 300);

  it('502 on reads and writes (not applied) is retried: one pull request, one issue', async () => {
    for (const operation of ['repos/get', 'git/create-tree', 'pulls/create', 'issues/create']) {
      standin.failNext(operation, githubFaults.badGateway());
    }
    const logs: string[] = [];
    const result = await publishScan(await scanned(['id']), settings(), recordingLogger(logs));
    expect(result.pullRequest.operation).toBe('created');
    expect(result.issue?.operation).toBe('created');
    expect(standin.pendingFaults()).toBe(0);
    expect(standin.pullRequests()).toHaveLength(1);
    expect(standin.plainIssues()).toHaveLength(1);
  });

  it('502 after GitHub created the pull request and the issue: recovered, no duplicates, a rerun changes nothing', async () => {
    standin.failNext('pulls/create', githubFaults.badGateway(true));
    standin.failNext('issues/create', githubFaults.badGateway(true));
    const logs: string[] = [];
    const result = await publishScan(await scanned(['id']), settings(), recordingLogger(logs));
    expect(standin.pendingFaults()).toBe(0);
    expect(standin.pullRequests()).toHaveLength(1);
    expect(standin.plainIssues()).toHaveLength(1);
    expect(result.pullRequest).toMatchObject({ operation: 'created', number: standin.pullRequests()[0]!.number });
    expect(result.issue).toMatchObject({ operation: 'created', number: standin.plainIssues()[0]!.number });
    // labels were still added to the recovered pull request
    expect(standin.pullRequests()[0]!.labels.map((label) => label.name)).toEqual(['kafka-schemas']);

    standin.clearRequests();
    const again = await publishScan(await scanned(['id']), settings(), recordingLogger(logs));
    // (the base has no kafka-schemas folder yet: this once re-pushed the branch on every run)
    expect(standin.writeRequests().map((request) => request.operationId)).toEqual([]);
    expect(again.pullRequest.operation).toBe('none');
    expect(again.issue?.operation).toBe('none');
    expect(standin.writeRequests()).toEqual([]);
  });

  it('403 secondary rate limit (retry-after) is waited out and retried', async () => {
    standin.failNext('git/create-tree', githubFaults.secondaryRateLimit(1));
    standin.failNext('pulls/create', githubFaults.secondaryRateLimit(1));
    const logs: string[] = [];
    const started = Date.now();
    // the throttling plugin (which honours retry-after) is on, as in production
    const result = await publishScan(await scanned(['id']), settings({ throttle: true }), recordingLogger(logs));
    expect(result.pullRequest.operation).toBe('created');
    expect(standin.pendingFaults()).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000); // two waits of retry-after: 1
    expect(logs.filter((line) => /secondary rate limit/.test(line))).toHaveLength(2);
    expect(created('pulls/create')).toHaveLength(1);
    expect(standin.pullRequests()).toHaveLength(1);
  }, 40_000);

  it('409 when moving the branch (reference update conflict) is retried; the pull request is updated in place', async () => {
    await publishScan(await scanned(['id']), settings(), recordingLogger([]));
    const number = standin.pullRequests()[0]!.number;
    standin.failNext('git/update-ref', githubFaults.conflict());
    const logs: string[] = [];
    const result = await publishScan(await scanned(['id', 'amount']), settings(), recordingLogger(logs));
    expect(standin.pendingFaults()).toBe(0);
    expect(result.pullRequest).toMatchObject({ operation: 'updated', number });
    expect(standin.pullRequests()).toHaveLength(1);
    expect(standin.readFile('kafka-schema-scout/local', 'kafka-schemas/local/orders/value.avsc')).toBe(SCHEMA(['id', 'amount']));
  });

  it('a 502 that persists fails with a message naming the request, and opens nothing twice on the rerun', async () => {
    standin.failNext('pulls/create', githubFaults.badGateway(), 3); // the first try and 2 retries
    const error = await publishScan(await scanned(['id']), settings(), recordingLogger([])).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /opening the pull request kafka-schema-scout\/local → main failed \(HTTP 502\): POST \/repos\/\{owner\}\/\{repo\}\/pulls: Server Error/,
    );
    expect(standin.pullRequests()).toHaveLength(0);
    expect(standin.pendingFaults()).toBe(0);
    const result = await publishScan(await scanned(['id']), settings(), recordingLogger([]));
    expect(result.pullRequest.operation).toBe('created');
    expect(standin.pullRequests()).toHaveLength(1);
    expect(standin.plainIssues()).toHaveLength(1);
  });
});
