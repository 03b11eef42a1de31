// Starts the local test broker (scripts/kafka.sh) when nothing answers on its port.
// Plain ESM JavaScript: Jest runs global setup outside its ESM test environment.
import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const port = Number(process.env.KAFKA_PORT ?? 9092);
const script = fileURLToPath(new URL('../../scripts/kafka.sh', import.meta.url));

export function portAnswers(host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export function kafkaScript(action) {
  execFileSync('bash', [script, action], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
}

export default async function globalSetup() {
  if (await portAnswers()) return;
  process.stderr.write(`\nstarting the test Kafka broker on 127.0.0.1:${port} (scripts/kafka.sh)\n`);
  kafkaScript('start');
  globalThis.__scoutStartedKafka = true;
}
