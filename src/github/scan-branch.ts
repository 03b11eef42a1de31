import { CLUSTER_FILE } from '../catalog/cluster-file';
import { KEY_SCHEMA_FILE, MAX_SCHEMA_FILE_BYTES, TOPIC_FILE, VALUE_SCHEMA_FILE, isValidTopicName } from '../catalog/layout';
import { removeTreeFile, treeFolder, writeTreeFile } from '../catalog/safe-fs';
import { errorMessage } from '../util/errors';
import type { Logger } from '../util/log';
import type { GitHubClient } from './client';
import { branchHead, readBlobText, readFolder, type FolderSnapshot, type RepoCoordinates } from './git-tree';
import { actingLogin, sameLogin } from './identity';

/**
 * The scan branch as people left it. When the cluster's scan pull request is open and its branch
 * holds a commit that is not the scan's own (a person fixed a type, wrote a doc, added an
 * `overrides` entry), the next scan builds on it instead of resetting it: the branch's files
 * become the prior (written over the checkout's cluster folder, so inference keeps the edits as
 * it keeps any hand edit of a committed schema) and the scan commits on top of the branch's head.
 * A branch of the scan's own commits alone is rebuilt from the base branch as before, which keeps
 * the pull request one commit on top of the current base.
 *
 * The branch is untrusted input like any checkout: a link or a submodule anywhere in its cluster
 * folder, or a known file over the size limit, stops the scan by path before anything is written;
 * only the files the layout knows (a topic's value.avsc, key.avsc and topic.json, the cluster's
 * cluster.json) are taken, written through safe-fs.
 */
export interface EditedScanBranch {
  branch: string;
  pullNumber: number;
  /** Commits on the branch that the scan did not make. */
  foreignCommits: number;
  /** The cluster folder at the branch's head: the scan commits on top of it. */
  snapshot: FolderSnapshot;
}

/** A scan pull request holds one commit per scan; past this many, its commits are not all checked. */
const MAX_CHECKED_COMMITS = 250;

const TOPIC_FILES: ReadonlySet<string> = new Set([VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE]);

/** Commits of the pull request the scan did not make: not by the account the token acts as, or not signed by GitHub. */
async function foreignCommitCount(client: GitHubClient, repo: RepoCoordinates, pullNumber: number, login: string, logger: Logger): Promise<number> {
  try {
    let count = 0;
    let seen = 0;
    for await (const page of client.paginate.iterator(client.rest.pulls.listCommits, { ...repo, pull_number: pullNumber, per_page: 100 })) {
      for (const commit of page.data) {
        seen++;
        if (!sameLogin(commit.author?.login, login) || commit.commit.verification?.verified !== true) count++;
      }
      if (seen > MAX_CHECKED_COMMITS) return Math.max(count, 1);
    }
    return count;
  } catch (error) {
    // Taken for edited: a reset that drops a person's commit cannot be undone, a commit on top can.
    logger.warn(`could not list the commits of pull request #${pullNumber} (${errorMessage(error)}): its branch is kept and committed on top of`);
    return 1;
  }
}

/** The open scan pull request's branch, when it holds a commit that is not the scan's; undefined otherwise. */
export async function findEditedScanBranch(
  client: GitHubClient,
  repo: RepoCoordinates,
  branch: string,
  folder: string,
  logger: Logger,
): Promise<EditedScanBranch | undefined> {
  const { data: pulls } = await client.rest.pulls.list({ ...repo, head: `${repo.owner}:${branch}`, state: 'open', per_page: 10 });
  const pull = pulls[0];
  if (pull === undefined) return undefined;
  const head = await branchHead(client, repo, branch);
  if (head === undefined) return undefined;
  const foreignCommits = await foreignCommitCount(client, repo, pull.number, await actingLogin(client, logger), logger);
  if (foreignCommits === 0) return undefined;
  return { branch, pullNumber: pull.number, foreignCommits, snapshot: await readFolder(client, repo, head, folder) };
}

/** The files of the branch's cluster folder the scan takes, checked: relative path → blob sha. */
function takenFiles(edited: EditedScanBranch, folder: string): Map<string, string> {
  const { snapshot } = edited;
  const where = (path: string) => `${folder}${path === '' ? '' : `/${path}`} on branch ${edited.branch}`;
  for (const [path, kind] of snapshot.irregular) {
    const what = path === '' ? `${where('')}: ${kind}` : `${where(path)} is ${kind}`;
    throw new Error(`${what}: links and submodules are not allowed in the schema tree; fix the branch (or delete it) before the next scan`);
  }
  const taken = new Map<string, string>();
  for (const [path, sha] of snapshot.files) {
    const parts = path.split('/');
    const known = parts.length === 1 ? parts[0] === CLUSTER_FILE : parts.length === 2 && isValidTopicName(parts[0]!) && TOPIC_FILES.has(parts[1]!);
    if (!known) continue;
    const size = snapshot.sizes.get(path);
    if (size === undefined || size > MAX_SCHEMA_FILE_BYTES) {
      throw new Error(
        `${where(path)} is ${size === undefined ? 'of unknown size' : `${(size / 1024 / 1024).toFixed(1)} MiB`}, over the ${MAX_SCHEMA_FILE_BYTES / 1024 / 1024} MiB limit of a committed file; fix the branch (or delete it) before the next scan`,
      );
    }
    taken.set(path, sha);
  }
  return taken;
}

/**
 * Makes the checkout's cluster folder hold the branch's files: each known file of the branch is
 * written, and a known file of a topic the branch has but without that file is removed. Topic
 * folders the branch does not have are left: whether such a topic vanished is the cluster's to say.
 */
export async function adoptBranchFiles(
  client: GitHubClient,
  repo: RepoCoordinates,
  edited: EditedScanBranch,
  folder: string,
  dir: string,
  cluster: string,
): Promise<{ written: string[]; removed: string[] }> {
  const taken = takenFiles(edited, folder); // every check before the first write
  const contents = new Map<string, string>();
  for (const [path, sha] of taken) {
    const text = await readBlobText(client, repo, sha);
    if (Buffer.byteLength(text) > MAX_SCHEMA_FILE_BYTES)
      throw new Error(`${folder}/${path} on branch ${edited.branch} is over the size limit of a committed file`);
    contents.set(path, text);
  }
  const written: string[] = [];
  const removed: string[] = [];
  const topics = new Set([...contents.keys()].filter((path) => path.includes('/')).map((path) => path.slice(0, path.indexOf('/'))));
  for (const topic of [...topics].sort()) {
    const topicFolder = (await treeFolder(dir, [cluster, topic], { create: true }))!;
    for (const name of [...TOPIC_FILES].sort()) {
      const text = contents.get(`${topic}/${name}`);
      if (text === undefined ? await removeTreeFile(topicFolder, name) : await writeTreeFile(topicFolder, name, text)) {
        (text === undefined ? removed : written).push(`${topic}/${name}`);
      }
    }
  }
  const clusterText = contents.get(CLUSTER_FILE);
  if (clusterText !== undefined) {
    const clusterFolder = (await treeFolder(dir, [cluster], { create: true }))!;
    if (await writeTreeFile(clusterFolder, CLUSTER_FILE, clusterText)) written.push(CLUSTER_FILE);
  }
  return { written, removed };
}
