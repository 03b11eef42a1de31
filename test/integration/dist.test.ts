import { expect } from '@jest/globals';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runScan } from '../../src/scan/run-scan';
import { defaultSampleOptions } from '../../src/kafka/sample';
import { silentLogger } from '../../src/util/log';
import { HEAP_CEILING_MIB, SEMI_SPACE_MIB } from '../../src/util/heap-ceiling';
import { brokers } from '../support/broker';
import { snapshotFiles } from '../support/files';
import { createTopicWith, deleteTopics, uniqueTopic } from '../support/kafka-fixtures';

const run = promisify(execFile);
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** The bundled CLI and action must run from a copy of dist/ alone (no node_modules). */
describe('bundled dist/', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'scout-dist-'));
    await cp(dist, copy, { recursive: true });
  });

  it('runs the CLI help with plain node and lists the commands', async () => {
    const { stdout } = await run(process.execPath, [join(copy, 'cli', 'index.js'), '--help'], { cwd: copy });
    expect(stdout).toMatch(/Usage: kafka-schema-scout/);
    expect(stdout).toMatch(/^\s+scan \[options\]/m);
    for (const command of ['demo', 'diff', 'fields', 'emit']) expect(stdout).toMatch(new RegExp(`^\\s+${command} `, 'm'));
  });

  it('the bundled CLI maps outcomes to exit codes across its lazily loaded chunks (usage 2, failed 1)', async () => {
    const cli = (args: string[]) =>
      run(process.execPath, [join(copy, 'cli', 'index.js'), ...args], { cwd: copy }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
    const usage = await cli(['scan', '-c', '../escape', '--brokers', '127.0.0.1:1', '--dir', join(copy, 'x')]);
    expect(usage).toMatchObject({ code: 2 });
    expect(usage.stderr).toContain('is not a valid cluster name');
    const schema = fileURLToPath(new URL('../corpus/payments.avsc', import.meta.url));
    const other = fileURLToPath(new URL('../corpus/clickstream.avsc', import.meta.url));
    expect(await cli(['diff', schema, other, '--fail-on', 'FULL'])).toMatchObject({ code: 1, stderr: expect.stringContaining('does not keep FULL') });
  });

  it('runs the action entry and fails with a clear message when a required input is missing, in the log and the job summary', async () => {
    const summary = join(copy, 'summary.md');
    await writeFile(summary, '');
    const result = await run(process.execPath, [join(copy, 'index.js')], {
      cwd: copy,
      env: { PATH: process.env.PATH, INPUT_COMMAND: 'scan', GITHUB_STEP_SUMMARY: summary },
    }).catch((error: { stdout: string; code: number }) => error);
    expect(result.stdout).toMatch(/::error::input 'brokers' is required/);
    expect((result as { code?: number }).code).toBe(1);
    expect(await readFile(summary, 'utf8')).toMatch(/kafka-schema-scout failed[\s\S]*input &#39;brokers&#39; is required/);
  });

  it('scans in a process of its own with a 1 GiB heap ceiling and a 16 MiB semi-space, keeping a heap or semi-space size the user chose (CLI and action)', async () => {
    const heapLimit = (stderr: string) => Number(/V8 heap limit (\d+) MiB/.exec(stderr)?.[1]);
    const scan = [
      'scan',
      '--brokers',
      brokers[0]!,
      '--cluster',
      'c',
      '--dir',
      join(copy, 'ceiling'),
      '--include',
      'it-dist-no-such-topic',
      '--dry-run',
      '--verbose',
    ];
    const env = { PATH: process.env.PATH };
    const ceiling = await run(process.execPath, [join(copy, 'cli', 'index.js'), ...scan], { cwd: copy, env });
    // The old space's 1,024 MiB and the young generation's: 3 semi-spaces of 16 MiB (of 64 MiB, 1,216 in all, by V8's choice).
    const young = 3 * SEMI_SPACE_MIB;
    expect(heapLimit(ceiling.stderr)).toBeGreaterThanOrEqual(HEAP_CEILING_MIB);
    expect(heapLimit(ceiling.stderr)).toBeLessThanOrEqual(HEAP_CEILING_MIB + young);
    const chosen = await run(process.execPath, [join(copy, 'cli', 'index.js'), ...scan], {
      cwd: copy,
      env: { ...env, NODE_OPTIONS: '--max-old-space-size=300' },
    });
    expect(heapLimit(chosen.stderr)).toBeLessThan(300 + 256);
    // A young generation the user chose is theirs: the child keeps the old-space ceiling only.
    const chosenYoung = await run(process.execPath, [join(copy, 'cli', 'index.js'), ...scan], {
      cwd: copy,
      env: { ...env, NODE_OPTIONS: '--max-semi-space-size=32' },
    });
    expect(heapLimit(chosenYoung.stderr)).toBe(HEAP_CEILING_MIB + 3 * 32);
    // The action: its debug lines are the runner's ::debug:: commands.
    const action = await run(process.execPath, [join(copy, 'index.js')], {
      cwd: copy,
      env: {
        ...env,
        RUNNER_DEBUG: '1',
        INPUT_COMMAND: 'scan',
        INPUT_BROKERS: brokers[0]!,
        INPUT_INCLUDE: 'it-dist-no-such-topic',
        'INPUT_SCHEMA-DIR': join(copy, 'ceiling-action'),
        'INPUT_CREATE-PULL-REQUEST': 'false',
        'INPUT_CREATE-ISSUE': 'false',
      },
    }).catch((error: { stdout: string; stderr: string }) => error);
    expect(heapLimit(action.stdout)).toBeGreaterThanOrEqual(HEAP_CEILING_MIB);
    expect(heapLimit(action.stdout)).toBeLessThanOrEqual(HEAP_CEILING_MIB + young);
  });

  it('scans with the bundled CLI to the same bytes as in-process', async () => {
    const topics = [uniqueTopic('it-dist-a'), uniqueTopic('it-dist-b')];
    for (const [n, topic] of topics.entries()) {
      await createTopicWith(
        topic,
        2,
        Array.from({ length: 40 }, (_, i) => ({
          key: i % 5 === 0 ? JSON.stringify({ tenant: n, id: i }) : `k${i}`,
          value:
            i % 9 === 0
              ? null
              : JSON.stringify({ id: i, at: '2026-11-01T00:00:00Z', tags: { [`t${i % 3}`]: i }, big: 9007199254740993n + BigInt(i) }, (_k, v: unknown) =>
                  typeof v === 'bigint' ? Number.MAX_SAFE_INTEGER : v,
                ),
          partition: i % 2,
        })),
      );
    }
    try {
      const bundled = await mkdtemp(join(tmpdir(), 'scout-dist-scan-'));
      const inProcess = await mkdtemp(join(tmpdir(), 'scout-inproc-scan-'));
      const include = topics.flatMap((topic) => ['--include', topic]);
      await run(process.execPath, [join(copy, 'cli', 'index.js'), 'scan', '--brokers', brokers[0]!, '--cluster', 'c', '--dir', bundled, ...include], {
        cwd: copy,
      });
      await runScan(
        { connection: { brokers }, cluster: 'c', dir: inProcess, filter: { include: topics }, sampling: defaultSampleOptions, naming: {} },
        silentLogger,
      );
      const expected = await snapshotFiles(inProcess);
      expect(Object.keys(expected)).toHaveLength(6);
      expect(await snapshotFiles(bundled)).toEqual(expected);
    } finally {
      await deleteTopics(topics);
    }
  });
});
