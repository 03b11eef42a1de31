import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDataHubAvroSchema } from '../../../src/datahub/avro-model';
import { oracleParse } from '../../support/datahub-oracle';

/**
 * emit's check of committed schemas accepts exactly what DataHub's Kafka source can parse
 * (Python avro's parse(text, validate_names=False), run by the SDK's venv). Left out: an enum
 * whose symbols are one string (Python iterates its letters; refused here).
 */

const schemasDir = fileURLToPath(new URL('../../datahub/schemas/', import.meta.url));

const EDGE_CASES: unknown[] = [
  { type: 'record', name: 'R', fields: [{ name: 'bad-name', type: 'string' }] },
  { type: 'record', name: 'bad-rec', fields: [] },
  { type: 'record', name: 'R', namespace: 'a-b.c', fields: [] },
  { type: 'enum', name: 'E', symbols: ['a-b'] },
  { type: 'enum', name: 'E', symbols: ['A', 'A'] },
  { type: 'enum', name: 'E', symbols: ['A'], default: 'B' },
  { type: 'record', name: 'R', fields: [{ name: 'a', type: 'int', order: 'sideways' }] },
  { type: 'fixed', name: 'F', size: -1 },
  { type: 'fixed', name: 'F', size: '3' },
  {
    type: 'record',
    name: 'R',
    fields: [
      { name: 'a', type: 'int' },
      { name: 'a', type: 'int' },
    ],
  },
  { type: 'record', name: 'int', fields: [] },
  ['int', 'int'],
  [['int']],
  { type: 'nope' },
  { type: 'record', name: 'R', fields: [{ name: 'a', type: 'long', default: 9007199254740992 }] },
  { type: 'record', name: 'R', fields: [{ name: 'a', type: 'int', default: 'x' }] },
  { type: 'error', name: 'E', fields: [] },
  { type: 'record', name: 'R' },
  { type: 'record', name: 'R', doc: 5, fields: [] },
  { type: 'record', name: 'R', aliases: ['bad-alias'], fields: [] },
  { type: 'record', name: 'R', fields: [{ name: '', type: 'int' }] },
  { type: 'record', name: 'R', fields: [{ name: 5, type: 'int' }] },
  { type: 'enum', name: 'E', symbols: [] },
  { type: 'record', name: 'R', fields: [{ name: 'a' }] },
  { type: 'array' },
  { type: 'map' },
  { type: 'record', name: 'R', fields: [{ name: 'a', type: 'R' }] },
  { type: 'record', name: 'R', fields: [{ name: 'a', type: 'Unknown' }] },
  { type: 'record', name: '', fields: [] },
  { type: 'record', name: 'a..b', fields: [] },
  { type: 'string', logicalType: 'uuid' },
  { type: 'bytes', logicalType: 'decimal', precision: -1 },
  { type: 'record', name: 'R', fields: {} },
  { type: 'record', name: 'R', fields: [5] },
  { type: 'record', name: 'R', namespace: 5, fields: [] },
  { type: 'record', name: 'R', namespace: '', fields: [] },
  { type: 'enum', name: 'E', symbols: ['A', 5] },
  { type: 'enum', name: 'E', symbols: ['A'], default: 5 },
  { type: 'record', name: 'R', fields: [{ name: 'a', type: 'int', order: 'ascending' }] },
  { type: 'record', name: 'R', fields: [{ name: 'a', type: 'int', order: null }] },
  'null',
  { type: { type: 'string' } },
  ['null', 'R2'],
  { type: 'record', name: 'R', fields: [{ name: 'x', type: { type: 'record', name: 'R', fields: [] } }] },
  { type: 'record', name: 'R', fields: [{ name: 'x', type: { type: 'enum', name: '1E', symbols: ['A'] } }] },
];

const texts = [
  ...EDGE_CASES.map((schema) => JSON.stringify(schema)),
  ...readdirSync(schemasDir)
    .filter((name) => name.endsWith('.avsc'))
    .sort()
    .map((name) => readFileSync(join(schemasDir, name), 'utf8')),
  '{"type": "record", "name": "R", "fields": [{"name": "a", "type": "long", "default": 9007199254740993}]}',
  'not json',
];

test("accepts and refuses the same schemas as DataHub's parse", async () => {
  const expected = await oracleParse(texts);
  const verdicts = texts.map((text, index) => {
    let ours: string | null = null;
    try {
      checkDataHubAvroSchema(text);
    } catch (error) {
      ours = (error as Error).message;
    }
    return { text, datahub: expected[index] === null ? 'accepts' : 'refuses', ours: ours === null ? 'accepts' : 'refuses' };
  });
  expect(verdicts.filter((v) => v.datahub !== v.ours)).toEqual([]);
  // Both verdicts occur, so the comparison can fail either way.
  expect(new Set(verdicts.map((v) => v.datahub))).toEqual(new Set(['accepts', 'refuses']));
}, 120_000);
