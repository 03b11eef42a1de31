import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDiff } from '../../../src/commands/diff';
import { UsageError } from '../../../src/util/errors';
import { runCli } from '../../support/cli';

let dir = '';
const file = (name: string): string => join(dir, name);
const record = (fields: object[]): string => JSON.stringify({ type: 'record', name: 'Order', namespace: 'com.acme', fields }, null, 2);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scout-diff-'));
  await writeFile(
    file('v1.avsc'),
    record([
      { name: 'id', type: 'long' },
      { name: 'qty', type: 'int' },
    ]),
  );
  // v2: qty widened (FORWARD breaks), note added with a default: BACKWARD holds.
  await writeFile(
    file('v2.avsc'),
    record([
      { name: 'id', type: 'long' },
      { name: 'qty', type: 'long' },
      { name: 'note', type: ['null', 'string'], default: null },
    ]),
  );
  await writeFile(
    file('v1-copy.avsc'),
    record([
      { name: 'id', type: 'long' },
      { name: 'qty', type: 'int' },
    ]),
  );
  await writeFile(file('broken.avsc'), '{"type": "record", "name": "X", "fields": [');
  await writeFile(file('invalid.avsc'), '{"type": "record", "name": "X", "fields": [{"name": "a", "type": "Nope"}]}');
  await writeFile(file('bad-default.avsc'), '{"type": "record", "name": "X", "fields": [{"name": "a", "type": "int", "default": "x"}]}');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

afterEach(() => {
  process.exitCode = undefined;
  jest.restoreAllMocks();
});

/** Runs `diff` through the CLI's entry, as a user would. */
async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const run = await runCli(['diff', ...args]);
  return { code: run.code, out: run.stdout };
}

describe('diff command', () => {
  it('prints JSON with the level and the changes', async () => {
    const { code, out } = await cli([file('v1.avsc'), file('v2.avsc'), '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { compatibility: string; changes: unknown[]; incompatibilities: unknown[] };
    expect(json.compatibility).toBe('BACKWARD');
    expect(json.changes).toEqual([
      { path: 'note', kind: 'added', before: null, after: 'null | string', breaks: [] },
      { path: 'qty', kind: 'widened', before: 'int', after: 'long', breaks: ['FORWARD'] },
    ]);
    expect(json.incompatibilities).toEqual([
      { direction: 'FORWARD', type: 'TYPE_MISMATCH', location: '/fields/1/type', message: 'reader type: INT not compatible with writer type: LONG' },
    ]);
  });

  it('prints text by default and markdown on request', async () => {
    const text = await cli([file('v1.avsc'), file('v2.avsc')]);
    expect(text.out).toContain('compatibility: BACKWARD');
    expect(text.out).toMatch(/widened\s+qty: int → long {2}\[breaks FORWARD\]/);
    const markdown = await cli([file('v1.avsc'), file('v2.avsc'), '-f', 'markdown']);
    expect(markdown.out).toContain('**Compatibility:** ⚠️ BACKWARD');
    expect(markdown.out).toContain('| <code>qty</code> | widened | <code>int</code> | <code>long</code> | FORWARD |');
  });

  it('--fail-on: exit 1 when the level does not hold, 0 when it does', async () => {
    expect((await cli([file('v1.avsc'), file('v2.avsc'), '--fail-on', 'BACKWARD'])).code).toBe(0);
    expect((await cli([file('v1.avsc'), file('v2.avsc'), '--fail-on', 'backward_transitive'])).code).toBe(0);
    expect((await cli([file('v1.avsc'), file('v2.avsc'), '--fail-on', 'FORWARD'])).code).toBe(1);
    expect((await cli([file('v1.avsc'), file('v2.avsc'), '--fail-on', 'FULL_TRANSITIVE'])).code).toBe(1);
    expect((await cli([file('v1.avsc'), file('v2.avsc'), '--fail-on', 'NONE'])).code).toBe(0);
    expect((await cli([file('v1.avsc'), file('v1-copy.avsc'), '--fail-on', 'FULL'])).code).toBe(0);
    expect((await cli([file('v2.avsc'), file('v1.avsc'), '--fail-on', 'BACKWARD'])).code).toBe(1);
  });

  it('bad input is a usage error (exit 2) naming the file', async () => {
    await expect(runDiff(file('broken.avsc'), file('v1.avsc'), { format: 'text' }, () => {})).rejects.toThrow(
      new RegExp(`${file('broken.avsc')}: not valid JSON`),
    );
    await expect(runDiff(file('v1.avsc'), file('invalid.avsc'), { format: 'text' }, () => {})).rejects.toThrow(
      new RegExp(`${file('invalid.avsc')}: not a valid Avro schema .*Nope`),
    );
    await expect(runDiff(file('bad-default.avsc'), file('v1.avsc'), { format: 'text' }, () => {})).rejects.toThrow(
      new RegExp(`${file('bad-default.avsc')}: not a valid Avro schema`),
    );
    await expect(runDiff(file('missing.avsc'), file('v1.avsc'), { format: 'text' }, () => {})).rejects.toThrow(
      new RegExp(`${file('missing.avsc')}: cannot read`),
    );
    await expect(runDiff(file('v1.avsc'), file('v2.avsc'), { format: 'text', failOn: 'SOMETIMES' }, () => {})).rejects.toBeInstanceOf(UsageError);
    expect((await cli([file('broken.avsc'), file('v1.avsc')])).code).toBe(2);
  });
});
