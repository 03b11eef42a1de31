import { randomBytes } from 'node:crypto';
import { constants, type Dirent, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../util/errors';
import { replaceFile } from './atomic-write';
import { MAX_SCHEMA_FILE_BYTES } from './layout';

/**
 * The one door to the committed schema tree on disk, to read and to write (DESIGN.md: nothing
 * under the schema tree is read or written through a link; a checkout may hold links, pipes,
 * devices, huge files).
 *
 * - A walk starts at the schema directory and lstats each folder on the way down: the directory
 *   itself (its parents are the user's business), then the cluster and topic folders. Each must
 *   be a real folder; a link or anything else is refused, never followed.
 * - A file is lstat'ed first (a pipe or device is never opened), then opened with O_NOFOLLOW and
 *   O_NONBLOCK and fstat'ed: the regular file lstat saw, at most MAX_SCHEMA_FILE_BYTES, and no
 *   more than that is read. A file is written only where lstat finds nothing or a regular file,
 *   by rename (atomic-write.ts), so a link is neither written through nor replaced.
 * - A refusal is a CatalogFileError naming the path (`<dir>/<cluster>/<topic>/<file>`) and what
 *   is there; it never quotes a file's content. The schema directory itself is a UsageError.
 * The walk guards against what is committed, not against another process swapping folders
 * while it runs (Node has no openat); a file swapped between lstat and open is still caught.
 */

/** A committed file or folder that cannot be used; the message names it. */
export class CatalogFileError extends Error {
  override name = 'CatalogFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const LINK = 'is a symbolic link; links are not followed in the schema tree';
const MiB = 1024 * 1024;
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

declare const walked: unique symbol;
/** A folder of the tree reached from its root by a checked walk (only treeFolder makes one): files are named through it. */
export interface TreeFolder {
  readonly path: string;
  /** The walk made this folder (so it holds nothing yet). */
  readonly created: boolean;
  readonly [walked]: true;
}

function describe(entry: Stats | Dirent): string {
  if (entry.isDirectory()) return 'a folder';
  if (entry.isFile()) return 'a regular file';
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'of an unknown kind';
}

/** Why `entry` at `path` is not what the tree needs there (`a folder` or `a regular file`). */
export function refusal(path: string, entry: Stats | Dirent, needed: 'a folder' | 'a regular file'): CatalogFileError {
  return new CatalogFileError(path, entry.isSymbolicLink() ? LINK : `is ${describe(entry)}, not ${needed}`);
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** lstat, or undefined when nothing is there. */
async function lstatIfThere(path: string, orNotDirectory = false): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if (code(error) === 'ENOENT' || (orNotDirectory && code(error) === 'ENOTDIR')) return undefined;
    throw new CatalogFileError(path, (error as Error).message);
  }
}

/**
 * The folder `<root>/<parts…>`, every step lstat'ed; undefined when a step does not exist, unless
 * `create` (then missing folders are made one level at a time, the root with its parents).
 */
export async function treeFolder(root: string, parts: readonly string[], options: { create?: boolean } = {}): Promise<TreeFolder | undefined> {
  let path = root;
  let created = false;
  for (let step = 0; step <= parts.length; step++) {
    if (step > 0) path = join(path, parts[step - 1]!);
    let stats = await lstatIfThere(path, step === 0);
    created = false;
    if (stats === undefined) {
      if (!options.create) return undefined;
      try {
        await mkdir(path, { recursive: step === 0 });
        created = true;
      } catch (error) {
        if (code(error) !== 'EEXIST') throw error; // made meanwhile by another walk
      }
      stats = await lstat(path);
    }
    if (stats.isDirectory()) continue;
    if (step === 0) throw new UsageError(`${path}: ${stats.isSymbolicLink() ? LINK : `is ${describe(stats)}, not a folder`}`);
    throw refusal(path, stats, 'a folder');
  }
  return { path, created } as TreeFolder;
}

/** The entries of a tree folder, typed as lstat sees them (a link is a link). */
export async function listTreeFolder(folder: TreeFolder): Promise<Dirent[]> {
  try {
    return await readdir(folder.path, { withFileTypes: true });
  } catch (error) {
    throw new CatalogFileError(folder.path, (error as Error).message);
  }
}

function checkSize(path: string, bytes: number): void {
  if (bytes <= MAX_SCHEMA_FILE_BYTES) return;
  throw new CatalogFileError(path, `is ${(bytes / MiB).toFixed(1)} MiB, over the ${MAX_SCHEMA_FILE_BYTES / MiB} MiB limit of a committed file`);
}

/** lstat of a file of the tree: undefined when absent; refused when it is not a regular file. */
async function statTreeFile(folder: TreeFolder, name: string): Promise<Stats | undefined> {
  const path = join(folder.path, name);
  const stats = await lstatIfThere(path);
  if (stats !== undefined && !stats.isFile()) throw refusal(path, stats, 'a regular file');
  return stats;
}

/** A file of the tree as UTF-8 text; undefined when absent. */
export async function readTreeFile(folder: TreeFolder, name: string): Promise<string | undefined> {
  const path = join(folder.path, name);
  const seen = await statTreeFile(folder, name);
  if (seen === undefined) return undefined;
  checkSize(path, seen.size);
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    if (code(error) === 'ELOOP') throw new CatalogFileError(path, LINK); // became a link after lstat
    throw new CatalogFileError(path, (error as Error).message);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.ino !== seen.ino || stats.dev !== seen.dev) throw new CatalogFileError(path, 'was replaced while it was opened');
    checkSize(path, stats.size);
    // One byte more than the size: a file that grew since is noticed, not cut short.
    const buffer = Buffer.alloc(stats.size + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      ({ bytesRead: read } = await handle.read(buffer, length, buffer.length - length, length));
    }
    if (length > stats.size) throw new CatalogFileError(path, 'grew while it was read');
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}

