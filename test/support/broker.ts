import { execFile } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../scripts/kafka.sh', import.meta.url));

export const kafkaPort = Number(process.env.KAFKA_PORT ?? 9092);
export const brokers = [`127.0.0.1:${kafkaPort}`];

export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export async function kafkaScript(action: 'start' | 'stop', env: NodeJS.ProcessEnv = {}): Promise<void> {
  await run('bash', [script, action], { env: { ...process.env, ...env }, timeout: 300_000 });
}
