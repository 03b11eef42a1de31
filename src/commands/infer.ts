import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { createInferrer, type InferenceNote, type InferOptions } from '../infer/index';
import { parseJsonTyped } from '../json/parse';
import { formatSchema, type AvroSchema } from '../schema/avro';
import { ExitCode } from '../exit-code';
import { UsageError, errorMessage } from '../util/errors';
import { collect } from './options';

/** Where a line came from, for the report (never its content: sampled values stay private). */
export interface LineSource {
  name: string;
  lines: AsyncIterable<string>;
}

export interface NdjsonInferReport {
  schema: AvroSchema;
  /** Values added to the schema. */
  values: number;
  blankLines: number;
  /** Lines that were not JSON: total, and the first few locations. */
  skipped: number;
  skippedAt: string[];
  /** Near calls: positions kept records although their keys look like data (no key printed). */
  notes?: readonly InferenceNote[];
}

export const SKIPPED_LINES_LISTED = 10;

/**
 * Infers one schema from newline-delimited JSON sources, line by line (nothing is kept but
 * the shape). Blank lines are ignored; lines that are not JSON are counted and located.
 */
export async function inferFromNdjson(sources: LineSource[], options: InferOptions): Promise<NdjsonInferReport> {
  const inferrer = createInferrer(options);
  let blankLines = 0;
  let skipped = 0;
  const skippedAt: string[] = [];
  for (const source of sources) {
    let lineNumber = 0;
    for await (const line of source.lines) {
      lineNumber++;
      if (line.trim() === '') {
        blankLines++;
        continue;
      }
      let value;
      try {
        value = parseJsonTyped(line);
      } catch {
        skipped++;
        if (skippedAt.length < SKIPPED_LINES_LISTED) skippedAt.push(`${source.name}:${lineNumber}`);
        continue;
      }
      inferrer.add(value);
    }
  }
  const schema = inferrer.result();
  return { schema, values: inferrer.count, blankLines, skipped, skippedAt, notes: inferrer.notes };
}

export function formatInferReport(report: NdjsonInferReport): string {
  const lines = [`infer: ${report.values} value(s) read, ${report.skipped} line(s) skipped (not JSON), ${report.blankLines} blank`];
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

function linesOf(stream: Readable): AsyncIterable<string> {
  return createInterface({ input: stream, crlfDelay: Infinity });
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
  try {
    return JSON.parse(text) as AvroSchema;
  } catch {
    throw new UsageError(`the prior schema ${file} is not JSON`);
  }
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

export function registerInferCommand(program: Command): void {
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
      const prior = flags.prior === undefined ? undefined : await readPrior(flags.prior);
      const sources: LineSource[] =
        files.length === 0
          ? [{ name: 'stdin', lines: linesOf(process.stdin) }]
          : files.map((file) => ({ name: file, lines: linesOf(createReadStream(file, { encoding: 'utf8' })) }));
      const report = await inferFromNdjson(sources, {
        name: flags.name ?? defaultName(files),
        namespace: flags.namespace,
        prior,
        overrides: overridesFromFlags(flags.map, flags.record),
      });
      process.stderr.write(formatInferReport(report));
      if (report.values === 0) {
        process.stderr.write('infer: no valid JSON line in the input: no schema printed\n');
        process.exitCode = ExitCode.usage;
        return;
      }
      process.stdout.write(formatSchema(report.schema));
    });
}