/** Whether anything is at `<root>/<parts…>`: a link, or a file or folder where a folder should be, counts. */
export async function treeEntryExists(root: string, parts: readonly string[]): Promise<boolean> {
  let path = root;
  for (let step = 0; step <= parts.length; step++) {
    if (step > 0) path = join(path, parts[step - 1]!);
    const stats = await lstatIfThere(path, step === 0);
    if (stats === undefined) return false;
    if (!stats.isDirectory()) return true;
  }
  return true;
}

/**
 * writeFileAtomic for a file of the tree, in a folder from `treeFolder(…, { create: true })` (which
 * refused a link on the way): the file must be absent or a regular file (rename would replace a
 * link). `current`: its text as the caller just read it here (undefined: absent), which spares
 * reading it again.
 */
export async function writeTreeFile(folder: TreeFolder, name: string, content: string, current?: { text: string | undefined }): Promise<boolean> {
  const existing = current ? current.text : await readTreeFile(folder, name);
  if (existing === content) return false;
  await statTreeFile(folder, name); // refuses a link, a pipe, a folder
  await replaceFile(join(folder.path, name), content, folder.created);
  return true;
}

/** Removes a file of the tree; absent is fine, anything but a regular file is refused (a link is not removed). */
export async function removeTreeFile(folder: TreeFolder, name: string): Promise<boolean> {
  if ((await statTreeFile(folder, name)) === undefined) return false;
  await rm(join(folder.path, name), { force: true });
  return true;
}

/**
 * Removes a topic folder reached by a checked walk, with what it holds. The walk refused a link on
 * the way; inside, `rm` unlinks a link rather than following it, so nothing outside is touched.
 */
export async function removeTreeFolder(folder: TreeFolder): Promise<void> {
  try {
    await rm(folder.path, { recursive: true, force: true });
  } catch (error) {
    throw new CatalogFileError(folder.path, (error as Error).message);
  }
}

const WRITE_FAILURES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
};

/**
 * Checks once that files can be written in `<root>/<parts…>` (made if missing) by creating and
 * removing a probe file there: a read-only disk or a path through a file is then one error that
 * names the folder, not the same error for every topic. Links on the way are refused as above.
 */
export async function checkWritable(root: string, parts: readonly string[]): Promise<void> {
  try {
    const folder = (await treeFolder(root, parts, { create: true }))!;
    const probe = join(folder.path, `.scout-probe-${process.pid}-${randomBytes(4).toString('hex')}`);
    await (await open(probe, 'wx')).close();
    await rm(probe, { force: true });
  } catch (error) {
    if (error instanceof CatalogFileError || error instanceof UsageError) throw error;
    const reason = WRITE_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? (error as Error).message;
    throw new Error(`cannot write to ${join(root, ...parts)}: ${reason}`, { cause: error });
  }
}
