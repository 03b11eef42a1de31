import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kafkaSchemaFields } from '../../../src/datahub/field-paths';
import { oracleFields } from '../../support/datahub-oracle';

/** Our port of DataHub's Avro converter against the converter itself (acryl-datahub), field by field. */

const root = fileURLToPath(new URL('../../..', import.meta.url));

function avscFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.avsc'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const ownSchemas = avscFiles(join(root, 'test', 'datahub', 'schemas'));
// Another engineer's corpus of inferred and hand-written schemas, when present.
const corpusSchemas = avscFiles(join(root, 'test', 'corpus'));
const keyText = readFileSync(join(root, 'test', 'datahub', 'schemas', 'key-record.avsc'), 'utf8');

interface Case {
  name: string;
  value: string;
  key?: string;
}

const cases: Case[] = [
  ...[...ownSchemas, ...corpusSchemas].map((file) => ({ name: relative(root, file), value: readFileSync(file, 'utf8') })),
  ...ownSchemas.slice(0, 4).map((file) => ({ name: `${relative(root, file)} with key`, value: readFileSync(file, 'utf8'), key: keyText })),
  { name: 'string key', value: '"long"', key: '"string"' },
];

let expected: Awaited<ReturnType<typeof oracleFields>>;

beforeAll(async () => {
  expected = await oracleFields(cases);
}, 600_000);

test('the schema set is not empty', () => {
  expect(ownSchemas.length).toBeGreaterThanOrEqual(20);
});

test.each(cases.map((c, index) => [c.name, index] as const))('%s: same fields as avro_schema_to_mce_fields', (_name, index) => {
  const testCase = cases[index]!;
  const oracle = expected[index]!;
  const ours = kafkaSchemaFields(testCase.value, testCase.key);
  if (oracle.error !== undefined) {
    // DataHub's Kafka source swallows converter errors (e.g. RecursionError) and emits no fields.
    expect(ours.fields).toEqual([]);
    expect(ours.error).toBeDefined();
    return;
  }
  expect(ours.error).toBeUndefined();
  expect(ours.fields.map((field) => field.fieldPath)).toEqual(oracle.fields!.map((field) => (field as { fieldPath: string }).fieldPath));
  oracle.fields!.forEach((field, position) => {
    expect({ position, ...ours.fields[position] }).toEqual({ position, ...(field as object) });
  });
});
