import type { TopicFile } from '../../../src/catalog/topic-file';
import { topicAspects } from '../../../src/datahub/aspects';
import { convertAvroSchema } from '../../../src/datahub/field-paths';
import { overridesOf } from '../../../src/scan/topic-schemas';

/** Keys that come from files or messages are data, whatever their name (`__proto__`, `constructor`). */
const topicFile = (text: string) => JSON.parse(text) as TopicFile;

test('topic.json configs named __proto__ or constructor reach DataHub as properties', () => {
  const aspects = topicAspects(
    { topic: 'orders', topicFile: topicFile('{"configs":{"__proto__":"a","constructor":"b","retention.ms":"1"}}') },
    { env: 'PROD' },
  );
  const properties = aspects.aspects.find((aspect) => aspect.aspectName === 'datasetProperties')!.value.customProperties as Record<string, string>;
  expect(JSON.stringify(properties)).toBe('{"__proto__":"a","constructor":"b","retention.ms":"1"}');
});

test('an overrides entry for the path __proto__ is kept', () => {
  const warnings: string[] = [];
  const overrides = overridesOf(topicFile('{"overrides":{"__proto__":"map","constructor":"record"}}'), warnings);
  expect(warnings).toEqual([]);
  expect(Object.entries(overrides)).toEqual([
    ['__proto__', 'map'],
    ['constructor', 'record'],
  ]);
});

test('a logicalType named like an Object.prototype member is an unknown logical type, as in DataHub', () => {
  const typeOf = (logicalType: string) => convertAvroSchema(JSON.stringify({ type: 'string', logicalType }), false).fields[0]!.type;
  expect(typeOf('constructor')).toEqual(typeOf('no-such-type'));
  expect(typeOf('toString')).toEqual({ type: { 'com.linkedin.schema.StringType': {} } });
});
