import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEmit } from '../../../src/datahub/emit-run';
import { runScan } from '../../../src/scan/run-scan';
import { silentLogger } from '../../../src/util/log';
import { brokers } from '../../support/broker';
import { runDataHubKafkaSource, type SourceAspect } from '../../support/datahub-oracle';
import { createTopicWith, deleteTopics, uniqueTopic } from '../../support/kafka-fixtures';
import { schemaText } from '../../datahub/fixtures';

/**
 * `emit --out` against DataHub's own Kafka source (acryl-datahub, its ConfluentSchemaRegistry
 * unchanged, only its registry client serving the committed files), both run on the same topics
 * of the test broker: every aspect DataHub emits must be emitted the same by us.
 */

interface Case {
  prefix: string;
  value?: string;
  key?: string;
}

const CASES: Case[] = [
  { prefix: 'nested', value: 'nested-records', key: 'key-record' },
  { prefix: 'logical', value: 'logical-types' },
  { prefix: 'enums', value: 'enums-fixed' },
  { prefix: 'reused', value: 'reused-record' },
  { prefix: 'docs', value: 'defaults-docs' },
  { prefix: 'tags', value: 'tags' },
  { prefix: 'unions', value: 'top-union-records' },
  { prefix: 'recursive', value: 'recursive-union' },
  { prefix: 'plain', value: 'primitive-string', key: 'primitive-string' },
  { prefix: 'hyphens', value: 'hyphen-names' },
];

type Aspects = Map<string, unknown>;

function byEntityAndAspect(mcps: Array<{ entityUrn: string; aspectName: string; aspect: unknown }>): Aspects {
  const map: Aspects = new Map();
  for (const mcp of mcps) map.set(`${mcp.entityUrn} ${mcp.aspectName}`, mcp.aspect);
  return map;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Every aspect DataHub's source emits that we emit differently or not at all (key order aside). */
export function aspectDifferences(theirs: Aspects, ours: Aspects): string[] {
  const differences: string[] = [];
  for (const [key, aspect] of theirs) {
    if (!ours.has(key)) differences.push(`missing: ${key} ${JSON.stringify(aspect)}`);
    else if (JSON.stringify(canonical(aspect)) !== JSON.stringify(canonical(ours.get(key)))) {
      differences.push(`differs: ${key}\n  DataHub: ${JSON.stringify(canonical(aspect))}\n  ours:    ${JSON.stringify(canonical(ours.get(key)))}`);
    }
  }
  return differences;
}

describe("emit agrees with DataHub's own Kafka source", () => {
  const topics = new Map<Case, string>();
  let dir = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-datahub-conformance-'));
    for (const entry of CASES) {
      const topic = uniqueTopic(`dh-${entry.prefix}`);
      topics.set(entry, topic);
      await createTopicWith(topic, 2, [{ key: entry.key ? '{"id": 1}' : 'k', value: '{"id": 1}' }]);
    }
    // The scan writes topic.json (partitions, configs) as it would; the schemas are then hand-edited.
    const report = await runScan(
      {
        connection: { brokers },
        cluster: 'c',
        dir,
        filter: { include: [...topics.values()], exclude: [] },
        sampling: { samplesPerPartition: 10, from: 'latest', maxBytesPerTopic: 1_000_000, topicTimeoutMs: 60_000, scanTimeoutMs: 120_000 },
        naming: {},
      },
      silentLogger,
    );
    expect(report.topics.filter((topic) => topic.status === 'failed')).toEqual([]);
    for (const [entry, topic] of topics) {
      if (entry.value) await writeFile(join(dir, 'c', topic, 'value.avsc'), await schemaText(entry.value));
      if (entry.key) await writeFile(join(dir, 'c', topic, 'key.avsc'), await schemaText(entry.key));
      else await rm(join(dir, 'c', topic, 'key.avsc'), { force: true });
    }
  }, 180_000);

  afterAll(async () => {
    await deleteTopics([...topics.values()]);
    await rm(dir, { recursive: true, force: true });
  });

  async function subjects(): Promise<Record<string, string>> {
    const result: Record<string, string> = {};
    for (const [entry, topic] of topics) {
      if (entry.value) result[`${topic}-value`] = await readFile(join(dir, 'c', topic, 'value.avsc'), 'utf8');
      if (entry.key) result[`${topic}-key`] = await readFile(join(dir, 'c', topic, 'key.avsc'), 'utf8');
    }
    return result;
  }

  async function ours(platformInstance?: string): Promise<Aspects> {
    const out = join(dir, `ours-${platformInstance ?? 'none'}.json`);
    const report = await runEmit({ dir, cluster: 'c', out, env: 'PROD', ...(platformInstance ? { platformInstance } : {}) }, silentLogger);
    if (process.env.PEEK) console.log(report.topics.filter((topic) => topic.status === 'failed'));
    else expect(report.topics.filter((topic) => topic.status === 'failed')).toEqual([]);
    const written = JSON.parse(await readFile(out, 'utf8')) as Array<{ entityUrn: string; aspectName: string; aspect: { json: unknown } }>;
    return byEntityAndAspect(written.map((mcp) => ({ ...mcp, aspect: mcp.aspect.json })));
  }

  async function theirs(platformInstance?: string): Promise<{ aspects: Aspects; mcps: SourceAspect[] }> {
    const mcps = await runDataHubKafkaSource({ bootstrap: brokers.join(','), topics: [...topics.values()], subjects: await subjects(), platformInstance });
    return { aspects: byEntityAndAspect(mcps), mcps };
  }

  for (const platformInstance of [undefined, 'eu-cluster']) {
    it(`emits every aspect as DataHub's source does (${platformInstance ? `platform instance ${platformInstance}` : 'no platform instance'})`, async () => {
      const reference = await theirs(platformInstance);
      // the source saw every topic
      for (const topic of topics.values())
        expect(reference.mcps.some((mcp) => mcp.entityUrn.includes(`,${platformInstance ? `${platformInstance}.` : ''}${topic},`))).toBe(true);
      const differences = aspectDifferences(reference.aspects, await ours(platformInstance));
      if (process.env.PEEK) console.log(differences.join('\n'));
      expect(differences).toEqual([]);
    }, 300_000);
  }

  it('the comparison can fail (negative control)', async () => {
    const reference = await theirs();
    const mine = await ours();
    const [key] = [...mine.keys()].filter((name) => name.endsWith(' schemaMetadata'));
    const tampered = new Map(mine);
    tampered.set(key!, { ...(mine.get(key!) as object), hash: '0'.repeat(32) });
    expect(aspectDifferences(reference.aspects, tampered).some((line) => line.startsWith(`differs: ${key}`))).toBe(true);
  }, 300_000);
});
