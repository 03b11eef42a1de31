import { kafkaScript } from './broker';

export default async function globalTeardown(): Promise<void> {
  if ((globalThis as { __scoutStartedKafka?: boolean }).__scoutStartedKafka) await kafkaScript('stop');
}
