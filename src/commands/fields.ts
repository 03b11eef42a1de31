import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { kafkaSchemaFields } from '../datahub/field-paths';
import { UsageError } from '../util/errors';
import { stderrLogger } from '../util/log';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `fields [--key KEY.avsc] [VALUE.avsc]`: DataHub's SchemaField list for the schemas, key fields first. */
export function registerFieldsCommand(program: Command): void {
  program
    .command('fields')
    .description("print the DataHub schema fields (v2 field paths) for an Avro value schema and optional key schema, as DataHub's Kafka source makes them")
    .argument('[value]', 'value schema file (.avsc); read from stdin when omitted')
    .option('-k, --key <file>', 'key schema file (.avsc)')
    .action(async (valueFile: string | undefined, flags: { key?: string }) => {
      const read = async (file: string) => {
        try {
          return await readFile(file, 'utf8');
        } catch (error) {
          throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
        }
      };
      const valueText = valueFile ? await read(valueFile) : await readStdin();
      if (valueText.trim() === '') throw new UsageError('no value schema: give a file or pipe one to stdin');
      const keyText = flags.key ? await read(flags.key) : undefined;
      const conversion = kafkaSchemaFields(valueText, keyText);
      if (conversion.error) stderrLogger().warn(`DataHub's converter gives no fields for this schema: ${conversion.error}`);
      process.stdout.write(`${JSON.stringify(conversion.fields, null, 2)}\n`);
    });
}
