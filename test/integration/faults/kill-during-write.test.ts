import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../../../src/catalog/atomic-write';
import { parseJson } from '../../support/json';

/**
 * The action killed (SIGKILL) while writing schema files: every file is the old or the new
 * text, never half of one; the next write removes temp files the killed writer left behind.
 */
const source = fileURLToPath(new URL('../../../src/catalog/atomic-write.ts', import.meta.url));
const FILES = ['a/value.avsc', 'b/value.avsc', 'c/key.avsc'];
const version = (tag: string, n: number) =>
  `${JSON.stringify({ type: 'record', name: `R${tag}`, fields: Array.from({ length: n }, (_, i) => ({ name: `f${tag}${i}`, type: 'string', doc: 'x'.repeat(200) })) }, null, 2)}\n`;
const OLD = version('old', 3000); // ~0.8 MB each
const NEW = version('new', 3500);

/** A child (Node 24 strips the types) that rewrites the files between OLD and NEW until killed. */
const child = `
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from ${JSON.stringify(source)};
const [dir, files] = [process.argv[1], JSON.parse(process.argv[2])];
const [oldText, newText] = [readFileSync(dir + '/old.txt', 'utf8'), readFileSync(dir + '/new.txt', 'utf8')];
process.send?.('ready');
for (let i = 0; ; i++) for (const file of files) await writeFileAtomic(dir + '/' + file, i % 2 ? oldText : newText);
`;

describe('killed during a write', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scout-kill-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('every file parses and is the old or the new text; stale temp files go on the next write', async () => {
    for (const file of FILES) await writeFileAtomic(join(dir, file), OLD);
    await writeFile(join(dir, 'old.txt'), OLD);
    await writeFile(join(dir, 'new.txt'), NEW);
    for (let round = 0; round < 12; round++) {
      const proc = spawn(process.execPath, ['--input-type=module', '-e', child, dir, JSON.stringify(FILES)], {
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let stderr = '';
      proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        proc.once('message', () => resolve());
        proc.once('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
      });
      // Kill moments spread over the write cycle on a fixed schedule (the assertions hold for any moment).
      await new Promise((resolve) => setTimeout(resolve, 20 + round * 13));
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill('SIGKILL');
      await exited;
      for (const file of FILES) {
        const text = await readFile(join(dir, file), 'utf8');
        expect(() => parseJson(text)).not.toThrow();
        expect(text === OLD || text === NEW).toBe(true);
      }
    }
    // A kill between open and rename leaves a temp file, never a schema file under another name.
    for (const folder of ['a', 'b', 'c']) {
      const names = await readdir(join(dir, folder));
      expect(names.filter((name) => !name.includes('.tmp-')).every((name) => /^(value|key)\.avsc$/.test(name))).toBe(true);
    }
    // Whether a kill left one or not: a dead writer's temp file (its process is gone) is removed
    // by the next write; one of a live process (a concurrent writer) is left alone.
    const dead = spawn(process.execPath, ['-e', '']);
    const deadPid = dead.pid!;
    await new Promise((resolve) => dead.once('exit', resolve));
    for (const folder of ['a', 'b', 'c']) await writeFile(join(dir, folder, `${folder === 'c' ? 'key' : 'value'}.avsc.tmp-${deadPid}-0badf00d`), 'partial');
    const live = join(dir, 'a', `value.avsc.tmp-${process.ppid}-deadbeef`);
    await writeFile(live, 'partial');
    for (const file of FILES) await writeFileAtomic(join(dir, file), `${OLD.trimEnd()} \n`);
    expect(await readdir(join(dir, 'a'))).toEqual(['value.avsc', `value.avsc.tmp-${process.ppid}-deadbeef`].sort());
    expect(await readdir(join(dir, 'b'))).toEqual(['value.avsc']);
    expect(await readdir(join(dir, 'c'))).toEqual(['key.avsc']);
  }, 50_000);
});
