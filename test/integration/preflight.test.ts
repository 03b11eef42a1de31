import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const script = fileURLToPath(new URL('../../scripts/preflight.sh', import.meta.url));
const run = promisify(execFile);

/** `npm test` starts with scripts/preflight.sh: a missing system tool is named at once, with its install command. */
describe('scripts/preflight.sh', () => {
  async function preflightWith(tools: string[]): Promise<{ code: number; stderr: string }> {
    const bin = await mkdtemp(join(tmpdir(), 'scout-preflight-'));
    try {
      for (const tool of tools) {
        // the real interpreter, not a version manager's shim (a script that needs its own PATH)
        const which = tool === 'python3' ? `python3 -c 'import sys; print(sys.executable)'` : `command -v ${tool}`;
        const { stdout } = await run('bash', ['-c', which]);
        await symlink(stdout.trim(), join(bin, tool));
      }
      return await run('/bin/bash', [script], { env: { PATH: bin, PREFLIGHT_NO_INSTALL: '1' } }).then(
        ({ stderr }) => ({ code: 0, stderr }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
    } finally {
      await rm(bin, { recursive: true, force: true });
    }
  }

  const BASICS = ['id', 'sed', 'head', 'java', 'javac', 'mvn', 'openssl', 'python3', 'flock'];

  it('passes when everything is there', async () => {
    expect(await preflightWith([...BASICS, 'kcat'])).toEqual({ code: 0, stderr: '' });
  });

  it('names what is missing in one line with the command that installs it', async () => {
    const { code, stderr } = await preflightWith(BASICS.filter((tool) => tool !== 'mvn'));
    expect(code).toBe(1);
    expect(stderr).toBe('preflight: the tests need maven kcat: install them with: sudo apt-get install -y maven kcat\n');
  });
});
