import fc from 'fast-check';
import { convertAvroSchema, kafkaSchemaFields } from '../../../src/datahub/field-paths';
import { hiddenMarker } from '../../../src/github/markdown';
import type { AvroSchema } from '../../../src/schema/avro';
import { checkReaderWriter } from '../../../src/schema/compatibility';
import { diffSchemas } from '../../../src/schema/diff';
import { renderTopicsMarkdown, type TopicDiffSection } from '../../../src/schema/render-markdown';
import { diffTopic } from '../../../src/catalog/topic-diff';
import { Rng, SchemaGenerator } from '../schema/schema-generator';
import { avroSchema, avscAccepts, avscRejects, hostileText } from './avro-arbitrary';

const runs = { numRuns: Number(process.env.AVRO_PROPERTY_RUNS ?? 200) };

/** A schema and an evolution of it: an independent schema, itself, or a seeded mutation (the Java cross-check's mutator). */
const schemaPair: fc.Arbitrary<[AvroSchema, AvroSchema]> = fc.oneof(
  fc.tuple(avroSchema, avroSchema),
  avroSchema.map((schema): [AvroSchema, AvroSchema] => [schema, structuredClone(schema)]),
  fc.tuple(avroSchema, fc.integer()).map(([schema, seed]): [AvroSchema, AvroSchema] => {
    let mutated: AvroSchema;
    try {
      mutated = new SchemaGenerator(new Rng(seed)).mutate(structuredClone(schema) as never) as AvroSchema;
    } catch {
      return [schema, schema]; // the seeded mutator needs a record with fields to pick from
    }
    return [schema, avscAccepts(mutated) ? mutated : schema];
  }),
);

const topicFile = fc.record({
  partitions: fc.integer({ min: 1, max: 64 }),
  description: hostileText,
  owners: fc.array(hostileText, { maxLength: 3 }),
});

