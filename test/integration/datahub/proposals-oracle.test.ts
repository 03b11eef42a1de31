import { listCommittedTopics, readCommittedTopic } from '../../../src/catalog/read';
import { removedTopicAspects, topicAspects } from '../../../src/datahub/aspects';
import { topicProposals, type Proposal } from '../../../src/datahub/proposals';
import { oracleValidate } from '../../support/datahub-oracle';
import { sampleTopics, writeCatalog } from '../../datahub/fixtures';

/** Every proposal we build must load into the SDK's own classes unchanged. */

async function buildAll(settings: { env: string; platformInstance?: string }): Promise<Proposal[]> {
  const root = await writeCatalog(sampleTopics);
  const proposals: Proposal[] = [];
  for (const cluster of ['main', 'other']) {
    for (const topic of (await listCommittedTopics(root, cluster)).topics) {
      proposals.push(
        ...topicProposals(topicAspects(await readCommittedTopic(root, cluster, topic), settings), {
          lastObserved: 1700000000000,
          runId: 'kafka-schema-scout-test',
          properties: { clientId: 'kafka-schema-scout', clientVersion: '0.1.0' },
        }),
      );
    }
  }
  proposals.push(...topicProposals(removedTopicAspects('gone', settings)));
  return proposals;
}

test.each([
  ['without platform instance', { env: 'PROD' }],
  ['with platform instance', { env: 'DEV', platformInstance: 'eu-cluster' }],
])(
  'every proposal loads into the SDK classes unchanged (%s)',
  async (_label, settings) => {
    const proposals = await buildAll(settings);
    const aspectNames = new Set(proposals.map((p) => p.aspectName));
    for (const name of [
      'status',
      'schemaMetadata',
      'datasetProperties',
      'subTypes',
      'browsePathsV2',
      'dataPlatformInstance',
      'ownership',
      'globalTags',
      'domains',
    ]) {
      expect(aspectNames).toContain(name);
    }
    const results = await oracleValidate(proposals);
    const failures = results.flatMap((r, i) => (r.ok ? [] : [`${proposals[i]!.entityUrn} ${proposals[i]!.aspectName}: ${r.error}`]));
    expect(failures).toEqual([]);
  },
  120_000,
);

test('the validation can fail: a misspelt field and a wrong enum value are caught', async () => {
  const [good] = await buildAll({ env: 'PROD' });
  const bad = (value: unknown, aspectName = 'ownership'): Proposal => ({
    ...good!,
    aspectName,
    aspect: { value: JSON.stringify(value), contentType: 'application/json' },
  });
  const results = await oracleValidate([
    bad({ removed: false, extra: 1 }, 'status'),
    bad({ owners: [{ owner: 'urn:li:corpuser:a', type: 'BOSS' }], ownerTypes: {}, lastModified: { time: 0, actor: 'urn:li:corpuser:unknown' } }),
    bad({ typeNames: 'Topic' }, 'subTypes'),
  ]);
  expect(results.map((r) => r.ok)).toEqual([false, false, false]);
}, 120_000);
