import { lstat, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../../src/catalog/atomic-write';
import { CatalogFileError, listCommittedTopics, readCommittedTopic } from '../../../src/catalog/read';
import { treeFolder, writeTreeFile } from '../../../src/catalog/safe-fs';
import { makeFifo, releaseFifo } from '../../support/cli';

const LINK = 'is a symbolic link; links are not followed in the schema tree';
const SCHEMA = '{"type":"record","name":"Orders","fields":[]}\n';
const SECRET = 'outside-secret-text';

async function put(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** A temp folder with `outside/` (a file and a folder holding SECRET) and an empty tree `tree/`. */
async function setup(): Promise<{ root: string; secretFile: string; secretFolder: string }> {
  const base = await mkdtemp(join(tmpdir(), 'scout-tree-links-'));
  const secretFile = join(base, 'outside', 'secret.json');
  const secretFolder = join(base, 'outside', 'folder');
  await put(secretFile, `{"description": "${SECRET}"}\n`);
  await put(join(secretFolder, 'orders', 'value.avsc'), SCHEMA);
  await put(join(secretFolder, 'value.avsc'), SCHEMA);
  const root = join(base, 'tree');
  await mkdir(join(root, 'local'), { recursive: true });
  return { root, secretFile, secretFolder };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: Error) => error,
  );
  if (outcome === undefined) throw new Error('expected a rejection');
  expect(outcome.message).not.toContain(SECRET);
  return outcome;
}

describe('readCommittedTopic follows no link and opens no special file', () => {
  /** Released at the end, in case a reader hangs on one. */
  const fifos: string[] = [];
  afterAll(() => fifos.forEach(releaseFifo));

  it('a file linked to an outside file: refused by path', async () => {
    const { root, secretFile } = await setup();
    await put(join(root, 'local', 'orders', 'value.avsc'), SCHEMA);
    await symlink(secretFile, join(root, 'local', 'orders', 'topic.json'));
    const error = await rejection(readCommittedTopic(root, 'local', 'orders'));
    expect(error).toBeInstanceOf(CatalogFileError);
    expect(error.message).toBe(`${join(root, 'local', 'orders', 'topic.json')}: ${LINK}`);
  });

  it('a dangling link is a link, not an absent file', async () => {
    const { root } = await setup();
    await mkdir(join(root, 'local', 'orders'));
    await symlink(join(root, 'nowhere'), join(root, 'local', 'orders', 'value.avsc'));
    expect((await rejection(readCommittedTopic(root, 'local', 'orders'))).message).toBe(`${join(root, 'local', 'orders', 'value.avsc')}: ${LINK}`);
  });

  it('a linked topic folder, cluster folder or schema directory: refused by path', async () => {
    const { root, secretFolder } = await setup();
    await symlink(secretFolder, join(root, 'local', 'orders'));
    expect((await rejection(readCommittedTopic(root, 'local', 'orders'))).message).toBe(`${join(root, 'local', 'orders')}: ${LINK}`);
    await symlink(secretFolder, join(root, 'linked'));
    expect((await rejection(readCommittedTopic(root, 'linked', 'orders'))).message).toBe(`${join(root, 'linked')}: ${LINK}`);
    const linkedRoot = join(dirname(root), 'linked-tree');
    await symlink(secretFolder, linkedRoot);
    expect((await rejection(readCommittedTopic(linkedRoot, 'x', 'orders'))).message).toBe(`${linkedRoot}: ${LINK}`);
  });

  it('a folder where a file should be, and a file where a folder should be', async () => {
    const { root } = await setup();
    await mkdir(join(root, 'local', 'orders', 'value.avsc'), { recursive: true });
    expect((await rejection(readCommittedTopic(root, 'local', 'orders'))).message).toBe(
      `${join(root, 'local', 'orders', 'value.avsc')}: is a folder, not a regular file`,
    );
    await put(join(root, 'local', 'payments'), SCHEMA);
    expect((await rejection(readCommittedTopic(root, 'local', 'payments'))).message).toBe(
      `${join(root, 'local', 'payments')}: is a regular file, not a folder`,
    );
  });

  it('a FIFO: refused at once, never opened (a read would wait for a writer forever)', async () => {
    const { root } = await setup();
    const fifo = join(root, 'local', 'orders', 'value.avsc');
    await mkdir(dirname(fifo));
    makeFifo(fifo);
    fifos.push(fifo);
    expect((await rejection(readCommittedTopic(root, 'local', 'orders'))).message).toBe(`${fifo}: is a named pipe (FIFO), not a regular file`);
  }, 10_000);

  it('a file over 2 MiB: refused naming the file and the limit', async () => {
    const { root } = await setup();
    const big = join(root, 'local', 'orders', 'value.avsc');
    await put(big, `"string"${' '.repeat(2 * 1024 * 1024)}`); // valid JSON and Avro
    expect((await rejection(readCommittedTopic(root, 'local', 'orders'))).message).toBe(`${big}: is 2.0 MiB, over the 2 MiB limit of a committed file`);
  });

  it('a file that is not JSON: the error gives line and column, never a piece of the text', async () => {
    const { root } = await setup();
    const path = join(root, 'local', 'orders', 'value.avsc');
    await put(path, `${SECRET}\n`);
    expect((await rejection(readCommittedTopic(root, 'local', 'orders'))).message).toBe(`${path}: not valid JSON (at line 1, column 1)`);
    await put(path, `{\n  "doc": "${SECRET}",\n  ${SECRET}\n}`);
    expect((await rejection(readCommittedTopic(root, 'local', 'orders'))).message).toBe(`${path}: not valid JSON (at line 3, column 3)`);
  });
});

