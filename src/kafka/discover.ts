import { ConfigResourceTypes } from 'kafkajs';
import type { Logger } from '../util/log';
import { loadedTopicMetadata, needsNewMetadata, type InternalBroker, type InternalCluster } from './kafkajs-internals';
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
  configs: Readonly<Record<string, string>>;
}

export interface Discovery {
  /** The kept topics, by name; their `configs` are empty here (see `configs`). */
  topics: DiscoveredTopic[];
  /** The kept topics' configs, read while sampling starts; never rejects. */
  configs: Promise<TopicConfigs>;
}

/** Discovery's placeholder: one frozen empty record for every topic until its configs are read. */
const NO_CONFIGS: Readonly<Record<string, string>> = Object.freeze({});

export interface TopicConfigs {
  /** Topic → config name → value, only the RECORDED_TOPIC_CONFIGS the broker returned. */
  values: Map<string, Readonly<Record<string, string>>>;
  /** Topics whose configs could not be read (their topic.json keeps committed configs). */
  errors: Map<string, string>;
}

/**
 * Lists every topic of the cluster with its partitions from one Metadata request, which also
 * gives `cluster` the leaders that sampling reads from (the scan's one client: no second
 * connect, no second look-up); `keep` filters names. The configs are asked at once, one
 * DescribeConfigs request per broker for all kept topics, and are not waited for here.
 */
export async function discoverTopics(
  cluster: InternalCluster,
  keep: (topic: string) => boolean,
  logger: Logger,
  filter?: TopicFilterOptions,
): Promise<Discovery> {
  await cluster.refreshMetadata(); // no target topics yet: kafkajs asks for every topic
  const all = loadedTopicMetadata(cluster);
  for (const pattern of filter
    ? unmatchedIncludes(
        filter,
        all.map(({ topic }) => topic),
      )
    : [])
    logger.warn(`--include / input 'include' pattern ${JSON.stringify(pattern)} matches no topic of the cluster`);
  const topics = all
    .filter(({ topic }) => keep(topic))
    .map(({ topic, partitionMetadata }) => ({
      name: topic,
      partitions: partitionMetadata.length,
      replicationFactor: Math.max(0, ...partitionMetadata.map((partition) => partition.replicas.length)),
      configs: NO_CONFIGS,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = topics.map(({ name }) => name);
  const configs = readTopicConfigs(cluster, names, logger).catch((error: unknown) => ({
    values: new Map<string, Readonly<Record<string, string>>>(),
    errors: new Map(names.map((name) => [name, (error as Error).message])),
  }));
  return { topics, configs };
}

/**
 * The RECORDED_TOPIC_CONFIGS of `names`: one request per broker, the topics spread over the
 * brokers (any broker answers for a topic). kafkajs fails a whole response for one resource's
 * error without naming it, so a failed request is asked again in halves, down to the topic at
 * fault; a broker that cannot be reached fails its share at once.
 */
export async function readTopicConfigs(cluster: InternalCluster, names: string[], logger: Logger): Promise<TopicConfigs> {
  const result: TopicConfigs = { values: new Map(), errors: new Map() };
  if (names.length === 0) return result;
  // Most topics share their configs: one frozen record per distinct set, not one per topic.
  const distinct = new Map<string, Readonly<Record<string, string>>>();
  const shared = (values: Record<string, string>) => {
    const key = JSON.stringify(values);
    const known = distinct.get(key);
    if (known !== undefined) return known;
    distinct.set(key, Object.freeze(values));
    return values;
  };
  const nodeIds = cluster.getNodeIds();
  const share = Math.ceil(names.length / Math.max(1, nodeIds.length));
  const describe = async (broker: InternalBroker, batch: string[]): Promise<void> => {
    try {
      const described = await broker.describeConfigs({
        includeSynonyms: false,
        resources: batch.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: [...RECORDED_TOPIC_CONFIGS] })),
      });
      for (const resource of described.resources) {
        const values: Record<string, string> = {};
        for (const entry of [...resource.configEntries].sort((a, b) => a.configName.localeCompare(b.configName))) {
          if (entry.configValue !== null && entry.configValue !== undefined) values[entry.configName] = entry.configValue;
        }
        result.values.set(resource.resourceName, shared(values));
      }
    } catch (error) {
      if (batch.length > 1 && !needsNewMetadata(error)) {
        const half = Math.ceil(batch.length / 2);
        await Promise.all([describe(broker, batch.slice(0, half)), describe(broker, batch.slice(half))]);
        return;
      }
      for (const name of batch) result.errors.set(name, (error as Error).message);
    }
  };
  await Promise.all(
    (nodeIds.length > 0 ? nodeIds : ['']).map(async (nodeId, i) => {
      const batch = names.slice(i * share, (i + 1) * share);
      if (batch.length === 0) return;
      let broker: InternalBroker;
      try {
        broker = await cluster.findBroker({ nodeId });
      } catch (error) {
        for (const name of batch) result.errors.set(name, `broker node ${nodeId}: ${(error as Error).message}`);
        return;
      }
      await describe(broker, batch);
    }),
  );
  for (const name of names) if (!result.values.has(name) && !result.errors.has(name)) result.errors.set(name, 'not in the DescribeConfigs response');
  // One line here; each topic's own warning names it and the reason.
  const [first] = result.errors;
  if (first) logger.warn(`could not read the configs of ${result.errors.size} topic(s) (topic ${first[0]}: ${first[1]}); their committed configs are kept`);
  return result;
}
