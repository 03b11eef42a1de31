import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { brokers } from './broker';

/** A kafkajs client for test fixtures (the code under test makes its own). */
export function testKafka(): Kafka {
  return new Kafka({ clientId: 'scout-test-fixture', brokers, logLevel: logLevel.NOTHING });
}

export function uniqueTopic(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export async function createTopicWith(topic: string, partitions: number, messages: Message[] = []): Promise<void> {
  const kafka = testKafka();
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: false });
    await waitForLeaders(admin, topic, partitions);
  } finally {
    await admin.disconnect();
  }
  if (messages.length > 0) await produce(topic, messages);
}

/**
 * Polls metadata until every partition has a leader. kafkajs's own `waitForLeaders` retries
 * only LEADER_NOT_AVAILABLE, while a KRaft broker may first answer UNKNOWN_TOPIC_OR_PARTITION
 * for a topic it has just created (seen on a fresh CI machine).
 */
async function waitForLeaders(admin: ReturnType<Kafka['admin']>, topic: string, partitions: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
      const found = topics[0]?.partitions ?? [];
      if (found.length === partitions && found.every((partition) => partition.leader >= 0)) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topic ${topic}: no leader for all ${partitions} partition(s) after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function produce(topic: string, messages: Message[]): Promise<void> {
  const producer = testKafka().producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    await producer.send({ topic, messages });
  } finally {
    await producer.disconnect();
  }
}

export async function deleteTopics(topics: string[]): Promise<void> {
  const admin = testKafka().admin();
  await admin.connect();
  try {
    await admin.deleteTopics({ topics });
  } catch {
    // best effort: topics are uniquely named
  } finally {
    await admin.disconnect();
  }
}