describe('listCommittedTopics reports what it will not read', () => {
  it('links and pipes with topic names are refused by name, not skipped; regular files are not topics', async () => {
    const { root, secretFolder } = await setup();
    await mkdir(join(root, 'local', 'orders'));
    await symlink(secretFolder, join(root, 'local', 'linked'));
    makeFifo(join(root, 'local', 'piped'));
    await put(join(root, 'local', 'README.md'), '# notes\n');
    expect(await listCommittedTopics(root, 'local')).toEqual({
      topics: ['orders'],
      invalid: [],
      refused: [
        { topic: 'linked', error: `${join(root, 'local', 'linked')}: ${LINK}` },
        { topic: 'piped', error: `${join(root, 'local', 'piped')}: is a named pipe (FIFO), not a folder` },
      ],
    });
  });
});

describe('writes into the tree go through no link', () => {
  it('writeFileAtomic does not replace a link (nor write through it)', async () => {
    const { root, secretFile } = await setup();
    const path = join(root, 'local', 'topic.json');
    await symlink(secretFile, path);
    const before = await readFile(secretFile, 'utf8');
    expect((await rejection(writeFileAtomic(path, '{}\n'))).message).toBe(`${path}: is a symbolic link; a link is not written through or replaced`);
    expect((await lstat(path)).isSymbolicLink()).toBe(true);
    expect(await readFile(secretFile, 'utf8')).toBe(before);
    expect(await readdir(join(root, 'local'))).toEqual(['topic.json']);
  });

  it('writeTreeFile creates missing folders but refuses a linked folder on the way and a linked target', async () => {
    const { root, secretFolder, secretFile } = await setup();
    const folder = (await treeFolder(root, ['local', 'new-topic'], { create: true }))!;
    expect(await writeTreeFile(folder, 'value.avsc', SCHEMA)).toBe(true);
    expect(await readFile(join(root, 'local', 'new-topic', 'value.avsc'), 'utf8')).toBe(SCHEMA);

    await symlink(secretFolder, join(root, 'local', 'linked'));
    const before = await readdir(secretFolder);
    expect((await rejection(treeFolder(root, ['local', 'linked'], { create: true }))).message).toBe(`${join(root, 'local', 'linked')}: ${LINK}`);
    expect((await rejection(treeFolder(root, ['local', 'linked', 'deeper'], { create: true }))).message).toBe(`${join(root, 'local', 'linked')}: ${LINK}`);
    expect(await readdir(secretFolder)).toEqual(before);

    await symlink(secretFile, join(root, 'local', 'new-topic', 'topic.json'));
    expect((await rejection(writeTreeFile(folder, 'topic.json', '{}\n'))).message).toBe(`${join(root, 'local', 'new-topic', 'topic.json')}: ${LINK}`);
    expect((await lstat(join(root, 'local', 'new-topic', 'topic.json'))).isSymbolicLink()).toBe(true);
  });
});
