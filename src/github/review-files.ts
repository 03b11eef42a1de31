import { MAX_SCHEMA_FILE_BYTES } from '../catalog/layout';
import { REVIEWED_FILES, type SchemaFiles } from './review-plan';

/**
 * Reads the schema files of two commits through any git object store (the local repository for
 * the CLI, the GitHub API for the action). Blobs are compared by hash first, so only the files of
 * topics that differ are fetched, each blob once. Everything here may come from a pull request:
 * links and submodules are listed, never followed, and no blob over the size limit is read.
 */
export interface TreeListing {
  /** Regular files under the folder: path relative to it → blob hash. */
  files: Map<string, string>;
  /** Their sizes in bytes, where the store says. */
  sizes: Map<string, number>;
  /** Links, submodules and other entries that are not regular files: path → what it is (`''`: the folder itself). */
  irregular: Map<string, string>;
}

export interface SchemaTreeSource {
  listFiles(commit: string, dir: string): Promise<TreeListing>;
  readBlob(sha: string): Promise<string>;
}

/** A file that was not read: path relative to the schema directory → why. */
export type TreeProblems = ReadonlyMap<string, string>;

export interface ReviewFiles {
  base: SchemaFiles;
  head: SchemaFiles;
  /** Entries of each side that cannot be reviewed (links, submodules, oversized files). */
  problems: { base: TreeProblems; head: TreeProblems };
}

function topicOf(path: string): string | undefined {
  const parts = path.split('/');
  const file = parts[2];
  if (parts.length !== 3 || file === undefined || !(REVIEWED_FILES as readonly string[]).includes(file)) return undefined;
  return `${parts[0]}/${parts[1]}`;
}

/** Pure: the topics whose files differ between two listings (path → blob hash). */
export function changedTopics(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): Set<string> {
  const topics = new Set<string>();
  for (const path of new Set([...base.keys(), ...head.keys()])) {
    const topic = topicOf(path);
    if (topic !== undefined && base.get(path) !== head.get(path)) topics.add(topic);
  }
  return topics;
}

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export async function readReviewFiles(source: SchemaTreeSource, baseCommit: string, headCommit: string, dir: string): Promise<ReviewFiles> {
  const [baseListing, headListing] = await Promise.all([source.listFiles(baseCommit, dir), source.listFiles(headCommit, dir)]);
  const topics = changedTopics(baseListing.files, headListing.files);
  const blobs = new Map<string, Promise<string>>();
  const read = async (listing: TreeListing): Promise<{ files: Map<string, string>; problems: Map<string, string> }> => {
    const files = new Map<string, string>();
    const problems = new Map<string, string>();
    for (const [path, kind] of listing.irregular) {
      problems.set(path, `${kind}: links, submodules and special files are not allowed in the schema directory (they are never followed)`);
    }
    for (const [path, sha] of listing.files) {
      const topic = topicOf(path);
      if (topic === undefined || !topics.has(topic)) continue;
      const size = listing.sizes.get(path);
      if (size !== undefined && size > MAX_SCHEMA_FILE_BYTES) {
        problems.set(path, `${mebibytes(size)}, over the ${mebibytes(MAX_SCHEMA_FILE_BYTES)} limit of a schema file: not read`);
        continue;
      }
      let text = blobs.get(sha);
      if (text === undefined) blobs.set(sha, (text = source.readBlob(sha)));
      files.set(path, await text);
    }
    return { files, problems };
  };
  const base = await read(baseListing);
  const head = await read(headListing);
  return { base: base.files, head: head.files, problems: { base: base.problems, head: head.problems } };
}
