import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A committed kafka-schemas/ tree in a temp dir, built from test/datahub/schemas/*.avsc. */

const schemasDir = fileURLToPath(new URL('./schemas/', import.meta.url));

export function schemaText(name: string): Promise<string> {
  return readFile(join(schemasDir, `${name}.avsc`), 'utf8');
}

export interface FixtureTopic {
  cluster: string;
  topic: string;
  value?: string;
  key?: string;
  topicFile?: Record<string, unknown>;
}

export async function writeCatalog(topics: FixtureTopic[]): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'scout-datahub-'));
  for (const t of topics) {
    const dir = join(root, t.cluster, t.topic);
    await mkdir(dir, { recursive: true });
    if (t.value !== undefined) await writeFile(join(dir, 'value.avsc'), await schemaText(t.value));
    if (t.key !== undefined) await writeFile(join(dir, 'key.avsc'), await schemaText(t.key));
    if (t.topicFile !== undefined) await writeFile(join(dir, 'topic.json'), `${JSON.stringify(t.topicFile, null, 2)}\n`);
  }
  return root;
}

export const sampleTopics: FixtureTopic[] = [
  {
    cluster: 'main',
    topic: 'orders',
    value: 'nested-records',
    key: 'key-record',
    topicFile: {
      partitions: 6,
      replicationFactor: 3,
      configs: { 'cleanup.policy': 'delete', 'retention.ms': '604800000', 'min.insync.replicas': '2' },
      keyFormat: 'json',
      valueFormat: 'json',
      description: 'Orders placed in the shop',
      owners: ['alice', { owner: 'urn:li:corpGroup:payments', type: 'BUSINESS_OWNER' }],
      tags: ['pii', 'urn:li:tag:gold'],
      domain: 'commerce',
    },
  },
  { cluster: 'main', topic: 'carts', value: 'arrays-of-records', topicFile: { partitions: 1, replicationFactor: 1, owners: ['@alice', '@acme/payments'] } },
  { cluster: 'main', topic: 'logical', value: 'logical-types' },
  { cluster: 'main', topic: 'linked-list', value: 'recursive-union', topicFile: { owners: [] } },
  { cluster: 'main', topic: 'docs', value: 'unions', topicFile: { tags: 'single', domain: 'urn:li:domain:abc-123' } },
  { cluster: 'other', topic: 'plain', value: 'primitive-string', key: 'primitive-string' },
];
