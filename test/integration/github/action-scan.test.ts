import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAction } from '../../../src/action/run-action';
import { runActionStep } from '../../support/action-run';
import { GitHubStandin } from '../../support/github-standin';
import { brokers } from '../../support/broker';
import { createTopicWith, deleteTopics } from '../../support/kafka-fixtures';

/** The action entry with its real inputs, outputs and summary files, throttling and retries on. */
describe('action command scan with the GitHub step', () => {
  const prefix = `it-gha-${randomBytes(3).toString('hex')}`;
  const topic = `${prefix}-events`;
  let standin: GitHubStandin;
  let workspace: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    await createTopicWith(topic, 1, [{ value: JSON.stringify({ kind: 'a', n: 1 }) }]);
    standin = await GitHubStandin.start({ owner: 'octo', repo: 'data', defaultBranch: 'trunk' });
    workspace = await mkdtemp(join(tmpdir(), 'scout-gha-'));
    for (const [path, content] of Object.entries(standin.filesAt('trunk'))) {
      await mkdir(dirname(join(workspace, path)), { recursive: true });
      await writeFile(join(workspace, path), content);
    }
  });

  afterAll(async () => {
    process.env = saved;
    await standin?.close();
    await deleteTopics([topic]);
    await rm(workspace, { recursive: true, force: true });
  });

  async function run(inputs: Record<string, string>): Promise<Record<string, string>> {
    const step = await runActionStep(
      {
        inputs,
        env: { GITHUB_REPOSITORY: 'octo/data', GITHUB_API_URL: standin.url, GITHUB_SERVER_URL: 'https://ghes.example.com', GITHUB_WORKSPACE: workspace },
      },
      runAction,
    );
    return { ...step.outputs, '(summary)': step.summary, '(exit code)': String(step.exitCode) };
  }

  const inputs = () => ({
    command: 'scan',
    brokers: brokers.join(','),
    cluster: 'prod',
    'schema-dir': join(workspace, 'schemas'),
    include: `${prefix}-.*`,
    'github-token': 'ghs_notarealtoken',
    'pr-branch-prefix': 'scout/',
    'pr-title': 'Schemas | prod',
    'pr-labels': 'schemas, bot',
    'pr-reviewers': '',
    'issue-labels': 'topics',
    'create-pull-request': 'true',
    'create-issue': 'true',
  });

  it('opens the pull request against the default branch and reports it in outputs and the summary', async () => {
    const outputs = await run(inputs());
    expect(outputs['(exit code)']).toBe('0');
    expect(outputs['pull-request-operation']).toBe('created');
    const pull = standin.pullRequests()[0]!;
    expect(outputs['pull-request-number']).toBe(String(pull.number));
    expect(outputs['pull-request-url']).toBe(pull.html_url);
    expect(pull).toMatchObject({ title: 'Schemas | prod (1 new)', head: { ref: 'scout/prod' }, base: { ref: 'trunk' } });
    expect(pull.labels.map((label) => label.name)).toEqual(['schemas', 'bot']);
    expect(pull.body).toContain('https://ghes.example.com/octo/data/blob/scout/prod/schemas/prod/');
    expect(outputs['issue-number']).toBe(String(standin.plainIssues()[0]!.number));
    expect(JSON.parse(outputs['new-topics']!)).toEqual([topic]);
    expect(outputs['(summary)']).toContain('kafka-schema-scout scan of cluster <code>prod</code>');
    expect(outputs['(summary)']).toContain(`[&#35;${pull.number}]`);
    expect(outputs['(summary)']).toContain('🆕 1 new topic\n');
    // the token went out as the Authorization header only, never into a body
    for (const request of standin.requests) expect(JSON.stringify(request.body ?? '')).not.toContain('ghs_notarealtoken');
  });

  it("keeps a person's fix pushed to the scan branch: the action takes the branch's files as the prior before it scans", async () => {
    const path = `schemas/prod/${topic}/value.avsc`;
    const schema = JSON.parse(standin.readFile('scout/prod', path)!) as { fields: Array<{ name: string; doc?: string }> };
    schema.fields.find((field) => field.name === 'kind')!.doc = 'What happened';
    const fix = standin.commitFiles('scout/prod', { [path]: `${JSON.stringify(schema, null, 2)}\n` }, 'document kind');
    const outputs = await run(inputs());
    expect(outputs['(exit code)']).toBe('0');
    const kept = JSON.parse(standin.readFile('scout/prod', path)!) as { fields: Array<{ name: string; doc?: string }> };
    expect(kept.fields.find((field) => field.name === 'kind')!.doc).toBe('What happened');
    expect(standin.git.isAncestor(fix, standin.refSha('scout/prod')!)).toBe(true);
    expect(JSON.parse(await readFile(join(workspace, path), 'utf8'))).toEqual(kept); // the checkout holds the branch's file as the prior
  });

  it("records a cluster's DataHub identity (platform-instance, datahub-env) in its cluster.json on its first scan, in the pull request", async () => {
    const outputs = await run({ ...inputs(), cluster: 'eu', 'platform-instance': 'eu-prod', 'datahub-env': 'PROD' });
    expect(outputs['(exit code)']).toBe('0');
    expect(JSON.parse(standin.readFile('scout/eu', 'schemas/eu/cluster.json')!)).toEqual({ datahub: { platformInstance: 'eu-prod', env: 'PROD' } });
    const pull = standin.pullRequests().find((p) => p.head.ref === 'scout/eu')!;
    expect(outputs['pull-request-number']).toBe(String(pull.number));
    expect(pull.body).toContain(
      "[cluster.json](https://ghes.example.com/octo/data/blob/scout/eu/schemas/eu/cluster.json) added: the cluster's DataHub identity",
    );
  });

  it('skips GitHub entirely when both create inputs are false', async () => {
    standin.clearRequests();
    const outputs = await run({ ...inputs(), 'create-pull-request': 'false', 'create-issue': 'false' });
    expect(standin.requests).toEqual([]);
    expect(outputs['pull-request-operation']).toBe('none');
  });
});
