// Stops the test broker only when global setup started it.
import { kafkaScript } from './global-setup.mjs';

export default async function globalTeardown() {
  if (globalThis.__scoutStartedKafka) kafkaScript('stop');
}
