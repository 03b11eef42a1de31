import type { Admin, Kafka } from 'kafkajs';
import { CLUSTER_FILE } from '../catalog/cluster-file';
import { clusterEntryNames } from '../catalog/read';
import { removeTreeFolder, treeFolder } from '../catalog/safe-fs';
import { waitForLeaders } from '../kafka/wait-for-leaders';
import { UsageError } from '../util/errors';
import type { Logger } from '../util/log';
import type { DemoTopic } from './demo-topics';

/**
 * The demo writes only to a broker scripts/kafka.sh started: such a broker listens on the loopback
 * interface and its storage was formatted with this cluster id (`StorageTool format -t`). Anything
 * else (a Kafka of yours on the same port, a remote cluster) is refused before the first write.
 */
export const SCRIPT_CLUSTER_ID = 'scout-test-cluster-id0';

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\]):\d+$/;

/** Why the demo must not write to these brokers, or undefined when they are the script's own. */
export function demoBrokerRefusal(brokers: string[], clusterId: string | undefined): string | undefined {
  const remote = brokers.filter((broker) => !LOOPBACK.test(broker));
  if (remote.length > 0) return `the demo only writes to a local broker that scripts/kafka.sh started, not to ${remote.join(', ')}`;
  if (clusterId !== SCRIPT_CLUSTER_ID) {
    return `the broker at ${brokers.join(', ')} was not started by scripts/kafka.sh (cluster id ${JSON.stringify(clusterId ?? null)}): the demo writes nothing to it; start the demo's own broker with npm run demo`;
  }
  return undefined;
}

export async function checkDemoBroker(admin: Admin, brokers: string[]): Promise<void> {
  const refusal = demoBrokerRefusal(brokers, (await admin.describeCluster()).clusterId);
  if (refusal !== undefined) throw new UsageError(refusal);
}

/**
 * Gives each demo topic exactly `topics`' records: a topic left by an earlier demo run is emptied
 * (its records deleted up to the end, so a rerun tells the same story), a missing one is created.
 * Only the demo's own topics are touched.
 */
export async function resetDemoTopics(kafka: Kafka, admin: Admin, topics: DemoTopic[], logger: Logger): Promise<void> {
  const existing = new Set(await admin.listTopics());
  for (const topic of topics) {
    if (existing.has(topic.name)) {
      const partitions = Array.from({ length: topic.partitions }, (_, partition) => ({ partition, offset: '-1' }));
      await admin.fetchTopicMetadata({ topics: [topic.name] }); // deleteTopicRecords needs this topic's metadata loaded
      await admin.deleteTopicRecords({ topic: topic.name, partitions });
    } else {
      await admin.createTopics({ topics: [{ topic: topic.name, numPartitions: topic.partitions }], waitForLeaders: false }); // waitForLeaders below: kafkajs's own wait fails on KRaft's first answer
      await waitForLeaders(admin, [{ topic: topic.name, partitions: topic.partitions }]);
    }
  }
  await produceDemoRecords(kafka, topics, logger);
}

export async function produceDemoRecords(kafka: Kafka, topics: DemoTopic[], logger: Logger): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (const topic of topics) {
      await producer.send({ topic: topic.name, messages: topic.messages });
      logger.info(`wrote ${topic.messages.length} records to ${topic.name} (${topic.partitions} partitions)`);
    }
  } finally {
    await producer.disconnect();
  }
}

/**
 * Empties the demo's cluster folder so the first scan starts from nothing, but only when it holds
 * nothing but the demo's topics (and cluster.json): a folder with anything else is not the demo's.
 */
export async function resetDemoFolder(dir: string, cluster: string, topics: DemoTopic[]): Promise<void> {
  const folder = await treeFolder(dir, [cluster]);
  if (folder === undefined) return;
  const own = new Set([...topics.map((topic) => topic.name), CLUSTER_FILE]);
  const foreign = [...(await clusterEntryNames(dir, cluster))].filter((name) => !own.has(name)).sort();
  if (foreign.length > 0) {
    throw new UsageError(`${folder.path} holds ${foreign.join(', ')}, not the demo's: pick another --dir for the demo`);
  }
  await removeTreeFolder(folder);
}
