import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
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
 * Writes `content` to `path` so that readers (and a crash at any moment) see either the
 * old or the new file, never a half-written one: temp file in the same folder, fsync,
 * rename. Returns false, touching nothing, when the file already has this content.
 * `current`: the file's text as the caller just read it (undefined: absent), which spares
 * reading it again.
 */
export async function writeFileAtomic(path: string, content: string, current?: { text: string | undefined }): Promise<boolean> {
  const existing = current ? current.text : await readFile(path, 'utf8').catch(() => undefined);
  if (existing === content) return false;
  // A folder this call created holds no temp files of a killed writer.
  const createdFolder = (await mkdir(dirname(path), { recursive: true })) !== undefined;
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const handle = await open(temp, 'w');
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
  return true;
}
