import { isAscii } from 'node:buffer';
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { createInferrer, type InferenceNote, type InferOptions } from '../infer/index';
import { checkAvroNamespace } from '../infer/names';
import { JsonDepthError, parseJsonTyped } from '../json/parse';
import { formatSchema, type AvroSchema } from '../schema/avro';
import { checkAvroSchema, checkSchemaSize } from '../catalog/schema-file';
import { UsageError, errorMessage } from '../util/errors';
import { collect } from './options';
import type { Settle } from './settle';

/** A line longer than this (in bytes) is skipped unread, so memory per line stays bounded. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** What ndjsonLines yields for a line over the limit (its bytes are not kept). */
export interface TooLongLine {
  readonly tooLong: true;
}
const TOO_LONG: TooLongLine = Object.freeze({ tooLong: true });

/** Where a line came from, for the report (never its content: sampled values stay private). */
export interface LineSource {
  name: string;
  /** The lines, a read's lines at a time (see ndjsonLineBatches). */
  lines: AsyncIterable<Array<string | TooLongLine>>;
}

export interface NdjsonInferReport {
  schema: AvroSchema;
  /** Values added to the schema. */
  values: number;
  blankLines: number;
  /** Lines left out: total, per reason, and the first few locations (with the reason, unless it is "not JSON"). */
  skipped: number;
  skippedBy: Map<string, number>;
  skippedAt: string[];
  /** Near calls: positions kept records although their keys look like data (no key printed). */
  notes?: readonly InferenceNote[];
}

export const SKIPPED_LINES_LISTED = 10;
const NOT_JSON = 'not JSON';

/**
 * Infers one schema from newline-delimited JSON sources, line by line (nothing is kept but
 * the shape). Blank lines are ignored; lines that are not JSON, nest too deeply or are too
 * long are counted and located.
 */
export async function inferFromNdjson(sources: LineSource[], options: InferOptions): Promise<NdjsonInferReport> {
  const inferrer = createInferrer(options);
  let blankLines = 0;
  let skipped = 0;
  const skippedBy = new Map<string, number>();
  const skippedAt: string[] = [];
  for (const source of sources) {
    let lineNumber = 0;
    const skip = (reason: string) => {
      skipped++;
      skippedBy.set(reason, (skippedBy.get(reason) ?? 0) + 1);
      const at = `${source.name}:${lineNumber}`;
      if (skippedAt.length < SKIPPED_LINES_LISTED) skippedAt.push(reason === NOT_JSON ? at : `${at} (${reason})`);
    };
    for await (const batch of source.lines) {
      for (const line of batch) {
        lineNumber++;
        if (typeof line !== 'string') {
          skip(`longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB`);
          continue;
        }
        if (line.trim() === '') {
          blankLines++;
          continue;
        }
        let value;
        try {
          value = parseJsonTyped(line);
        } catch (error) {
          skip(error instanceof JsonDepthError ? error.message : NOT_JSON);
          continue;
        }
        inferrer.add(value);
      }
    }
  }
  const schema = inferrer.result();
  return { schema, values: inferrer.count, blankLines, skipped, skippedBy, skippedAt, notes: inferrer.notes };
}

export function formatInferReport(report: NdjsonInferReport): string {
  const reasons = [...report.skippedBy.keys()].every((reason) => reason === NOT_JSON)
    ? NOT_JSON
    : [...report.skippedBy].map(([reason, count]) => `${count} ${reason}`).join(', ');
  const lines = [`infer: ${report.values} value(s) read, ${report.skipped} line(s) skipped (${reasons}), ${report.blankLines} blank`];
  if (report.skipped > 0) {
    const more = report.skipped > report.skippedAt.length ? `, and ${report.skipped - report.skippedAt.length} more` : '';
    lines.push(`  skipped: ${report.skippedAt.join(', ')}${more}`);
  }
  for (const note of report.notes ?? []) {
    const where = note.path === '' ? 'the top level' : note.path;
    const kept = note.keptBy === 'committed schema' ? 'the prior keeps it a record' : 'it was kept a record';
    lines.push(`  note: ${where} looks keyed by data (${note.evidence}) but ${kept}; pass --map ${JSON.stringify(note.path)} to make it a map`);
  }
  return `${lines.join('\n')}\n`;
}

