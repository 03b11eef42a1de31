import type { Admin } from 'kafkajs';

/**
 * Polls metadata until every partition of the topics has a leader. kafkajs's own
 * `createTopics({ waitForLeaders: true })` retries only LEADER_NOT_AVAILABLE, while a KRaft
 * broker may first answer UNKNOWN_TOPIC_OR_PARTITION for a topic it has just created.
 */
export async function waitForLeaders(admin: Admin, topics: Array<{ topic: string; partitions: number }>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const names = topics.map(({ topic }) => topic);
  for (;;) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics: names });
      const found = new Map(metadata.topics.map(({ name, partitions }) => [name, partitions]));
      const ready = topics.every(({ topic, partitions }) => {
        const led = found.get(topic) ?? [];
        return led.length === partitions && led.every((partition) => partition.leader >= 0);
      });
      if (ready) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`topic(s) ${names.join(', ')}: not every partition has a leader after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
