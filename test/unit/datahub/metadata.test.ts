import { pythonFloatRepr, pythonJsonDumps, pythonStr } from '../../../src/datahub/python-format';
import { TopicMetadataError, parseOwnerMapping, topicMetadata } from '../../../src/datahub/topic-metadata';
import { UsageError } from '../../../src/util/errors';
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

  test.each([[{ owners: [{ owner: 'a', type: 'BOSS' }] }], [{ owners: ['urn:li:dataset:x'] }], [{ owners: [42] }], [{ tags: ['has space'] }], [{ domain: 7 }]])(
    'rejects %j',
    (file) => {
      expect(() => topicMetadata(file)).toThrow(TopicMetadataError);
    },
  );
});

describe('GitHub owners (@login, @org/team), as in CODEOWNERS', () => {
  test('default mapping: users to corpuser, teams to corpGroup (the team slug)', () => {
    expect(topicMetadata({ owners: ['@alice', '@acme/payments-team', { owner: '@bob-b', type: 'DATA_STEWARD' }] }).owners).toEqual([
      { owner: 'urn:li:corpuser:alice', type: 'TECHNICAL_OWNER' },
      { owner: 'urn:li:corpGroup:payments-team', type: 'TECHNICAL_OWNER' },
      { owner: 'urn:li:corpuser:bob-b', type: 'DATA_STEWARD' },
    ]);
  });

  test('a configured mapping: e-mail users, org-qualified groups; an unset rule keeps its default', () => {
    const mapping = parseOwnerMapping(['@user=urn:li:corpuser:{user}@acme.com', '@org/team = urn:li:corpGroup:{org}.{team}'], '--owner-mapping');
    expect(topicMetadata({ owners: ['@alice', '@acme/payments'] }, mapping).owners!.map((o) => o.owner)).toEqual([
      'urn:li:corpuser:alice@acme.com',
      'urn:li:corpGroup:acme.payments',
    ]);
    const usersOnly = parseOwnerMapping(['@user=urn:li:corpuser:gh-{user}'], '--owner-mapping');
    expect(topicMetadata({ owners: ['@alice', '@acme/payments'] }, usersOnly).owners!.map((o) => o.owner)).toEqual([
      'urn:li:corpuser:gh-alice',
      'urn:li:corpGroup:payments',
    ]);
  });

  test.each(['@', '@-alice', '@a--b', '@acme/', '@acme/team/x', '@al ice'])('refuses %j', (owner) => {
    expect(() => topicMetadata({ owners: [owner] })).toThrow(/not a GitHub user \(@login\) or team \(@org\/team\)/);
  });

  test.each([
    ['@team=urn:li:corpGroup:{team}', /must be @user=/],
    ['@user=urn:li:corpuser:{team}', /unknown placeholder \{team\}/],
    ['@org/team=urn:li:tag:{team}', /corpuser: or urn:li:corpGroup:/],
    ['@user=urn:li:corpuser:(x)', /corpuser: or urn:li:corpGroup:/],
  ])('a bad rule %j is a usage error', (rule, message) => {
    expect(() => parseOwnerMapping([rule], '--owner-mapping')).toThrow(UsageError);
    expect(() => parseOwnerMapping([rule], '--owner-mapping')).toThrow(message);
  });
});

describe("Python's text for JSON values", () => {
  test('float repr', () => {
    expect([1, 1.5, 1e16, 1e15, 1e20, 0.0001, 0.00001, -2.5e-7, 123456.789, 0].map(pythonFloatRepr)).toEqual([
      '1.0',
      '1.5',
      '1e+16',
      '1000000000000000.0',
      '1e+20',
      '0.0001',
      '1e-05',
      '-2.5e-07',
      '123456.789',
      '0.0',
    ]);
  });
  test('str and json.dumps of parsed JSON keep int/float and escape like Python', () => {
    const value = parseJson('{"a": [1, 1.0, 12345678901234567890, "it\'s", "é\\n"], "b": {"c": null, "d": true}}');
    expect(pythonStr(value)).toBe(`{'a': [1, 1.0, 12345678901234567890, "it's", 'é\\n'], 'b': {'c': None, 'd': True}}`);
    expect(pythonJsonDumps(value)).toBe('{"a": [1, 1.0, 12345678901234567890, "it\'s", "\\u00e9\\n"], "b": {"c": null, "d": true}}');
    expect(pythonStr('plain')).toBe('plain');
  });
});
