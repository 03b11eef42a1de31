import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { Command } from 'commander';
import { registerFieldsCommand } from '../../../src/commands/fields';

/** `stdin`: what is piped (undefined: a terminal, nothing piped). */
async function runFields(args: string[], stdin: () => Promise<string | undefined> = () => Promise.resolve(undefined)): Promise<unknown> {
  const program = new Command('kafka-schema-scout').exitOverride();
  registerFieldsCommand(program, () => undefined, stdin);
  const chunks: string[] = [];
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
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

describe('a key schema without a value schema (JSON keys, binary values)', () => {
  const keyField = {
    fieldPath: '[version=2.0].[key=True].[type=string]',
    nullable: false,
    type: { type: { 'com.linkedin.schema.StringType': {} } },
    nativeDataType: 'string',
    recursive: false,
    isPartOfKey: true,
  };

  test.each([
    ['nothing piped (a terminal)', () => Promise.resolve(undefined)],
    ['an empty pipe', () => Promise.resolve('')],
  ])('prints the key fields with %s', async (_label, stdin) => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-fields-'));
    await writeFile(join(dir, 'key.avsc'), '"string"');
    expect(await runFields(['--key', join(dir, 'key.avsc')], stdin)).toEqual([keyField]);
  });

  test('a piped value schema is still read with --key', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-fields-'));
    await writeFile(join(dir, 'key.avsc'), '"string"');
    const fields = (await runFields(['--key', join(dir, 'key.avsc')], () => Promise.resolve('"long"'))) as Array<{ fieldPath: string }>;
    expect(fields.map((field) => field.fieldPath)).toEqual([keyField.fieldPath, '[version=2.0].[type=long]']);
  });

  test('no schema at all is a usage error', async () => {
    await expect(runFields([], () => Promise.resolve(''))).rejects.toThrow(/no schema/);
  });
});
