import type { CommittedTopic } from '../../../src/catalog/read';
import { topicAspects } from '../../../src/datahub/aspects';
import { kafkaSchemaFields } from '../../../src/datahub/field-paths';
import { topicProposals } from '../../../src/datahub/proposals';
import type { SchemaField } from '../../../src/datahub/schema-field';
import { makeTagUrn } from '../../../src/datahub/urn';
import { parseJson } from '../../support/json';

/** Aspects as DataHub's own Kafka source emits them (test/integration/datahub/kafka-source-conformance.test.ts runs it). */

const VALUE = JSON.stringify({ type: 'record', name: 'V', fields: [{ name: 'id', type: 'string' }] });

function aspect(topic: CommittedTopic, name: string, platformInstance?: string): unknown {
  const settings = platformInstance ? { env: 'PROD', platformInstance } : { env: 'PROD' };
  return topicAspects(topic, settings).aspects.find((a) => a.aspectName === name)?.value;
}

describe('datasetProperties', () => {
  test('"Schema Name" is the value subject, after the topic configs', () => {
    const properties = aspect({ topic: 'orders', valueText: VALUE, topicFile: { partitions: 3, configs: { 'retention.ms': '1' } } }, 'datasetProperties') as {
      customProperties: Record<string, string>;
    };
    expect(Object.entries(properties.customProperties)).toEqual([
      ['Partitions', '3'],
      ['retention.ms', '1'],
      ['Schema Name', 'orders-value'],
    ]);
  });

  test('no "Schema Name" without a value schema (a key schema alone has no value subject)', () => {
    const properties = aspect({ topic: 'keys-only', keyText: '"string"' }, 'datasetProperties') as { customProperties: Record<string, string> };
    expect(properties.customProperties).toEqual({});
  });
});

describe('dataPlatformInstance', () => {
  test('always emitted: the platform alone without an instance', () => {
    expect(aspect({ topic: 'orders', valueText: VALUE }, 'dataPlatformInstance')).toEqual({ platform: 'urn:li:dataPlatform:kafka' });
  });

  test('with the instance URN when there is one', () => {
    expect(aspect({ topic: 'orders', valueText: VALUE }, 'dataPlatformInstance', 'eu')).toEqual({
      platform: 'urn:li:dataPlatform:kafka',
      instance: 'urn:li:dataPlatformInstance:(urn:li:dataPlatform:kafka,eu)',
    });
  });
});

