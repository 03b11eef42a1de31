import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runReview, type ReviewFlags } from '../../../src/commands/review';
import { runCli } from '../../support/cli';
import { UsageError } from '../../../src/util/errors';
import { ORDER_FORWARD, ORDER_FULL, ORDER_V1, topicJson } from '../../unit/review/schemas';

/** `review --base --head` on a real git repository built by the test. */
describe('review CLI on a git repository', () => {
  let repo = '';
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();

  async function commit(files: Record<string, string | null>, message: string): Promise<void> {
    for (const [path, content] of Object.entries(files)) {
      if (content === null) git('rm', '-q', path);
      else {
        await mkdir(dirname(join(repo, path)), { recursive: true });
        await writeFile(join(repo, path), content);
        git('add', path);
      }
    }
    git('commit', '-q', '-m', message);
  }

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'scout-review-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
    await commit(
      {
        'kafka-schemas/prod/orders/value.avsc': ORDER_V1,
        'kafka-schemas/prod/orders/topic.json': topicJson(),
        'kafka-schemas/prod/legacy/value.avsc': ORDER_V1,
      },
      'base',
    );
    git('checkout', '-q', '-b', 'compatible');
    await commit({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FULL, 'kafka-schemas/stage/fresh/value.avsc': ORDER_V1 }, 'compatible change');
    git('checkout', '-q', 'main');
    git('checkout', '-q', '-b', 'breaking');
    await commit({ 'kafka-schemas/prod/orders/value.avsc': ORDER_FORWARD, 'kafka-schemas/prod/legacy/value.avsc': null }, 'breaking change');
    git('checkout', '-q', 'main');
    // main moves on after the branches: its own change must not show up in their reviews
    await commit({ 'kafka-schemas/prod/legacy/topic.json': topicJson() }, 'main moves on');
  });

  afterAll(async () => {
    await rm(repo, { recursive: true, force: true });
  });

  afterEach(() => {
    process.exitCode = undefined;
    jest.restoreAllMocks();
  });

  /** Runs `review` through the CLI's entry, in the repository. */
  async function cli(args: string[]): Promise<{ code: number; out: string }> {
    const run = await runCli(['review', ...args], { cwd: repo });
    return { code: run.code, out: run.stdout };
  }

  it('reports a compatible change with verdicts and exits 0', async () => {
    const { code, out } = await cli(['--base', 'main', '--head', 'compatible']);
    expect(code).toBe(0);
    expect(out).toContain('outcome: passed (2 topic(s) differ, 0 breaking, 0 invalid; default level BACKWARD)');
    expect(out).toMatch(/changed\s+prod\/orders: FULL, required BACKWARD \(--fail-on\)\n/);
    expect(out).toMatch(/added\s+value\.note: ∅ → null \| string/);
    expect(out).toMatch(/new\s+stage\/fresh/);
    expect(out).not.toContain('prod/legacy');
  });

  it('exits 1 on a breaking change, lists the deleted topic, and exits 0 with --allow-breaking', async () => {
    const failed = await cli(['--base', 'main', '--head', 'breaking']);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/changed\s+prod\/orders: FORWARD, required BACKWARD \(--fail-on\) BREAKING/);
    expect(failed.out).toMatch(/deleted\s+prod\/legacy/);
    const allowed = await cli(['--base', 'main', '--head', 'breaking', '--allow-breaking']);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain('outcome: acknowledged');
    expect((await cli(['--base', 'main', '--head', 'breaking', '--fail-on', 'FORWARD'])).code).toBe(0);
  });

  it('prints JSON and Markdown', async () => {
    const json = JSON.parse((await cli(['--base', 'main', '--head', 'breaking', '--format', 'json'])).out) as {
      outcome: string;
      mergeBase: string;
      topics: Array<{ name: string; status: string; compatibility: string | null; breaking: boolean }>;
    };
    expect(json.outcome).toBe('failed');
    expect(json.mergeBase).toBe(git('merge-base', 'main', 'breaking'));
    expect(json.topics.map(({ name, status, compatibility, breaking }) => ({ name, status, compatibility, breaking }))).toEqual([
      { name: 'prod/legacy', status: 'deleted', compatibility: null, breaking: false },
      { name: 'prod/orders', status: 'changed', compatibility: 'FORWARD', breaking: true },
    ]);
    const markdown = await cli(['--base', 'main', '--head', 'breaking', '-f', 'markdown']);
    expect(markdown.code).toBe(1);
    expect(markdown.out).toContain('| <code>prod/orders</code> | BACKWARD | FORWARD | ❌ breaking |');
    expect(markdown.out).toContain('accept it with <code>--allow-breaking</code>');
    expect(markdown.out.startsWith('<!-- kafka-schema-scout:review -->\n')).toBe(true); // as the sticky comment is posted
    // The comment's renderer: the headline after the verdict, then the breaking topic in words.
    expect(markdown.out).toContain('⚠️ **1 topic breaks new readers** (the new schema cannot read older records) · 🗑️ 1 topic deleted\n');
    expect(markdown.out).toContain('##### <code>prod/orders</code>: ⚠️ breaks new readers of older records (compatibility FORWARD)');
  });

  it('resolves --dir against the current directory inside the repository', async () => {
    const write = (text: string) => void (out += text);
    let out = '';
    const flags: ReviewFlags = { base: 'main', head: 'compatible', dir: '.', failOn: 'BACKWARD', format: 'text' };
    expect(await runReview(flags, { cwd: join(repo, 'kafka-schemas'), write })).toBe(0);
    expect(out).toContain('review of kafka-schemas:');
    expect(out).toMatch(/changed\s+prod\/orders/);
  });

  it('flags links chained through folders named like JSON, and a linked schema directory, without reading them', async () => {
    git('checkout', '-q', '-b', 'smuggle', 'main');
    // value.avsc's link text is `"string"`, valid Avro; on disk it resolves to a folder named like JSON
    await mkdir(join(repo, '"string"'), { recursive: true });
    await writeFile(join(repo, '"string"', 'secret.txt'), 'outside the tree\n');
    git('rm', '-q', 'kafka-schemas/prod/orders/value.avsc');
    execFileSync('ln', ['-s', '"string"', join(repo, 'kafka-schemas/prod/orders/value.avsc')]);
    execFileSync('ln', ['-s', '../../"string"', join(repo, 'kafka-schemas/prod/mirror')]);
    git('add', '-A');
    git('commit', '-q', '-m', 'smuggle links');
    const result = await cli(['--base', 'main', '--head', 'smuggle']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('INVALID   prod/mirror: a symbolic link: links, submodules and special files are not allowed');
    expect(result.out).toMatch(/changed\s+prod\/orders: INVALID value\.avsc: a symbolic link/);
    expect(result.out).not.toContain('outside the tree');
    expect((await cli(['--base', 'main', '--head', 'smuggle', '--allow-breaking'])).code).toBe(1);

    git('checkout', '-q', '-b', 'linked-root', 'main');
    git('rm', '-r', '-q', 'kafka-schemas');
    execFileSync('ln', ['-s', '"string"', join(repo, 'kafka-schemas')]);
    git('add', '-A');
    git('commit', '-q', '-m', 'schema dir becomes a link');
    const linked = await cli(['--base', 'main', '--head', 'linked-root']);
    expect(linked.code).toBe(1);
    expect(linked.out).toContain('INVALID   the schema directory: a symbolic link at kafka-schemas, not a folder');
    git('checkout', '-q', 'main');
  });

  it('names an oversized schema file and the limit (no buffer error)', async () => {
    git('checkout', '-q', '-b', 'huge', 'main');
    const huge = `${JSON.stringify({ type: 'record', name: 'Big', fields: [{ name: 'x', type: 'string', doc: 'x'.repeat(3 * 1024 * 1024) }] })}\n`;
    await commit({ 'kafka-schemas/prod/orders/value.avsc': huge }, 'huge schema');
    git('checkout', '-q', 'main');
    const result = await cli(['--base', 'main', '--head', 'huge']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('INVALID value.avsc: 3.0 MiB, over the 2.0 MiB limit of a schema file: not read');
  });

  it('refuses unknown refs and levels as usage errors', async () => {
    const flags: ReviewFlags = { base: 'main', head: 'no-such-branch', dir: 'kafka-schemas', failOn: 'BACKWARD', format: 'text' };
    await expect(runReview(flags, { cwd: repo, write: () => {} })).rejects.toThrow(UsageError);
    await expect(runReview({ ...flags, head: 'compatible', failOn: 'SOMETIMES' }, { cwd: repo, write: () => {} })).rejects.toThrow(/--fail-on/);
    await expect(runReview({ ...flags, head: 'compatible', dir: '../..' }, { cwd: repo, write: () => {} })).rejects.toThrow(/outside the repository/);
  });
});
