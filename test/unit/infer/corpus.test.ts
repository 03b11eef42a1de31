import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseJson } from '../../../src/json/parse';
import type { JsonValue } from '../../../src/json/value';
import { formatSchema, type AvroSchema } from '../../../src/schema/avro';
import { expectValid, infer } from './helpers';

/**
 * The corpus (test/corpus/*.ndjson) against its reviewed schemas (test/corpus/*.avsc).
 * After a deliberate change of the rules: UPDATE_CORPUS_SCHEMAS=1 rewrites the .avsc files; review the diff.
 */
const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const topics = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.ndjson'))
  .map((file) => file.replace(/\.ndjson$/, ''))
  .sort();

export function corpusValues(topic: string): JsonValue[] {
  return readFileSync(`${corpusDir}${topic}.ndjson`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseJson);
}

describe('corpus', () => {
  test('has several topics', () => {
    expect(topics.length).toBeGreaterThanOrEqual(6);
  });

  test.each(topics)('%s: valid, conforming, stable, and as reviewed', (topic) => {
    const values = corpusValues(topic);
    const schema = infer(values, { name: topic, namespace: 'scout.corpus' });
    expectValid(schema, values);
    const text = formatSchema(schema);
    expect(formatSchema(infer(values, { name: topic, namespace: 'scout.corpus', prior: JSON.parse(text) as AvroSchema }))).toBe(text);
    expect(formatSchema(infer([...values].reverse(), { name: topic, namespace: 'scout.corpus' }))).toBe(text);
    const reviewed = `${corpusDir}${topic}.avsc`;
    if (process.env.UPDATE_CORPUS_SCHEMAS === '1') writeFileSync(reviewed, text);
    expect(text).toBe(readFileSync(reviewed, 'utf8'));
  });

  test('what the corpus is for shows in its schemas', () => {
    const read = (topic: string) => readFileSync(`${corpusDir}${topic}.avsc`, 'utf8');
    expect(read('inventory-snapshots')).toMatch(/"name": "stock_by_warehouse",\s+"type": \{\s+"type": "map"/);
    expect(read('inventory-snapshots')).toMatch(/"name": "price_by_day",\s+"type": \{\s+"type": "map",\s+"values": "double"/);
    expect(read('payments')).toMatch(/"name": "txn_id",\s+"type": "long"/);
    expect(read('payments')).toMatch(/"name": "amount",\s+"type": "double"/);
    expect(read('payments')).toContain('"logicalType": "uuid"');
    expect(read('payments')).toContain('"format": "date"');
    expect(read('payments')).toContain('"originalName": "utm source"');
    expect(read('clickstream')).toMatch(/"name": "value",\s+"type": \[\s+"null",\s+"boolean",\s+"double",\s+"string"/);
    expect(read('clickstream')).toMatch(/"name": "experiments",\s+"type": \[\s+"null",\s+\{\s+"type": "map"/);
    expect(read('github-events')).toContain('"format": "date-time"');
  });
});
