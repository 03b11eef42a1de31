import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file below `root` (relative path → content): compare two trees, or a tree before and after. */
export async function snapshotFiles(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[relative(root, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}
