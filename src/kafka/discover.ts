import { ConfigResourceTypes, type Admin } from 'kafkajs';
import type { Logger } from '../util/log';
import { mapWithConcurrency } from '../util/concurrency';
import { unmatchedIncludes, type TopicFilterOptions } from './topic-filter';

/** The topic configs DataHub's own Kafka source records (written to topic.json). */
export const RECORDED_TOPIC_CONFIGS = [
  'cleanup.policy',
  'retention.ms',
  'retention.bytes',
  'min.insync.replicas',
  'max.message.bytes',
  'unclean.leader.election.enable',
] as const;

export interface DiscoveredTopic {
  name: string;
  partitions: number;
  replicationFactor: number;
  /** Config name → value, only the RECORDED_TOPIC_CONFIGS the broker returned. */
  configs: Record<string, string>;
}

export interface Discovery {
  topics: DiscoveredTopic[];
  /** Topics whose configs could not be read (their topic.json keeps committed configs). */
  configErrors: Map<string, string>;
}

const CONFIG_BATCH = 100;

/** Lists every topic of the cluster with its partitions and configs; `keep` filters names. */
export async function discoverTopics(admin: Admin, keep: (topic: string) => boolean, logger: Logger, filter?: TopicFilterOptions): Promise<Discovery> {
  const all = await admin.listTopics();
  for (const pattern of filter ? unmatchedIncludes(filter, all) : [])
    logger.warn(`--include / input 'include' pattern ${JSON.stringify(pattern)} matches no topic of the cluster`);
  const names = all.filter(keep).sort();
  if (names.length === 0) return { topics: [], configErrors: new Map() };
  const metadata = await admin.fetchTopicMetadata({ topics: names });
  const configs = new Map<string, Record<string, string>>();
  const configErrors = new Map<string, string>();
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += CONFIG_BATCH) batches.push(names.slice(i, i + CONFIG_BATCH));
  await mapWithConcurrency(batches, 4, async (batch) => {
    try {
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: batch.map((name) => ({
          type: ConfigResourceTypes.TOPIC,
          name,
          configNames: [...RECORDED_TOPIC_CONFIGS],
        })),
      });
      for (const resource of described.resources) {
        if (resource.errorCode !== 0) {
          configErrors.set(resource.resourceName, resource.errorMessage || `error code ${resource.errorCode}`);
          continue;
        }
        const values: Record<string, string> = {};
        for (const entry of [...resource.configEntries].sort((a, b) => a.configName.localeCompare(b.configName))) {
          if (entry.configValue !== null && entry.configValue !== undefined) values[entry.configName] = entry.configValue;
        }
        configs.set(resource.resourceName, values);
      }
    } catch (error) {
      logger.warn(`could not read topic configs for ${batch.length} topics: ${(error as Error).message}`);
      for (const name of batch) configErrors.set(name, (error as Error).message);
    }
  });
  const topics = metadata.topics
    .map((topic) => ({
      name: topic.name,
      partitions: topic.partitions.length,
      replicationFactor: Math.max(0, ...topic.partitions.map((partition) => partition.replicas.length)),
      configs: configs.get(topic.name) ?? {},
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { topics, configErrors };
}
