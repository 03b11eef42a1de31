import type { CommittedTopic } from '../../../src/catalog/read';
import { topicAspects } from '../../../src/datahub/aspects';

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
