import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runActionStep } from '../support/action-run';
import { GmsStandIn } from '../support/gms-standin';
import { parseJson } from '../support/json';

const git = promisify(execFile);

/** `command: emit` on a push: only the topics the push changed go to DataHub; deleted folders are soft-deleted. */
describe('action command emit on push', () => {
  const saved = { ...process.env };
  let repo: string;
  let gms: GmsStandIn;
  let before: string;
  let after: string;

  const schema = (name: string, fields: string[]) =>
    `${JSON.stringify({ type: 'record', name, fields: fields.map((f) => ({ name: f, type: 'string' })) }, null, 2)}\n`;

  async function commitFiles(files: Record<string, string | null>, message: string): Promise<string> {
    for (const [path, content] of Object.entries(files)) {
      if (content === null) await rm(join(repo, path), { recursive: true, force: true });
      else {
        await mkdir(join(repo, path, '..'), { recursive: true });
        await writeFile(join(repo, path), content);
      }
    }
    await git('git', ['add', '-A'], { cwd: repo });
    await git('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', message], { cwd: repo });
    return (await git('git', ['rev-parse', 'HEAD'], { cwd: repo })).stdout.trim();
  }

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'scout-emit-repo-'));
    await git('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    before = await commitFiles(
      {
        'kafka-schemas/prod/orders/value.avsc': schema('Orders', ['id']),
        'kafka-schemas/prod/orders/topic.json': '{"partitions": 3}\n',
        'kafka-schemas/prod/payments/value.avsc': schema('Payments', ['id']),
        'kafka-schemas/prod/legacy/value.avsc': schema('Legacy', ['id']),
      },
      'base',
    );
    after = await commitFiles(
      {
        'kafka-schemas/prod/orders/value.avsc': schema('Orders', ['id', 'status']),
        'kafka-schemas/prod/legacy': null,
      },
      'merge schema PR',
    );
    gms = await new GmsStandIn().start();
  });

  afterAll(async () => {
    process.env = saved;
    await gms.stop();
  });

  it('sends the changed topic, soft-deletes the removed one and leaves the others alone', async () => {
    const { runAction } = await import('../../src/action/run-action');
    const step = await runActionStep(
      {
        inputs: { command: 'emit', 'schema-dir': join(repo, 'kafka-schemas'), 'datahub-gms-url': gms.url, 'datahub-token': 'datahub-token-for-test' },
        env: { GITHUB_SHA: after, GITHUB_REPOSITORY: 'octo/data', GITHUB_WORKSPACE: repo },
        event: { name: 'push', payload: { before, after, ref: 'refs/heads/main' } },
      },
      runAction,
    );
    expect(step.exitCode).toBe(0);
    const urns = [...gms.aspects.keys()].sort();
    expect(urns).toEqual(['urn:li:dataset:(urn:li:dataPlatform:kafka,legacy,PROD)', 'urn:li:dataset:(urn:li:dataPlatform:kafka,orders,PROD)']);
    expect(gms.aspects.get('urn:li:dataset:(urn:li:dataPlatform:kafka,legacy,PROD)')!.get('status')).toEqual({ removed: true });
    expect(gms.aspects.get('urn:li:dataset:(urn:li:dataPlatform:kafka,orders,PROD)')!.get('status')).toEqual({ removed: false });
    expect(parseJson<string[]>(step.outputs['emitted-topics']!).sort()).toEqual(['prod/legacy', 'prod/orders']);
    expect(step.summary).toContain('DataHub emit');
  });
});
