import { kafkaPort, kafkaScript, portAnswers } from './broker';

/** Starts the local test broker when nothing answers on its port; teardown stops only what we started. */
export default async function globalSetup(): Promise<void> {
  if (await portAnswers(kafkaPort)) return;
  process.stderr.write(`\nstarting the test Kafka broker on 127.0.0.1:${kafkaPort} (scripts/kafka.sh)\n`);
  await kafkaScript('start');
  (globalThis as { __scoutStartedKafka?: boolean }).__scoutStartedKafka = true;
}
