import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// The port probe that starts the shared broker lives in global-setup.mjs (Jest runs it outside the ESM VM).
const run = promisify(execFile);
const script = fileURLToPath(new URL('../../scripts/kafka.sh', import.meta.url));

export const brokers = [`127.0.0.1:${Number(process.env.KAFKA_PORT ?? 19092)}`];

/** Starts or stops a broker with scripts/kafka.sh (tests that need their own broker pass KAFKA_PORT). */
export async function kafkaScript(action: 'start' | 'stop', env: NodeJS.ProcessEnv = {}): Promise<void> {
  await run('bash', [script, action], { env: { ...process.env, ...env }, timeout: 300_000 });
}