describe('properties over arbitrary valid Avro schemas', () => {
  afterAll(() => {
    // The arbitrary is meant to produce valid Avro: avsc may reject only a few.
    expect(avscRejects.total).toBeGreaterThan(100);
    expect(avscRejects.count / avscRejects.total).toBeLessThan(0.05);
  });

  test('diff and diffTopic never throw and are deterministic', () => {
    fc.assert(
      fc.property(schemaPair, schemaPair, topicFile, topicFile, ([a, b], [keyA, keyB], fileA, fileB) => {
        const first = diffSchemas(a, b);
        expect(diffSchemas(structuredClone(a), structuredClone(b))).toEqual(first);
        const before = { value: a, key: keyA, topicFile: fileA };
        const after = { value: b, key: keyB, topicFile: fileB };
        const topic = diffTopic(before, after);
        expect(diffTopic(structuredClone(before), structuredClone(after))).toEqual(topic);
        expect(() => diffTopic(undefined, after)).not.toThrow();
        expect(() => diffTopic(before, undefined)).not.toThrow();
        for (const change of topic.changes) expect(change.path === 'value' || change.path === 'key' || /^(value|key|topic)\./.test(change.path)).toBe(true);
      }),
      runs,
    );
  });

  test('compatibility never throws; a schema against itself is FULL with no changes', () => {
    fc.assert(
      fc.property(schemaPair, ([a, b]) => {
        expect(() => checkReaderWriter(a, b)).not.toThrow();
        expect(() => checkReaderWriter(b, a)).not.toThrow();
        expect(checkReaderWriter(a, a).compatible).toBe(true);
        const self = diffSchemas(a, structuredClone(a));
        expect(self.verdict.level).toBe('FULL');
        expect(self.changes).toEqual([]);
        const topic = diffTopic({ value: a, key: b }, { value: structuredClone(a), key: structuredClone(b) });
        expect(topic.compatibility).toBe('FULL');
        expect(topic.changes).toEqual([]);
      }),
      runs,
    );
  });

  const marker = hiddenMarker('review', 'prod');
  const sections: fc.Arbitrary<TopicDiffSection[]> = fc.array(
    fc.tuple(hostileText, schemaPair, fc.boolean()).map(([name, [a, b], isNew]) => {
      const diff = diffTopic(isNew ? undefined : { value: a }, { value: b });
      return { name, compatibility: diff.compatibility, changes: diff.changes, isNew };
    }),
    { minLength: 0, maxLength: 6 },
  );

  test('rendered Markdown stays within its budget, without raw comments, HTML or unescaped pipes', () => {
    fc.assert(
      fc.property(sections, fc.integer({ min: 300, max: 70_000 }), (topics, budget) => {
        const text = renderTopicsMarkdown(topics, { budget, header: `${marker}\n\n`, footer: '\n_footer_\n' });
        expect(text.length).toBeLessThanOrEqual(budget);
        expect(text.startsWith(marker)).toBe(true);
        const rest = text.slice(marker.length);
        expect(rest).not.toContain('<!--');
        expect(rest).not.toContain('-->');
        // The only HTML is the renderer's own.
        for (const tag of rest.match(/<[^>]*>?/g) ?? []) expect(tag).toMatch(/^<\/?(code|details|summary)( open)?>$/);
        // No mention survives (GitHub needs a raw '@').
        expect(rest).not.toContain('@');
        // Table rows keep their column count: the summary table has 3 columns, a change table 5.
        for (const line of rest.split('\n').filter((row) => row.startsWith('|'))) {
          expect([4, 6]).toContain(line.split('|').length - 1);
        }
      }),
      runs,
    );
  });

  /**
   * DataHub's own converter (`avro_schema_to_mce_fields`, checked with acryl-datahub) names a union's
   * enum and fixed branches by kind, not by name (`[type=union].[type=enum].f`), so a union with two
   * enums or two fixed types yields the same path twice. The port reproduces that; every other path is unique.
   */
  function duplicatesAreDataHubsOwn(paths: string[], schemas: AvroSchema[]): void {
    const counts = new Map<string, number>();
    for (const path of paths) counts.set(path, (counts.get(path) ?? 0) + 1);
    const duplicated = [...counts].filter(([, count]) => count > 1).map(([path]) => path);
    if (duplicated.length === 0) return;
    expect(schemas.some(hasUnionOfSameKind)).toBe(true);
    for (const path of duplicated) expect(path).toMatch(/\[type=union\]\.\[type=(enum|fixed)\]\.[^.[\]]+$/);
  }

  test('DataHub field conversion never throws and gives unique field paths', () => {
    let quirks = 0;
    fc.assert(
      fc.property(avroSchema, fc.option(avroSchema, { nil: undefined }), (value, key) => {
        const valueText = JSON.stringify(value);
        const keyText = key === undefined ? undefined : JSON.stringify(key);
        const single = convertAvroSchema(valueText, false);
        expect(single.error).toBeUndefined();
        expect(single.fields.length).toBeGreaterThan(0);
        const paths = single.fields.map((field) => field.fieldPath);
        if (new Set(paths).size !== paths.length) quirks += 1;
        duplicatesAreDataHubsOwn(paths, [value]);
        const both = kafkaSchemaFields(valueText, keyText);
        expect(both.error).toBeUndefined();
        const allPaths = both.fields.map((field) => field.fieldPath);
        duplicatesAreDataHubsOwn(allPaths, key === undefined ? [value] : [value, key]);
        if (key !== undefined) expect(both.fields.filter((field) => field.isPartOfKey).length).toBe(convertAvroSchema(keyText!, true).fields.length);
      }),
      runs,
    );
    expect(quirks).toBeLessThan(runs.numRuns / 4);
  });
});

function hasUnionOfSameKind(schema: unknown): boolean {
  if (Array.isArray(schema)) {
    const kinds = schema.map((branch) =>
      branch !== null && typeof branch === 'object' && !Array.isArray(branch) ? (branch as { type?: unknown }).type : undefined,
    );
    if (kinds.filter((kind) => kind === 'enum').length > 1 || kinds.filter((kind) => kind === 'fixed').length > 1) return true;
    return schema.some(hasUnionOfSameKind);
  }
  if (schema !== null && typeof schema === 'object') return Object.values(schema).some(hasUnionOfSameKind);
  return false;
}
