import { Command, CommanderError } from 'commander';
import type { Settle } from './commands/settle';
import { errorMessage } from './util/errors';
import { DONE, exitCodeOf, exitCodeOfError, type Outcome } from './util/outcome';
import { version } from './util/version';
import { ExitCode } from './util/exit-code';

type Register = (program: Command, settle: Settle) => void;

/**
 * Each command's module, loaded only when it runs: `infer`, `diff` and `fields` then start
 * without loading Kafka, GitHub or HTTP clients (the bundle splits at these imports). Help,
 * `--version` and mistakes load them all, in this order.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  scan: async () => (await import('./commands/scan')).registerScanCommand,
  infer: async () => (await import('./commands/infer')).registerInferCommand,
  diff: async () => (await import('./commands/diff')).registerDiffCommand,
  review: async () => (await import('./commands/review')).registerReviewCommand,
  fields: async () => (await import('./commands/fields')).registerFieldsCommand,
  emit: async () => (await import('./commands/emit')).registerEmitCommand,
  demo: async () => (await import('./commands/demo')).registerDemoCommand,
};

/** The program with `command` registered, or every command when it names none of them. */
export async function buildProgram(command?: string, settle: Settle = () => undefined): Promise<Command> {
  const program = new Command('kafka-schema-scout')
    .description('Keep Kafka topic schemas as reviewed code: infer Avro schemas from sampled messages, review changes, emit to DataHub.')
    .version(version)
    .showHelpAfterError('(see kafka-schema-scout --help, or kafka-schema-scout <command> --help)')
    .exitOverride();
  const names = command !== undefined && command in COMMANDS ? [command] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((name) => COMMANDS[name]!()))) register(program, settle);
  return program;
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let outcome: Outcome = DONE;
  try {
    await (await buildProgram(argv[0], (settled) => (outcome = settled))).parseAsync(argv, { from: 'user' });
    const ended: Outcome = outcome;
    if (ended.status !== 'done') process.stderr.write(`kafka-schema-scout: ${ended.reason}\n`);
    return exitCodeOf(ended);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    process.stderr.write(`kafka-schema-scout: ${errorMessage(error)}\n`);
    return exitCodeOfError(error);
  }
}
