import { Command, CommanderError } from 'commander';
import { registerScanCommand } from './commands/scan';
import { registerDemoCommand } from './commands/demo';
import { registerDiffCommand } from './commands/diff';
import { registerEmitCommand } from './commands/emit';
import { registerFieldsCommand } from './commands/fields';
import { registerInferCommand } from './commands/infer';
import { registerReviewCommand } from './commands/review';
import { UsageError, errorMessage } from './util/errors';
import { version } from './util/version';
import { ExitCode } from './util/exit-code';


export function buildProgram(): Command {
  const program = new Command('kafka-schema-scout')
    .description(
      'Keep Kafka topic schemas as reviewed code: infer Avro schemas from sampled messages, review changes, emit to DataHub.',
    )
    .version(version)
    .showHelpAfterError()
    .exitOverride();
  registerScanCommand(program);
  registerInferCommand(program);
  registerDiffCommand(program);
  registerReviewCommand(program);
  registerFieldsCommand(program);
  registerEmitCommand(program);
  registerDemoCommand(program);
  return program;
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    process.stderr.write(`kafka-schema-scout: ${errorMessage(error)}\n`);
    return error instanceof UsageError ? ExitCode.usage : ExitCode.failed;
  } finally {
    // Commands report through process.exitCode; the caller (cli.ts) sets it from the result.
    process.exitCode = undefined;
  }
}
