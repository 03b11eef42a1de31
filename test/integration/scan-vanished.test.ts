import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brokers } from '../support/broker';
import { runCli } from '../support/cli';
import { createTopicWith, deleteTopics } from '../support/kafka-fixtures';

/** `scan` on disk does with vanished topics what the scan's pull request does: removes their folders, behind the same guard. */
describe('scan removes the folders of vanished topics, as the pull request would', () => {
  const prefix = `it-vanish-${randomBytes(3).toString('hex')}`;
  const live = `${prefix}-live`;
  const dirs: string[] = [];

  beforeAll(() => createTopicWith(live, 1, [{ value: JSON.stringify({ id: 1 }) }]));
  afterAll(async () => {
    await deleteTopics([live]);
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  /** A schema directory with committed folders for these topics (none of them but `live` in the cluster). */
  async function committed(topics: string[]): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'scout-vanished-'));
    dirs.push(dir);
    for (const topic of topics) {
      await mkdir(join(dir, 'local', topic), { recursive: true });
      await writeFile(join(dir, 'local', topic, 'value.avsc'), '"string"\n');
      await writeFile(join(dir, 'local', topic, 'topic.json'), '{\n  "partitions": 1\n}\n');
    }
    return dir;
  }

  const scan = (dir: string, ...flags: string[]) =>
    runCli(['scan', '--brokers', brokers.join(','), '--cluster', 'local', '--dir', dir, '--include', `${prefix}-.*`, ...flags]);
  const folders = async (dir: string) => (await readdir(join(dir, 'local'))).sort();

  it('removes a vanished topic folder and says so', async () => {
    const gone = `${prefix}-gone`;
    const dir = await committed([live, gone]);
    const run = await scan(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`vanished  ${gone} (no longer in the cluster: removed ${dir}/local/${gone}/)`);
    expect(await folders(dir)).toEqual([live]);
  });

  it('keeps them all, with the reason, when more than --max-vanished-percent vanished at once; the flag goes past it', async () => {
    const gone = Array.from({ length: 4 }, (_, i) => `${prefix}-old-${i}`);
    const dir = await committed([live, ...gone]);
    const kept = await scan(dir);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain(`vanished  ${gone[0]} (committed, no longer in the cluster; folder kept)`);
    expect(kept.stdout).toContain(
      'vanished folders kept: 4 of the 5 committed topics vanished at once, more than 10% (a lost Describe permission or the wrong cluster looks the same): their folders are kept; raise --max-vanished-percent to remove them',
    );
    expect(await folders(dir)).toEqual([live, ...gone].sort());

    const removed = await scan(dir, '--max-vanished-percent', '100', '--json');
    expect(removed.code).toBe(0);
    expect((JSON.parse(removed.stdout) as { vanishedRemoval: unknown }).vanishedRemoval).toEqual({ removed: gone, kept: [] });
    expect(await folders(dir)).toEqual([live]);
  });

  it('keeps them with --keep-vanished', async () => {
    const gone = `${prefix}-kept`;
    const dir = await committed([live, gone]);
    const run = await scan(dir, '--keep-vanished');
    expect(run.stdout).toContain('vanished folders kept: --keep-vanished');
    expect(await folders(dir)).toEqual([live, gone].sort());
  });

  it('never follows a linked folder: a link named like a vanished topic is reported, not removed, and its target is untouched', async () => {
    const dir = await committed([live]);
    const outside = await mkdtemp(join(tmpdir(), 'scout-vanished-outside-'));
    dirs.push(outside);
    await writeFile(join(outside, 'value.avsc'), '"string"\n');
    await symlink(outside, join(dir, 'local', `${prefix}-linked`));
    const run = await scan(dir);
    expect(run.stderr).toContain('is a symbolic link');
    expect(await folders(dir)).toEqual([live, `${prefix}-linked`].sort());
    expect(await readdir(outside)).toEqual(['value.avsc']);
  });

  it('rejects a percentage out of range as a usage error', async () => {
    const dir = await committed([live]);
    const run = await scan(dir, '--max-vanished-percent', '150');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("option '--max-vanished-percent <percent>' argument '150' is invalid. expected a percentage from 0 to 100");
  });
});
