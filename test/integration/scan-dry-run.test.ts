import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokers } from '../support/broker';
import { runCli } from '../support/cli';
import { snapshotFiles } from '../support/files';
import { createTopicWith, deleteTopics, uniqueTopic } from '../support/kafka-fixtures';

/** `scan --dry-run --format markdown`: what the action would post, from a real broker, with nothing written. */
describe('scan --dry-run --format markdown', () => {
  const prefix = uniqueTopic('it-dry');
  const payments = `${prefix}-payments`;
  const fresh = `${prefix}-k10`;
  const gone = `${prefix}-gone`;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-dry-'));
    await createTopicWith(
      payments,
      2,
      Array.from({ length: 40 }, (_, i) => ({
        key: `k-SENTINEL-${i}`,
        value: JSON.stringify({ id: i, amount: i % 10 === 0 ? 'AMOUNT-SENTINEL' : i + 0.5 }),
        partition: i % 2,
      })),
    );
    await createTopicWith(fresh, 1, [{ value: JSON.stringify({ k2: 'SENTINEL', k10: 1 }) }]);
    const committed = (topic: string) => join(dir, 'local', topic);
    await mkdir(committed(payments), { recursive: true });
    await writeFile(
      join(committed(payments), 'value.avsc'),
      `${JSON.stringify(
        {
          type: 'record',
          name: 'Payments',
          fields: [
            { name: 'id', type: 'int' },
            { name: 'amount', type: 'double' },
          ],
        },
        null,
        2,
      )}\n`,
    );
    await mkdir(committed(gone), { recursive: true });
    await writeFile(join(committed(gone), 'value.avsc'), `${JSON.stringify({ type: 'record', name: 'Gone', fields: [] }, null, 2)}\n`);
  });

  afterAll(() => deleteTopics([payments, fresh]));

  it('prints the PR title and body, the issue and the summary, and writes nothing', async () => {
    const before = await snapshotFiles(dir);
    const run = await runCli(
      [
        'scan',
        '--brokers',
        brokers.join(','),
        '--cluster',
        'local',
        '--dir',
        dir,
        '--include',
        `${prefix}-.*`,
        '--dry-run',
        '--format',
        'markdown',
        '--repository',
        'acme/schemas',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(await snapshotFiles(dir)).toEqual(before);
    expect(run.stderr).toContain(`dry run: nothing was written under ${dir}/local`);
    const out = run.stdout;
    expect(out).toContain('==> pull request title <==\nKafka schemas: cluster local (1 breaking, 1 new, 1 vanished)\n');
    expect(out).toContain('==> pull request body <==\n<!-- kafka-schema-scout:pull-request cluster=local -->');
    expect(out).toContain('❌ **1 topic breaks existing consumers** (old readers fail on what producers now write) · 🆕 1 new topic · 🗑️ 1 topic vanished');
    expect(out).toContain(
      '<code>amount</code> is now sometimes a <code>string</code>: consumers that decode it as <code>double</code> fail. <sub>present in 40 of 40; string 4, number 36</sub>',
    );
    expect(out).toMatch(/Sampled 40 records \(partition 0 offsets 0–19, partition 1 offsets 0–19\); written \d{4}-\d\d-\d\d /);
    expect(out).toContain(`[folder on main](https://github.com/acme/schemas/tree/main/local/${gone})`);
    expect(out).toContain('==> topics issue <==\n<!-- kafka-schema-scout:topics-issue cluster=local -->');
    expect(out).toContain('==> job summary <==\n### kafka-schema-scout scan of cluster <code>local</code>');
    expect(out).not.toContain('SENTINEL');
  });

  it('--format markdown without --dry-run is a usage error', async () => {
    const run = await runCli(['scan', '--brokers', brokers.join(','), '--dir', dir, '--format', 'markdown']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format markdown needs --dry-run');
  });
});
