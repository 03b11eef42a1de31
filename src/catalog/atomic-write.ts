import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Temp files of this path left by a writer that was killed between open and rename
 * (`<name>.tmp-<pid>-<hex>` whose process is gone): removed, so they never pile up.
 */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `${basename(path)}.tmp-`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isSafeInteger(pid) && pid !== process.pid && !processAlive(pid)) await rm(join(dirname(path), name), { force: true });
  }
}

/**
 * Replaces `path` by way of a temp file in its folder (created exclusively: a link planted at the
 * temp name is not followed), fsync, rename. `createdFolder`: the folder is new, so no temp files
 * of a killed writer need removing. No import of the project's own: a test runs this file alone.
 */
export async function replaceFile(path: string, content: string, createdFolder: boolean): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  if (!createdFolder) await removeStaleTemps(path);
}

/**
 * Writes `content` to `path` so that readers (and a crash at any moment) see either the
 * old or the new file, never a half-written one: temp file in the same folder, fsync,
 * rename. Returns false, touching nothing, when the file already has this content. A link
 * (or anything but a regular file) at `path` is refused: rename would replace the link.
 * For a file of the schema tree, use safe-fs's writeTreeFile.
 */
export async function writeFileAtomic(path: string, content: string): Promise<boolean> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stats?.isSymbolicLink()) throw new Error(`${path}: is a symbolic link; a link is not written through or replaced`);
  if (stats && !stats.isFile()) throw new Error(`${path}: is not a regular file`);
  if (stats && (await readFile(path, 'utf8')) === content) return false;
  const createdFolder = (await mkdir(dirname(path), { recursive: true })) !== undefined;
  await replaceFile(path, content, createdFolder);
  return true;
}
