import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GmsStandIn } from '../support/gms-standin';

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
    const event = join(repo, '..', `event-${Date.now()}.json`);
    const output = join(repo, '..', `output-${Date.now()}`);
    const summary = join(repo, '..', `summary-${Date.now()}`);
    await writeFile(event, JSON.stringify({ before, after, ref: 'refs/heads/main' }));
    await writeFile(output, '');
    await writeFile(summary, '');
    process.env = {
      ...saved,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: after,
      GITHUB_REPOSITORY: 'octo/data',
      GITHUB_WORKSPACE: repo,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      'INPUT_COMMAND': 'emit',
      'INPUT_SCHEMA-DIR': join(repo, 'kafka-schemas'),
      'INPUT_DATAHUB-GMS-URL': gms.url,
      'INPUT_DATAHUB-TOKEN': 'datahub-token-for-test',
    };
    // @actions/github reads the event when first imported: import after the environment is set.
    const { runAction } = await import('../../src/action/run-action');
    process.exitCode = undefined;
    await runAction();
    expect(process.exitCode ?? 0).toBe(0);
    const urns = [...gms.aspects.keys()].sort();
    expect(urns).toEqual([
      'urn:li:dataset:(urn:li:dataPlatform:kafka,legacy,PROD)',
      'urn:li:dataset:(urn:li:dataPlatform:kafka,orders,PROD)',
    ]);
    expect(gms.aspects.get('urn:li:dataset:(urn:li:dataPlatform:kafka,legacy,PROD)')!.get('status')).toEqual({ removed: true });
    expect(gms.aspects.get('urn:li:dataset:(urn:li:dataPlatform:kafka,orders,PROD)')!.get('status')).toEqual({ removed: false });
    expect(await readFile(output, 'utf8')).toMatch(/emitted-topics<<.+\n\["prod\/legacy","prod\/orders"\]|emitted-topics<<.+\n\["prod\/orders","prod\/legacy"\]/);
    expect(await readFile(summary, 'utf8')).toContain('DataHub emit');
  });
});
