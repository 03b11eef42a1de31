import { REVIEWED_FILES, type SchemaFiles } from './review-plan';

/**
 * Reads the schema files of two commits through any git object store (the local repository for
 * the CLI, the GitHub API for the action). Blobs are compared by hash first, so only the files of
 * topics that differ are fetched, each blob once.
 */
export interface SchemaTreeSource {
  /** Files under `dir` at `commit`: path relative to `dir` → blob hash. */
  listFiles(commit: string, dir: string): Promise<Map<string, string>>;
  readBlob(sha: string): Promise<string>;
}

export interface ReviewFiles {
  base: SchemaFiles;
  head: SchemaFiles;
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

export async function readReviewFiles(source: SchemaTreeSource, baseCommit: string, headCommit: string, dir: string): Promise<ReviewFiles> {
  const [baseListing, headListing] = await Promise.all([source.listFiles(baseCommit, dir), source.listFiles(headCommit, dir)]);
  const topics = changedTopics(baseListing, headListing);
  const blobs = new Map<string, Promise<string>>();
  const read = async (listing: Map<string, string>): Promise<Map<string, string>> => {
    const files = new Map<string, string>();
    for (const [path, sha] of listing) {
      const topic = topicOf(path);
      if (topic === undefined || !topics.has(topic)) continue;
      let text = blobs.get(sha);
      if (text === undefined) blobs.set(sha, (text = source.readBlob(sha)));
      files.set(path, await text);
    }
    return files;
  };
  const base = await read(baseListing);
  const head = await read(headListing);
  return { base, head };
}
