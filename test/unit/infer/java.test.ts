import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JsonValue } from '../../../src/json/value';
import { formatSchema, type AvroSchema } from '../../../src/schema/avro';
import { closeJavaOracle, javaParseSchemas } from '../../support/avro-java';
import { eventLike, exactJsonValue, sampleOf } from './arbitraries';
import { infer } from './helpers';

/** Apache Avro's own (Java) parser accepts what the scout infers: the corpus and generated samples. */
const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));

afterAll(async () => {
  await closeJavaOracle();
});

test('every corpus schema parses with Apache Avro (Java)', async () => {
  const texts = readdirSync(corpusDir)
    .filter((file) => file.endsWith('.avsc'))
    .sort()
    .map((file) => readFileSync(`${corpusDir}${file}`, 'utf8'));
  expect(texts.length).toBeGreaterThanOrEqual(6);
  const results = await javaParseSchemas(texts);
  expect(results.filter((result) => !result.ok)).toEqual([]);
}, 600_000);

test('schemas inferred from generated samples parse with Apache Avro (Java)', async () => {
  const samples = fc.sample(fc.oneof(sampleOf(exactJsonValue), sampleOf(eventLike)), { numRuns: 400, seed: 20261125 });
  const texts = samples.map((values) => formatSchema(infer(values, { namespace: 'scout.generated' })));
  const results = await javaParseSchemas(texts);
  const failures = results.flatMap((result, index) => (result.ok ? [] : [{ error: result.error, schema: texts[index] }]));
  expect(failures).toEqual([]);
}, 600_000);

test('control: the Java parser rejects what the inference must never write', async () => {
  const bad = [
    '{"type":"record","name":"R","fields":[{"name":"user-id","type":"long"}]}',
    '{"type":"record","name":"R","fields":[{"name":"a","type":"long","default":"x"}]}',
    '["null",{"type":"array","items":"long"},{"type":"array","items":"string"}]',
  ];
  expect((await javaParseSchemas(bad)).map((result) => result.ok)).toEqual([false, false, false]);
}, 600_000);

test('maps of data keys, structural records beside them and folded catalogues parse with Apache Avro (Java)', async () => {
  const { catalogue, compatCatalogue, emailScores, gists } = await import('../../support/datasets');
  const mixed = [{ scores: { total: { sum: 8, n: 2 }, 'ann@corp.example': 3 } }, { scores: { total: { sum: 1, n: 1 }, 'bob@corp.example': { sum: 1 } } }];
  const texts = [catalogue(300), compatCatalogue(600), emailScores(50), gists(50), mixed].map((values) =>
    formatSchema(infer(values, { namespace: 'scout.issue14' })),
  );
  // A committed folded catalogue that a deeper node extended by a level.
  const committed = JSON.parse(texts[0]!) as AvroSchema;
  const { meta } = catalogue(1)[0] as { meta: JsonValue };
  const deeper = { meta, a: { meta, b: { meta, c: { meta, d: { meta, e: { meta } } } } } };
  texts.push(formatSchema(infer([deeper], { namespace: 'scout.issue14', prior: committed })));
  const results = await javaParseSchemas(texts);
  expect(results.filter((result) => !result.ok)).toEqual([]);
}, 600_000);
