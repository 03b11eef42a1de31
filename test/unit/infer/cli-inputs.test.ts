import avro from 'avsc';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ndjsonLines } from '../../../src/commands/infer';
import { MAX_JSON_DEPTH } from '../../../src/json/parse';
import { runCli } from '../../support/cli';

/** `infer` on awkward input: never invalid Avro on stdout, never a crash, every usable line read. */
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scout-infer-inputs-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth - 1)}{"a":1}${'}'.repeat(depth - 1)}`;
}

/** `depth` levels of objects, each with a key of its own (`{"a0":{"a1":...}}`): no level repeats another. */
function distinctLevels(depth: number): string {
  let text = '1';
  for (let level = depth - 1; level >= 0; level--) text = `{"a${level}":${text}}`;
  return text;
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

test('a 1,000-level message makes a schema over the size limit: exit 1, the message on stderr (suggesting --map), nothing on stdout', async () => {
  const path = await file('deep-1000.ndjson', `${distinctLevels(1000)}\n`);
  const { code, stdout, stderr } = await runCli(['infer', path]);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/the inferred schema would be \d+\.\d MiB \(limit 2 MiB\)/);
  expect(stderr).toContain('--map');
});

test('a prior that is not valid Avro is refused (exit 2), not carried into invalid output', async () => {
  const prior = await file('bad-prior.avsc', JSON.stringify({ type: 'record', name: 'R', namespace: 'a..b', fields: [] }));
  const data = await file('for-prior.ndjson', '{"x":1}\n');
  const { code, stdout, stderr } = await runCli(['infer', '--prior', prior, data]);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toContain(`the prior schema ${prior} is not a valid Avro schema`);
});

test(`a line nested deeper than ${MAX_JSON_DEPTH} levels is skipped by line number; the rest of the file is inferred`, async () => {
  const path = await file('deep-10000.ndjson', `{"id":1}\n${nested(10_000)}\n{"id":2,"name":"x"}\n${'['.repeat(5000)}${']'.repeat(5000)}\n`);
  const { code, stdout, stderr } = await runCli(['infer', path]);
  expect(code).toBe(0);
  const schema = JSON.parse(stdout) as { fields: Array<{ name: string }> };
  expect(schema.fields.map((f) => f.name)).toEqual(['id', 'name']);
  avro.Type.forSchema(schema as avro.Schema);
  expect(stderr).toContain('2 value(s) read, 2 line(s) skipped (2 nested deeper than 1000 levels)');
  expect(stderr).toContain(`skipped: ${path}:2 (nested deeper than ${MAX_JSON_DEPTH} levels), ${path}:4 (nested deeper than ${MAX_JSON_DEPTH} levels)`);
});

test('exactly the limit is read; one more level is skipped', async () => {
  const path = await file(
    'at-limit.ndjson',
    `${'['.repeat(MAX_JSON_DEPTH)}1${']'.repeat(MAX_JSON_DEPTH)}\n${'['.repeat(MAX_JSON_DEPTH + 1)}1${']'.repeat(MAX_JSON_DEPTH + 1)}\n`,
  );
  const { code, stderr } = await runCli(['infer', path]);
  // the first line's schema (1,000 nested arrays) is itself over the size limit: the point is which line is read
  expect(stderr).toContain('1 value(s) read, 1 line(s) skipped');
  expect(stderr).toContain(`${path}:2 (nested deeper than`);
  expect(code).toBe(1);
});

test('a UTF-8 BOM at the start of a file does not lose the first line', async () => {
  const path = await file('bom.ndjson', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"first":1}\n{"second":"x"}\n')]));
  const { code, stdout, stderr } = await runCli(['infer', path]);
  expect(code).toBe(0);
  expect(stderr).toContain('2 value(s) read, 0 line(s) skipped');
  expect((JSON.parse(stdout) as { fields: Array<{ name: string }> }).fields.map((f) => f.name)).toEqual(['first', 'second']);
});

test('raw U+2028 and U+2029 inside a string do not split the line; CRLF line ends are fine', async () => {
  const path = await file('separators.ndjson', '{"s":"a\u2028b"}\r\n{"s":"c\u2029d","n":1}\r\n');
  const { code, stderr, stdout } = await runCli(['infer', path]);
  expect(code).toBe(0);
  expect(stderr).toContain('2 value(s) read, 0 line(s) skipped');
  expect((JSON.parse(stdout) as { fields: Array<{ name: string }> }).fields.map((f) => f.name)).toEqual(['s', 'n']);
});

describe('ndjsonLines', () => {
  async function lines(chunks: Array<string | Buffer>, maxLineBytes?: number): Promise<unknown[]> {
    const result: unknown[] = [];
    const stream = Readable.from(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
    for await (const line of ndjsonLines(stream, maxLineBytes)) result.push(line);
    return result;
  }

  test('splits on \\n only, across chunks (a multi-byte character split between chunks too), drops a trailing \\r and each leading BOM', async () => {
    const euro = Buffer.from('€');
    expect(
      await lines(['\uFEFFa\r\nb', 'c\n\n', Buffer.concat([Buffer.from('x'), euro.subarray(0, 1)]), Buffer.concat([euro.subarray(1), Buffer.from('\u2028y')])]),
    ).toEqual(['a', 'bc', '', 'x€\u2028y']);
    expect(await lines(['a\n'])).toEqual(['a']);
    expect(await lines([])).toEqual([]);
  });

  test('a line longer than the limit is reported as such, without keeping it; the next line is read', async () => {
    expect(await lines(['0123', '456789\nok\n', '0123456789'], 8)).toEqual([{ tooLong: true }, 'ok', { tooLong: true }]);
  });

  /** The definition: the bytes split at every \n, each line decoded alone (a trailing \r and a leading BOM dropped). */
  function oneByOne(bytes: Buffer, maxLineBytes: number): unknown[] {
    const result: unknown[] = [];
    for (let from = 0; from < bytes.length;) {
      const found = bytes.indexOf(10, from);
      const to = found === -1 ? bytes.length : found;
      const line = bytes.subarray(from, to > from && bytes[to - 1] === 13 ? to - 1 : to);
      result.push(to - from > maxLineBytes ? { tooLong: true } : new TextDecoder().decode(line));
      from = to + 1;
    }
    return result;
  }

  test('any bytes in any chunks give the lines of the definition (BOMs, CRs, bad UTF-8, characters split between chunks, lines over the limit)', async () => {
    const pieces = ['\n', '\r', '\r\n', '\uFEFF', 'a', '{"k":1}', '€', '\u2028', '😀', ' '].map((text) => Buffer.from(text));
    const piece = fc.oneof(
      fc.constantFrom(...pieces),
      fc.uint8Array({ minLength: 1, maxLength: 3 }).map((bytes) => Buffer.from(bytes)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 60 }),
        fc.array(fc.nat(40), { maxLength: 8 }),
        fc.constantFrom(4, 16, 1024),
        async (parts, cuts, maxLineBytes) => {
          const bytes = Buffer.concat(parts);
          const bounds = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...bounds].map((from, i) => bytes.subarray(from, [...bounds, bytes.length][i])).filter((chunk) => chunk.length > 0);
          expect(await lines(chunks, maxLineBytes)).toEqual(oneByOne(bytes, maxLineBytes));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
