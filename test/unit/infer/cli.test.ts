import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatInferReport, inferFromNdjson } from '../../../src/commands/infer';
import { runCli } from '../../support/cli';
import { formatSchema } from '../../../src/schema/avro';

/** The lines as one read's batch. */
const linesOf = (lines: string[]): AsyncIterable<string[]> => ReadableStream.from([lines]);

/** `infer` through the CLI's entry (exit code as a user gets it; undefined for 0). */
async function runInfer(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number | undefined }> {
  const run = await runCli(['infer', ...args]);
  return { stdout: run.stdout, stderr: run.stderr, exitCode: run.code === 0 ? undefined : run.code };
}

describe('infer command', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-infer-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('reads NDJSON files, skips bad lines (reported by line number, not content), prints the schema', async () => {
    const file = join(dir, 'orders.ndjson');
    await writeFile(file, '{"id":1,"attrs":{"color":"red"}}\n\nnot json SECRET\n{"id":2.5}\n{"id":\n');
    const { stdout, stderr, exitCode } = await runInfer(['--namespace', 'com.acme', '--map', 'attrs', file]);
    expect(exitCode).toBeUndefined();
    const schema = JSON.parse(stdout) as { name: string; namespace: string; fields: Array<{ name: string; type: unknown }> };
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(schema).toMatchObject({ name: 'Orders', namespace: 'com.acme' });
    expect(schema.fields).toEqual([
      { name: 'id', type: 'double' },
      { name: 'attrs', type: ['null', { type: 'map', values: 'string' }], default: null },
    ]);
    expect(stderr).toContain('2 value(s) read, 2 line(s) skipped (not JSON), 1 blank');
    expect(stderr).toContain(`${file}:3, ${file}:5`);
    expect(stderr).not.toContain('SECRET');
  });

  test('--prior keeps the committed schema; the output fed back as prior changes no byte', async () => {
    const data = join(dir, 'events.ndjson');
    await writeFile(data, '{"b":1}\n{"a":"x","b":2}\n');
    const first = await runInfer(['--name', 'events', data]);
    const prior = join(dir, 'value.avsc');
    await writeFile(prior, first.stdout);
    const second = await runInfer(['--prior', prior, data]);
    expect(second.stdout).toBe(first.stdout);
  });

  test('no valid line at all: exit code 2 and a clear message, nothing on stdout', async () => {
    const file = join(dir, 'bad.ndjson');
    await writeFile(file, 'nope\n\n');
    const { stdout, stderr, exitCode } = await runInfer([file]);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no valid JSON line');
  });

  test('the skipped-line list is capped', async () => {
    const report = await inferFromNdjson([{ name: 'in', lines: linesOf(Array.from({ length: 25 }, () => '{')) }], { name: 't' });
    expect(report.skipped).toBe(25);
    expect(report.skippedAt).toHaveLength(10);
    expect(formatInferReport(report)).toContain('and 15 more');
  });

  test('inferFromNdjson reads several sources into one schema', async () => {
    const report = await inferFromNdjson(
      [
        { name: 'a', lines: linesOf(['{"x":1}']) },
        { name: 'b', lines: linesOf(['{"x":"s"}', '  ']) },
      ],
      { name: 't' },
    );
    expect(report.values).toBe(2);
    expect(report.blankLines).toBe(1);
    expect(formatSchema(report.schema)).toContain('"long",\n        "string"');
  });
});
