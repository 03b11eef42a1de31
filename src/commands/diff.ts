import { readFile } from 'node:fs/promises';
import { checkWithAvsc } from '../schema/avsc-check';
import { Option, type Command } from 'commander';
import type { AvroSchema } from '../schema/avro';
import { parseRequiredLevel, satisfiesLevel, type CompatibilityLevel, type Direction } from '../schema/compatibility';
import { diffResolvedSchemas, type SchemaChange, type SchemaDiff } from '../schema/diff';
import { renderSchemaDiffMarkdown } from '../schema/render-markdown';
import { resolveSchema, type ResolvedSchema } from '../schema/resolve';
import { ExitCode } from '../util/exit-code';
import { UsageError, errorMessage } from '../util/errors';
import type { Settle } from './settle';

export type DiffFormat = 'text' | 'json' | 'markdown';

interface DiffFlags {
  format: DiffFormat;
  failOn?: string;
}

/** What `diff --format json` prints. */
export interface DiffJson {
  compatibility: CompatibilityLevel;
  changes: SchemaChange[];
  incompatibilities: Array<{ direction: Direction; type: string; location: string; message: string }>;
}

/** Reads and resolves one `.avsc` file; every failure is a usage error naming the file. */
export async function readSchemaFile(path: string): Promise<ResolvedSchema> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: cannot read (${errorMessage(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${errorMessage(error)})`);
  }
  try {
    // avsc also checks what the resolver does not (defaults against their types).
    checkWithAvsc(json);
    return resolveSchema(json as AvroSchema);
  } catch (error) {
    throw new UsageError(`${path}: not a valid Avro schema (${errorMessage(error)})`);
  }
}

export function diffJson(diff: SchemaDiff): DiffJson {
  return {
    compatibility: diff.verdict.level,
    changes: diff.changes,
    incompatibilities: [
      ...diff.verdict.backward.incompatibilities.map((item) => ({ direction: 'BACKWARD' as const, ...item })),
      ...diff.verdict.forward.incompatibilities.map((item) => ({ direction: 'FORWARD' as const, ...item })),
    ],
  };
}

export function formatDiffText(diff: SchemaDiff): string {
  const lines = [`compatibility: ${diff.verdict.level}`];
  if (diff.changes.length === 0) lines.push('no changes');
  for (const change of diff.changes) {
    const values = [change.before, change.after].some((value) => value !== null) ? `: ${change.before ?? '∅'} → ${change.after ?? '∅'}` : '';
    const breaks = change.breaks.length > 0 ? `  [breaks ${change.breaks.join(', ')}]` : '';
    lines.push(`  ${change.kind.padEnd(19)} ${change.path === '' ? '(root)' : change.path}${values}${breaks}`);
  }
  for (const item of diffJson(diff).incompatibilities) {
    lines.push(`  ${item.direction.toLowerCase()}: ${item.type} at ${item.location}: ${item.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The command's work, separate from commander: prints the diff and returns the exit code. */
export async function runDiff(
  oldPath: string,
  newPath: string,
  flags: DiffFlags,
  write: (text: string) => void = (text) => process.stdout.write(text),
): Promise<number> {
  const required = flags.failOn === undefined ? undefined : parseRequiredLevel(flags.failOn);
  if (flags.failOn !== undefined && required === undefined) {
    throw new UsageError(`--fail-on: unknown level ${JSON.stringify(flags.failOn)} (BACKWARD, FORWARD, FULL, NONE, or a _TRANSITIVE variant)`);
  }
  const [before, after] = await Promise.all([readSchemaFile(oldPath), readSchemaFile(newPath)]);
  const diff = diffResolvedSchemas(before, after);
  if (flags.format === 'json') write(`${JSON.stringify(diffJson(diff), null, 2)}\n`);
  else if (flags.format === 'markdown') write(renderSchemaDiffMarkdown(`${oldPath} → ${newPath}`, diff.verdict.level, diff.changes));
  else write(formatDiffText(diff));
  return required !== undefined && !satisfiesLevel(diff.verdict.level, required) ? ExitCode.failed : ExitCode.ok;
}

export function registerDiffCommand(program: Command, settle: Settle): void {
  program
    .command('diff')
    .description('compare two Avro schemas: changes per field path and the Schema Registry compatibility level')
    .argument('<old>', 'the old schema (.avsc)')
    .argument('<new>', 'the new schema (.avsc)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option(
      '--fail-on <level>',
      'exit 1 unless the change satisfies this level: BACKWARD, FORWARD, FULL, NONE (_TRANSITIVE variants mean the same for one pair)',
    )
    .action(async (oldPath: string, newPath: string, flags: DiffFlags) => {
      const code = await runDiff(oldPath, newPath, flags);
      if (code !== ExitCode.ok) settle({ status: 'failed', reason: `the change does not keep ${flags.failOn}` });
    });
}
