import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const script = fileURLToPath(new URL('../../scripts/kafka.sh', import.meta.url));
const run = promisify(execFile);

/** scripts/kafka.sh never hands the tests or the demo a broker it did not start. */
describe('scripts/kafka.sh', () => {
  it('refuses a port that answers with something it did not start (a Kafka of your own), with exit 3', async () => {
    const port = 19892;
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      for (const action of ['start', 'status']) {
        const result = await run('bash', [script, action], { env: { ...process.env, KAFKA_PORT: String(port) } }).then(
          () => ({ code: 0, stderr: '' }),
          (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
        );
        expect(result.code).toBe(3);
        expect(result.stderr).toContain(`kafka[${port}]: port`);
        expect(result.stderr).toContain('not');
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
