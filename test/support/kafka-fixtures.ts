import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { waitForLeaders } from '../../src/kafka/wait-for-leaders';
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
    await waitForLeaders(admin, [{ topic, partitions }]);
  } finally {
    await admin.disconnect();
  }
  if (messages.length > 0) await produce(topic, messages);
}

export async function produce(topic: string, messages: Message[]): Promise<void> {
  // Idempotent: under CPU load a retried send may otherwise write a record twice, and tests
  // count offsets and records exactly.
  const producer = testKafka().producer({ allowAutoTopicCreation: false, idempotent: true, maxInFlightRequests: 1 });
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
