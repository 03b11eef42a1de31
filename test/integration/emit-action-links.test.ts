import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { oracleValidate } from '../support/datahub-oracle';
import { GitHubStandin } from '../support/github-standin';
import { runActionStep } from '../support/action-run';
import { GmsStandIn } from '../support/gms-standin';

const git = promisify(execFile);

/**
 * `command: emit` on a push: each sent dataset links back to its folder on the default branch and
 * to the pull request that last changed it (GitHub's commits/{sha}/pulls), as institutionalMemory.
 */
describe('action command emit: links to the repository', () => {
  const saved = { ...process.env };
  let repo: string;
  let gms: GmsStandIn;
  let github: GitHubStandin;
  let event: string;
  let after: string;
  let ordersPull: number;
  let clusterPull: number;

  const schema = (name: string, fields: string[]) =>
    `${JSON.stringify({ type: 'record', name, fields: fields.map((f) => ({ name: f, type: 'string' })) }, null, 2)}\n`;

  async function commitFiles(files: Record<string, string>, message: string): Promise<string> {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(repo, path, '..'), { recursive: true });
      await writeFile(join(repo, path), content);
    }
    await git('git', ['add', '-A'], { cwd: repo });
    await git('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message], { cwd: repo });
    return (await git('git', ['rev-parse', 'HEAD'], { cwd: repo })).stdout.trim();
  }

  /** A pull request merged on the GitHub stand-in; its merge commit is what the push event names. */
  function mergedPull(branch: string, files: Record<string, string>, title: string): { number: number; mergeSha: string } {
    github.createBranch(branch, 'main');
    github.commitFiles(branch, files, title);
    const number = github.openPullRequest(branch, 'main', title);
    return { number, mergeSha: github.mergePullRequest(number) };
  }

  beforeAll(async () => {
    github = await GitHubStandin.start({ owner: 'octo', repo: 'data', defaultBranch: 'main' });
    gms = await new GmsStandIn().start();
    repo = await mkdtemp(join(tmpdir(), 'scout-emit-links-'));
    await git('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    const before = await commitFiles(
      {
        'kafka-schemas/prod/orders/value.avsc': schema('Orders', ['id']),
        'kafka-schemas/prod/payments/value.avsc': schema('Payments', ['id']),
        'kafka-schemas/staging/cluster.json': '{"datahub": {"platformInstance": "staging"}}\n',
        'kafka-schemas/staging/orders/value.avsc': schema('Orders', ['id']),
      },
      'base',
    );
    // The push: a merged pull request changes prod/orders, a direct commit prod/payments, another pull request staging's identity.
    const orders = mergedPull('orders-status', { 'kafka-schemas/prod/orders/value.avsc': schema('Orders', ['id', 'status']) }, 'Orders: add status');
    ordersPull = orders.number;
    await commitFiles({ 'kafka-schemas/prod/orders/value.avsc': schema('Orders', ['id', 'status']) }, 'merge orders'); // the clone's side of the merge
    const payments = await commitFiles({ 'kafka-schemas/prod/payments/topic.json': '{"description": "Payments"}\n' }, 'direct fix');
    const identity = mergedPull(
      'staging-eu',
      { 'kafka-schemas/staging/cluster.json': '{"datahub": {"platformInstance": "staging-eu"}}\n' },
      'Staging is staging-eu',
    );
    clusterPull = identity.number;
    after = await commitFiles({ 'kafka-schemas/staging/cluster.json': '{"datahub": {"platformInstance": "staging-eu"}}\n' }, 'merge staging');
    event = join(repo, '..', `event-links-${Date.now()}.json`);
    await writeFile(
      event,
      JSON.stringify({
        before,
        after,
        ref: 'refs/heads/main',
        repository: { default_branch: 'main' },
        commits: [
          { id: orders.mergeSha, timestamp: '2026-01-02T10:00:00Z', added: [], removed: [], modified: ['kafka-schemas/prod/orders/value.avsc'] },
          { id: payments, timestamp: '2026-01-02T11:00:00Z', added: ['kafka-schemas/prod/payments/topic.json'], removed: [], modified: [] },
          { id: identity.mergeSha, timestamp: '2026-01-02T12:00:00Z', added: [], removed: [], modified: ['kafka-schemas/staging/cluster.json'] },
        ],
        head_commit: { id: after, timestamp: '2026-01-02T12:00:00Z' },
      }),
    );
  });

  afterAll(async () => {
    process.env = saved;
    await gms.stop();
    await github.close();
    await rm(repo, { recursive: true, force: true });
  });

  async function emit(): Promise<void> {
    const { runAction } = await import('../../src/action/run-action');
    const step = await runActionStep(
      {
        inputs: { command: 'emit', 'schema-dir': join(repo, 'kafka-schemas'), 'datahub-gms-url': gms.url, 'github-token': 'ghs_notarealtoken' },
        env: {
          GITHUB_SHA: after,
          GITHUB_REPOSITORY: 'octo/data',
          GITHUB_API_URL: github.url,
          GITHUB_SERVER_URL: 'https://github.example.com',
          GITHUB_WORKSPACE: repo,
        },
        event: { name: 'push', payload: JSON.parse(await readFile(event, 'utf8')) },
      },
      runAction,
    );
    expect(step.exitCode).toBe(0);
  }

  const memory = (urn: string) => gms.aspects.get(urn)?.get('institutionalMemory');
  const folder = (path: string) => `https://github.example.com/octo/data/tree/main/kafka-schemas/${path}`;
  const stamp = (iso: string) => ({ time: Date.parse(iso), actor: 'urn:li:corpuser:unknown' });

  it('links each sent dataset to its folder on the default branch and to the pull request that last changed it', async () => {
    await emit();
    expect(memory('urn:li:dataset:(urn:li:dataPlatform:kafka,orders,PROD)')).toEqual({
      elements: [
        { url: folder('prod/orders'), description: 'Schema source of orders (reviewed in the repository)', createStamp: stamp('2026-01-02T10:00:00Z') },
        {
          url: `https://github.example.com/octo/data/pull/${ordersPull}`,
          description: `Pull request #${ordersPull} that last changed orders: Orders: add status`,
          createStamp: stamp('2026-01-02T10:00:00Z'),
        },
      ],
    });
    // a direct push: the folder only
    expect(memory('urn:li:dataset:(urn:li:dataPlatform:kafka,payments,PROD)')).toEqual({
      elements: [
        { url: folder('prod/payments'), description: 'Schema source of payments (reviewed in the repository)', createStamp: stamp('2026-01-02T11:00:00Z') },
      ],
    });
    // a new cluster.json re-sends the cluster's topics under their new identity, linked to the pull request that changed it
    expect(memory('urn:li:dataset:(urn:li:dataPlatform:kafka,staging-eu.orders,PROD)')).toMatchObject({
      elements: [{ url: folder('staging/orders') }, { url: `https://github.example.com/octo/data/pull/${clusterPull}` }],
    });
    const lookups = github.requests.filter((request) => request.operationId === 'repos/list-pull-requests-associated-with-commit');
    expect(lookups).toHaveLength(3);
    // what GMS received loads into the SDK's classes (InstitutionalMemory among them)
    const sent = gms.ingestRequests().flatMap((request) => (JSON.parse(request.body) as { proposals: Array<{ aspectName: string }> }).proposals);
    expect(sent.filter((p) => p.aspectName === 'institutionalMemory')).toHaveLength(3);
    expect((await oracleValidate(sent)).filter((result) => !result.ok)).toEqual([]);
  }, 120_000);

  it('a re-emit of the same push sends the same list: no second entry for a URL', async () => {
    const first = JSON.stringify(memory('urn:li:dataset:(urn:li:dataPlatform:kafka,orders,PROD)'));
    await emit();
    expect(JSON.stringify(memory('urn:li:dataset:(urn:li:dataPlatform:kafka,orders,PROD)'))).toBe(first);
  }, 120_000);
});