describe("Avro tags (DataHub's schema_tags_field)", () => {
  const tagged = JSON.stringify({
    type: 'record',
    name: 'Customer',
    tags: ['pii', 'gold'],
    fields: [
      { name: 'email', type: 'string', tags: ['pii', 'contact'] },
      { name: 'old', type: 'int', deprecated: true, tags: ['a,b'] },
    ],
  });

  test("a field's tags become its globalTags, in order, Deprecated last; reserved characters are encoded", () => {
    const [email, old] = kafkaSchemaFields(tagged).fields;
    expect(email!.globalTags).toEqual({ tags: [{ tag: 'urn:li:tag:pii' }, { tag: 'urn:li:tag:contact' }] });
    expect(old!.globalTags).toEqual({ tags: [{ tag: 'urn:li:tag:a%2Cb' }, { tag: 'urn:li:tag:Deprecated' }] });
  });

  test("the schema's tags and topic.json's make one globalTags aspect (the union, schema first)", () => {
    expect(aspect({ topic: 't', valueText: tagged, topicFile: { tags: ['gold', 'team-x'] } }, 'globalTags')).toEqual({
      tags: [{ tag: 'urn:li:tag:pii' }, { tag: 'urn:li:tag:gold' }, { tag: 'urn:li:tag:team-x' }],
    });
    expect(aspect({ topic: 't', valueText: tagged }, 'globalTags')).toEqual({ tags: [{ tag: 'urn:li:tag:pii' }, { tag: 'urn:li:tag:gold' }] });
    // topic.json's [] clears the tags set elsewhere, not the schema's own
    expect(aspect({ topic: 't', valueText: tagged, topicFile: { tags: [] } }, 'globalTags')).toEqual({
      tags: [{ tag: 'urn:li:tag:pii' }, { tag: 'urn:li:tag:gold' }],
    });
    // neither: no aspect, so tags set in DataHub's UI stay
    expect(aspect({ topic: 't', valueText: VALUE }, 'globalTags')).toBeUndefined();
  });

  test('every tag referred to gets a tagKey proposal, sorted, once', () => {
    const proposals = topicProposals(topicAspects({ topic: 't', valueText: tagged, topicFile: { tags: ['team-x'] } }, { env: 'PROD' }));
    expect(proposals.filter((p) => p.entityType === 'tag').map((p) => [p.entityUrn, p.aspectName, parseJson(p.aspect.value)])).toEqual([
      ['urn:li:tag:Deprecated', 'tagKey', { name: 'Deprecated' }],
      ['urn:li:tag:a%2Cb', 'tagKey', { name: 'a%2Cb' }],
      ['urn:li:tag:contact', 'tagKey', { name: 'contact' }],
      ['urn:li:tag:gold', 'tagKey', { name: 'gold' }],
      ['urn:li:tag:pii', 'tagKey', { name: 'pii' }],
      ['urn:li:tag:team-x', 'tagKey', { name: 'team-x' }],
    ]);
  });

  test('tags that are not a list of strings, or no valid tag, are left out with a warning', () => {
    const odd = JSON.stringify({ type: 'record', name: 'R', tags: 'pii', fields: [{ name: 'a', type: 'string', tags: ['ok', 7, '', 'urn:li:corpuser:x'] }] });
    const result = topicAspects({ topic: 't', valueText: odd }, { env: 'PROD' });
    expect(result.aspects.find((a) => a.aspectName === 'globalTags')).toBeUndefined();
    const fields = (result.aspects.find((a) => a.aspectName === 'schemaMetadata')!.value as { fields: SchemaField[] }).fields;
    expect(fields[0]!.globalTags).toEqual({ tags: [{ tag: 'urn:li:tag:ok' }] });
    expect(result.warnings).toEqual([
      'value schema: [version=2.0].[type=R].[type=string].a: Avro tag 7 is not a valid DataHub tag, ignored',
      'value schema: [version=2.0].[type=R].[type=string].a: Avro tag "" is not a valid DataHub tag, ignored',
      'value schema: [version=2.0].[type=R].[type=string].a: Avro tag "urn:li:corpuser:x" is not a valid DataHub tag, ignored',
      'value schema: Avro "tags" must be a list of strings, ignored ("pii")',
    ]);
  });

  test("makeTagUrn is DataHub's make_tag_urn", () => {
    expect(['pii', 'a b', 'a,b', '(x)', 'urn:li:tag:x', 'é', '', 'urn:li:tag:', 'urn:li:corpuser:x', 'urn:li:tag:a,b'].map(makeTagUrn)).toEqual([
      'urn:li:tag:pii',
      'urn:li:tag:a b',
      'urn:li:tag:a%2Cb',
      'urn:li:tag:%28x%29',
      'urn:li:tag:x',
      'urn:li:tag:é',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('institutionalMemory: the way back to the reviewed source', () => {
  const links = { folderUrl: 'https://gh/o/r/tree/main/kafka-schemas/prod/orders', changedAt: 1_700_000_000_000 };

  test('the folder and the pull request that last changed the topic, the same list on every emit', () => {
    const pullRequest = { url: 'https://gh/o/r/pull/12', number: 12, title: 'Orders: add status' };
    const value = topicAspects({ topic: 'orders', valueText: VALUE }, { env: 'PROD' }, { links: { ...links, pullRequest } }).aspects.find(
      (a) => a.aspectName === 'institutionalMemory',
    )?.value;
    const stamp = { time: 1_700_000_000_000, actor: 'urn:li:corpuser:unknown' };
    expect(value).toEqual({
      elements: [
        { url: links.folderUrl, description: 'Schema source of orders (reviewed in the repository)', createStamp: stamp },
        { url: pullRequest.url, description: 'Pull request #12 that last changed orders: Orders: add status', createStamp: stamp },
      ],
    });
    expect(topicAspects({ topic: 'orders', valueText: VALUE }, { env: 'PROD' }, { links: { ...links, pullRequest } }).aspects).toContainEqual({
      aspectName: 'institutionalMemory',
      value,
    });
  });

  test('a change that did not come from a pull request: the folder only; no links known: no aspect (DataHub keeps its own)', () => {
    const folderOnly = topicAspects({ topic: 'orders', valueText: VALUE }, { env: 'PROD' }, { links: { ...links, pullRequest: null } });
    expect((folderOnly.aspects.find((a) => a.aspectName === 'institutionalMemory')!.value as { elements: unknown[] }).elements).toHaveLength(1);
    expect(aspect({ topic: 'orders', valueText: VALUE }, 'institutionalMemory')).toBeUndefined();
  });
});
