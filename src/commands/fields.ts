import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { kafkaSchemaFields } from '../datahub/field-paths';
import { UsageError } from '../util/errors';
import { stderrLogger } from '../util/log';
import type { Settle } from './settle';

/** What was piped to stdin; undefined when stdin is a terminal (nothing piped: do not wait for typing). */
async function readPipedStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `fields [--key KEY.avsc] [VALUE.avsc]`: DataHub's SchemaField list for the schemas, key fields
 * first. The value schema may be piped instead; with `--key` it may be absent (a topic with a key
 * schema and no value schema, e.g. JSON keys and binary values, has exactly that).
 */
export function registerFieldsCommand(program: Command, _settle: Settle, stdin: () => Promise<string | undefined> = readPipedStdin): void {
  program
    .command('fields')
    .description("print the DataHub schema fields (v2 field paths) for an Avro value schema and/or key schema, as DataHub's Kafka source makes them")
    .argument('[value]', 'value schema file (.avsc); read from stdin when omitted (optional with --key)')
    .option('-k, --key <file>', 'key schema file (.avsc)')
    .action(async (valueFile: string | undefined, flags: { key?: string }) => {
      const read = async (file: string) => {
        try {
          return await readFile(file, 'utf8');
        } catch (error) {
          throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
        }
      };
      const keyText = flags.key ? await read(flags.key) : undefined;
      let valueText = valueFile ? await read(valueFile) : await stdin();
      if (valueText !== undefined && valueText.trim() === '') valueText = undefined;
      if (valueText === undefined && valueFile) throw new UsageError(`${valueFile} is empty`);
      if (valueText === undefined && keyText === undefined)
        throw new UsageError('no schema: give a value schema file or pipe one to stdin, or a key schema with --key');
      const conversion = kafkaSchemaFields(valueText, keyText);
      if (conversion.error) stderrLogger().warn(`DataHub's converter gives no fields for this schema: ${conversion.error}`);
      for (const warning of conversion.warnings ?? []) stderrLogger().warn(warning);
      process.stdout.write(`${JSON.stringify(conversion.fields, null, 2)}\n`);
    });
}
