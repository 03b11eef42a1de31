import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** The bundled CLI and action must run from a copy of dist/ alone (no node_modules). */
describe('bundled dist/', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'scout-dist-'));
    await cp(dist, copy, { recursive: true });
  });

  it('runs the CLI help with plain node and lists the commands', async () => {
    const { stdout } = await run(process.execPath, [join(copy, 'cli', 'index.js'), '--help'], { cwd: copy });
    expect(stdout).toMatch(/Usage: kafka-schema-scout/);
    expect(stdout).toMatch(/^\s+scan \[options\]/m);
    for (const command of ['demo', 'diff', 'fields', 'emit']) expect(stdout).toMatch(new RegExp(`^\\s+${command} `, 'm'));
  });

  it('runs the action entry and fails with a clear message when a required input is missing', async () => {
    const result = await run(process.execPath, [join(copy, 'index.js')], {
      cwd: copy,
      env: { PATH: process.env.PATH, INPUT_COMMAND: 'scan' },
    }).catch((error: { stdout: string; code: number }) => error);
    expect(result.stdout).toMatch(/::error::input 'brokers' is required/);
    expect((result as { code?: number }).code).toBe(1);
  });
});
