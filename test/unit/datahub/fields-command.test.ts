import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { Command } from 'commander';
import { registerFieldsCommand } from '../../../src/commands/fields';

async function runFields(args: string[]): Promise<unknown> {
  const program = new Command('kafka-schema-scout').exitOverride();
  registerFieldsCommand(program);
  const chunks: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write);
  try {
    await program.parseAsync(['fields', ...args], { from: 'user' });
  } finally {
    write.mockRestore();
  }
  return JSON.parse(chunks.join(''));
}

test('fields prints key fields first, in DataHub JSON form', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'scout-fields-'));
  await writeFile(join(dir, 'value.avsc'), JSON.stringify({ type: 'record', name: 'V', fields: [{ name: 'id', type: 'string' }] }));
  await writeFile(join(dir, 'key.avsc'), '"string"');
  const fields = await runFields(['--key', join(dir, 'key.avsc'), join(dir, 'value.avsc')]);
  expect(fields).toEqual([
    {
      fieldPath: '[version=2.0].[key=True].[type=string]',
      nullable: false,
      type: { type: { 'com.linkedin.schema.StringType': {} } },
      nativeDataType: 'string',
      recursive: false,
      isPartOfKey: true,
    },
    {
      fieldPath: '[version=2.0].[type=V].[type=string].id',
      nullable: false,
      type: { type: { 'com.linkedin.schema.StringType': {} } },
      nativeDataType: 'id',
      recursive: false,
      isPartOfKey: false,
    },
  ]);
});
