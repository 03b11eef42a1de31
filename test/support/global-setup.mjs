// Starts the local test broker (scripts/kafka.sh) unless the one it started before is running.
// A broker the script did not start is never used (kafka.sh start refuses it).
// Plain ESM JavaScript: Jest runs global setup outside its ESM test environment.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.KAFKA_PORT ?? 19092);
const script = fileURLToPath(new URL('../../scripts/kafka.sh', import.meta.url));

export function kafkaScript(action) {
  execFileSync('bash', [script, action], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
}

/** Whether the broker scripts/kafka.sh started on this port is up (exit 0 of `kafka.sh status`). */
function ourBrokerRuns() {
  try {
    execFileSync('bash', [script, 'status'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

export default async function globalSetup() {
  if (ourBrokerRuns()) return;
  process.stderr.write(`\nstarting the test Kafka broker on 127.0.0.1:${port} (scripts/kafka.sh)\n`);
  kafkaScript('start');
  globalThis.__scoutStartedKafka = true;
}