const utf8 = new TextDecoder('utf-8'); // not fatal (bad bytes become U+FFFD); drops a leading BOM

function decodeLine(bytes: Buffer): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
  return utf8.decode(bytes.subarray(0, end));
}

/** text[from, to) as decodeLine gives its bytes: without a trailing `\r` or a leading BOM (Buffer#toString keeps it). */
function lineOf(text: string, from: number, to: number): string {
  if (to > from && text.charCodeAt(to - 1) === 13) to--;
  if (to > from && text.charCodeAt(from) === 0xfeff) from++;
  return text.slice(from, to);
}

/**
 * The lines of a byte stream, split at `\n` only (readline also splits at `\r`, U+2028 and
 * U+2029, which JSON strings may hold raw), without a trailing `\r` or a leading BOM (a file's,
 * or one concatenated after another). A line over `maxLineBytes` is dropped as it streams by and
 * comes out as TOO_LONG. The last line needs no `\n`.
 */
export async function* ndjsonLines(stream: AsyncIterable<Buffer | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<string | TooLongLine> {
  for await (const batch of ndjsonLineBatches(stream, maxLineBytes)) yield* batch;
}

/** {@link ndjsonLines}, a read's lines at a time: one step of the reading loop per read, not per line. */
export async function* ndjsonLineBatches(stream: AsyncIterable<Buffer | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<Array<string | TooLongLine>> {
  let batch: Array<string | TooLongLine> = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  for await (const raw of stream) {
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    const first = chunk.indexOf(10);
    if (first !== -1) {
      // The line held from earlier chunks ends here.
      const piece = chunk.subarray(0, first);
      if (tooLong || pendingBytes + piece.length > maxLineBytes) batch.push(TOO_LONG);
      else batch.push(decodeLine(pending.length === 0 ? piece : Buffer.concat([...pending, piece])));
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      const last = chunk.lastIndexOf(10);
      if (last - first - 1 <= maxLineBytes) {
        // The lines in between, none of which can be over the limit. ASCII ones are taken in
        // one call (TextDecoder per line cost about as much as JSON.parse-ing the line); others
        // line by line, so that only lines with non-Latin-1 characters become two-byte strings
        // (slower to parse and scan), not every line of the read.
        const lines = chunk.subarray(first + 1, last);
        if (isAscii(lines)) {
          const text = lines.toString('latin1');
          let from = 0;
          for (let to = text.indexOf('\n'); to !== -1; to = text.indexOf('\n', from)) {
            batch.push(lineOf(text, from, to));
            from = to + 1;
          }
          if (last > first) batch.push(lineOf(text, from, text.length));
        } else {
          for (let from = first + 1; from <= last;) {
            const to = chunk.indexOf(10, from);
            const text = chunk.toString('utf8', from, to);
            batch.push(lineOf(text, 0, text.length));
            from = to + 1;
          }
        }
      } else {
        for (let from = first + 1; from <= last;) {
          const to = chunk.indexOf(10, from);
          batch.push(to - from > maxLineBytes ? TOO_LONG : decodeLine(chunk.subarray(from, to)));
          from = to + 1;
        }
      }
      start = last + 1;
    }
    if (start === chunk.length || tooLong) continue;
    if (pendingBytes + chunk.length - start > maxLineBytes) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
    } else {
      pending.push(Buffer.from(chunk.subarray(start))); // a copy: the stream may reuse its buffer
      pendingBytes += chunk.length - start;
    }
  }
  if (tooLong) batch.push(TOO_LONG);
  else if (pendingBytes > 0) batch.push(decodeLine(Buffer.concat(pending)));
  if (batch.length > 0) yield batch;
}

/** Opens every input file before anything is read: a missing file or a directory is a usage error naming it. */
async function openSources(files: string[]): Promise<LineSource[]> {
  const handles: FileHandle[] = [];
  try {
    for (const file of files) {
      let handle: FileHandle;
      try {
        handle = await open(file, 'r');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : errorMessage(error)}`);
      }
      handles.push(handle);
      if ((await handle.stat()).isDirectory()) throw new UsageError(`${file} is a directory, not an NDJSON file`);
    }
  } catch (error) {
    await Promise.all(handles.map((handle) => handle.close().catch(() => undefined)));
    throw error;
  }
  return files.map((file, i) => ({ name: file, lines: ndjsonLineBatches(handles[i]!.createReadStream()) }));
}

function defaultName(files: string[]): string {
  const first = files[0];
  return first === undefined ? 'value' : basename(first).replace(/\.(ndjson|jsonl|json|txt)$/i, '');
}

async function readPrior(file: string): Promise<AvroSchema> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the prior schema ${file}: ${errorMessage(error)}`);
  }
  let schema: AvroSchema;
  try {
    schema = JSON.parse(text) as AvroSchema;
  } catch {
    throw new UsageError(`the prior schema ${file} is not JSON`);
  }
  try {
    checkAvroSchema(`the prior schema ${file}`, schema);
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
  return schema;
}

interface InferFlags {
  name?: string;
  namespace?: string;
  prior?: string;
  map: string[];
  record: string[];
}

export function overridesFromFlags(maps: string[], records: string[]): Map<string, 'map' | 'record'> {
  const overrides = new Map<string, 'map' | 'record'>();
  for (const path of maps) overrides.set(path, 'map');
  for (const path of records) {
    if (overrides.has(path)) throw new UsageError(`path ${JSON.stringify(path)} is given both as --map and --record`);
    overrides.set(path, 'record');
  }
  return overrides;
}

export function registerInferCommand(program: Command, _settle: Settle): void {
  program
    .command('infer')
    .description('infer an Avro schema from newline-delimited JSON (files, or stdin) and print it')
    .argument('[files...]', 'NDJSON files (default: standard input)')
    .option('--name <name>', 'top-level record name, PascalCased (default: the first file name)')
    .option('--namespace <namespace>', 'Avro namespace of the records')
    .option('--prior <file>', 'committed schema (.avsc) to start from: its names, order, docs and defaults are kept')
    .option('--map <path>', 'treat the object at this path as a map (repeatable; e.g. customer.attributes)', collect, [])
    .option('--record <path>', 'treat the object at this path as a record (repeatable)', collect, [])
    .action(async (files: string[], flags: InferFlags) => {
      if (flags.namespace !== undefined) checkAvroNamespace(flags.namespace, '--namespace');
      const overrides = overridesFromFlags(flags.map, flags.record);
      const prior = flags.prior === undefined ? undefined : await readPrior(flags.prior);
      const sources: LineSource[] = files.length === 0 ? [{ name: 'stdin', lines: ndjsonLineBatches(process.stdin) }] : await openSources(files);
      const report = await inferFromNdjson(sources, {
        name: flags.name ?? defaultName(files),
        namespace: flags.namespace,
        prior,
        overrides,
      });
      process.stderr.write(formatInferReport(report));
      if (report.values === 0) {
        throw new UsageError('no valid JSON line in the input: no schema printed');
      }
      // No usable schema for this input: a failure (exit 1) with the reason, nothing on stdout.
      const text = formatSchema(report.schema);
      checkSchemaSize('the inferred schema', text, 'make the deep part a map with --map PATH (e.g. --map customer.attributes)');
      checkAvroSchema('the inferred schema', report.schema);
      process.stdout.write(text);
    });
}
