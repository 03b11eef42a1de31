import { pythonFloatRepr, pythonJsonDumps, pythonStr } from '../../../src/datahub/python-format';
import { TopicMetadataError, topicMetadata } from '../../../src/datahub/topic-metadata';
import { datasetNameOf, datasetUrn, platformInstanceUrn } from '../../../src/datahub/urn';
import { parseJson } from '../../../src/json/parse';

describe('URNs', () => {
  test('dataset URN with and without platform instance', () => {
    expect(datasetUrn('orders', 'PROD')).toBe('urn:li:dataset:(urn:li:dataPlatform:kafka,orders,PROD)');
    expect(datasetUrn('orders', 'DEV', 'eu')).toBe('urn:li:dataset:(urn:li:dataPlatform:kafka,eu.orders,DEV)');
    expect(platformInstanceUrn('eu')).toBe('urn:li:dataPlatformInstance:(urn:li:dataPlatform:kafka,eu)');
    expect(datasetNameOf(datasetUrn('a.b-c', 'PROD'))).toEqual({ name: 'a.b-c', env: 'PROD' });
    expect(datasetNameOf('urn:li:dataset:(urn:li:dataPlatform:hive,x,PROD)')).toBeUndefined();
  });
});

describe('topic.json owners, tags, domain', () => {
  test('accepted shapes', () => {
    expect(
      topicMetadata({
        owners: ['alice', 'urn:li:corpGroup:team', { owner: 'bob', type: 'DATA_STEWARD' }, 'alice'],
        tags: ['pii', 'urn:li:tag:gold'],
        domain: 'payments',
      }),
    ).toEqual({
      owners: [
        { owner: 'urn:li:corpuser:alice', type: 'TECHNICAL_OWNER' },
        { owner: 'urn:li:corpGroup:team', type: 'TECHNICAL_OWNER' },
        { owner: 'urn:li:corpuser:bob', type: 'DATA_STEWARD' },
      ],
      tags: ['urn:li:tag:pii', 'urn:li:tag:gold'],
      domains: ['urn:li:domain:payments'],
    });
    expect(topicMetadata({ owners: 'carol', tags: 'x', domain: null })).toEqual({
      owners: [{ owner: 'urn:li:corpuser:carol', type: 'TECHNICAL_OWNER' }],
      tags: ['urn:li:tag:x'],
      domains: [],
    });
  });

  test('absent fields stay absent, so DataHub keeps what its UI set', () => {
    expect(topicMetadata({ partitions: 3 })).toEqual({});
    expect(topicMetadata(undefined)).toEqual({});
  });

  test.each([
    [{ owners: [{ owner: 'a', type: 'BOSS' }] }],
    [{ owners: ['urn:li:dataset:x'] }],
    [{ owners: [42] }],
    [{ tags: ['has space'] }],
    [{ domain: 7 }],
  ])('rejects %j', (file) => {
    expect(() => topicMetadata(file)).toThrow(TopicMetadataError);
  });
});

describe("Python's text for JSON values", () => {
  test('float repr', () => {
    expect([1, 1.5, 1e16, 1e15, 1e20, 0.0001, 0.00001, -2.5e-7, 123456.789, 0].map(pythonFloatRepr)).toEqual([
      '1.0', '1.5', '1e+16', '1000000000000000.0', '1e+20', '0.0001', '1e-05', '-2.5e-07', '123456.789', '0.0',
    ]);
  });
  test('str and json.dumps of parsed JSON keep int/float and escape like Python', () => {
    const value = parseJson('{"a": [1, 1.0, 12345678901234567890, "it\'s", "é\\n"], "b": {"c": null, "d": true}}');
    expect(pythonStr(value)).toBe(`{'a': [1, 1.0, 12345678901234567890, "it's", 'é\\n'], 'b': {'c': None, 'd': True}}`);
    expect(pythonJsonDumps(value)).toBe('{"a": [1, 1.0, 12345678901234567890, "it\'s", "\\u00e9\\n"], "b": {"c": null, "d": true}}');
    expect(pythonStr('plain')).toBe('plain');
  });
});
