import { createHash } from 'node:crypto';
import type { GitHubClient } from './client';

/** The SHA-1 git gives a file with this content (`git hash-object`). */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export interface TreeItem {
  name: string;
  mode: string;
  type: string;
  sha: string;
}

/**
 * A folder of a commit: the entries of every tree on the way down (so the rest of the
 * repository can be compared cheaply) and the files below it, relative path → blob sha.
 */
export interface FolderSnapshot {
  commitSha: string;
  treeSha: string;
  parents: string[];
  /** Entries of the root tree and of each folder on the path, the path's own entry left out. */
  siblings: TreeItem[][];
  /** Regular files (modes 100644 and 100755) below the folder: relative path → blob sha. */
  files: Map<string, string>;
  /** Sizes in bytes of those files, as the tree listing reports them. */
  sizes: Map<string, number>;
  /**
   * Entries that are not regular files or folders (symbolic links, submodules), relative path →
   * what they are; `''` when the folder itself (or a folder on the way to it) is not a folder.
   */
  irregular: Map<string, string>;
}

/** Git's modes of a regular file; anything else below a folder is a link or a submodule. */
export const REGULAR_FILE_MODES: ReadonlySet<string> = new Set(['100644', '100755']);

/** What a tree entry that is neither a regular file nor a folder is, in words. */
export function irregularEntryKind(mode: string, type: string): string | undefined {
  if (type === 'tree') return undefined;
  if (type === 'blob' && REGULAR_FILE_MODES.has(mode)) return undefined;
  if (mode === '120000') return 'a symbolic link';
  if (mode === '160000' || type === 'commit') return 'a submodule';
  return `not a regular file (mode ${mode})`;
}

export interface RepoCoordinates {
  owner: string;
  repo: string;
}

/** Reads one folder of a commit with a request per path segment plus one recursive listing. */
export async function readFolder(client: GitHubClient, repo: RepoCoordinates, commitSha: string, folder: string): Promise<FolderSnapshot> {
  const { data: commit } = await client.rest.git.getCommit({ ...repo, commit_sha: commitSha });
  const snapshot: FolderSnapshot = {
    commitSha,
    treeSha: commit.tree.sha,
    parents: commit.parents.map((parent) => parent.sha),
    siblings: [],
    files: new Map(),
    sizes: new Map(),
    irregular: new Map(),
  };
  let treeSha: string = commit.tree.sha;
  for (const segment of folder.split('/').filter(Boolean)) {
    const listing: { tree: Array<{ path?: string; mode?: string; type?: string; sha?: string }> } = (
      await client.rest.git.getTree({ ...repo, tree_sha: treeSha })
    ).data;
    const items: TreeItem[] = listing.tree.map((item) => ({ name: item.path ?? '', mode: item.mode ?? '', type: item.type ?? '', sha: item.sha ?? '' }));
    snapshot.siblings.push(items.filter((item) => item.name !== segment));
    const entry = items.find((item) => item.name === segment);
    if (entry === undefined) return snapshot;
    if (entry.type !== 'tree') {
      snapshot.irregular.set(
        '',
        `${irregularEntryKind(entry.mode, entry.type) ?? 'a file'} at ${folder.split('/').slice(0, snapshot.siblings.length).join('/')}, not a folder`,
      );
      return snapshot;
    }
    treeSha = entry.sha;
  }
  const { data: tree } = await client.rest.git.getTree({ ...repo, tree_sha: treeSha, recursive: 'true' });
  if (tree.truncated) throw new Error(`the tree of ${folder} is too large for one listing (GitHub truncated it)`);
  for (const item of tree.tree) {
    if (item.path === undefined || item.sha === undefined) continue;
    const irregular = irregularEntryKind(item.mode ?? '', item.type ?? '');
    if (irregular !== undefined) {
      snapshot.irregular.set(item.path, irregular);
    } else if (item.type === 'blob') {
      snapshot.files.set(item.path, item.sha);
      if (item.size !== undefined) snapshot.sizes.set(item.path, item.size);
    }
  }
  return snapshot;
}

export async function readBlobText(client: GitHubClient, repo: RepoCoordinates, sha: string): Promise<string> {
  const { data } = await client.rest.git.getBlob({ ...repo, file_sha: sha });
  return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
}

export async function branchHead(client: GitHubClient, repo: RepoCoordinates, branch: string): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}
