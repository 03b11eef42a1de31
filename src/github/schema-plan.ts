import { gitBlobSha, type FolderSnapshot, type TreeItem } from './git-tree';

/** One file to write (content) or delete (null), relative to the cluster folder. */
export interface FileChange {
  path: string;
  content: string | null;
}

export type TopicChangeKind = 'new' | 'changed' | 'removed';

export interface TopicChange {
  topic: string;
  kind: TopicChangeKind;
  files: Array<{ name: string; change: 'added' | 'modified' | 'deleted' }>;
}

export interface SchemaPlan {
  changes: FileChange[];
  /** Per topic, sorted by name. */
  topics: TopicChange[];
  /** Files of the cluster folder itself (cluster.json) that the branch adds or changes. */
  clusterFiles: Array<{ name: string; change: 'added' | 'modified' }>;
  /** The cluster folder as the branch should have it: relative path → blob sha. */
  desiredFiles: Map<string, string>;
}

export interface PlanInput {
  /** Files the scan wrote for topics it read, relative to the cluster folder (`<topic>/value.avsc`), and the cluster's own (`cluster.json`). */
  local: Map<string, string>;
  /** The cluster folder on the base branch, relative path → blob sha. */
  base: Map<string, string>;
  /** Committed topics no longer in the cluster. */
  vanished: string[];
  /** Only a complete scan may delete folders. */
  deleteVanished: boolean;
}

/** The topic of a path in the cluster folder; '' for the cluster's own files (cluster.json). */
const topicOf = (path: string) => path.slice(0, Math.max(0, path.indexOf('/')));

/**
 * What the schema branch must change relative to the base: local files whose blob differs
 * from the base (added or modified), and the folders of vanished topics (deleted).
 */
export function planSchemaChanges(input: PlanInput): SchemaPlan {
  const changes: FileChange[] = [];
  const byTopic = new Map<string, TopicChange>();
  const topicChange = (topic: string): TopicChange => {
    let change = byTopic.get(topic);
    if (!change) {
      const committed = [...input.base.keys()].some((path) => topicOf(path) === topic);
      change = { topic, kind: committed ? 'changed' : 'new', files: [] };
      byTopic.set(topic, change);
    }
    return change;
  };
  const desiredFiles = new Map(input.base);
  const clusterFiles: SchemaPlan['clusterFiles'] = [];

  for (const [path, content] of [...input.local].sort(([a], [b]) => compare(a, b))) {
    const sha = gitBlobSha(content);
    const baseSha = input.base.get(path);
    if (baseSha === sha) continue;
    changes.push({ path, content });
    desiredFiles.set(path, sha);
    const change = baseSha === undefined ? 'added' : 'modified';
    if (topicOf(path) === '') clusterFiles.push({ name: path, change });
    else topicChange(topicOf(path)).files.push({ name: path.slice(path.indexOf('/') + 1), change });
  }
  if (input.deleteVanished) {
    const vanished = new Set(input.vanished);
    for (const path of [...input.base.keys()].sort(compare)) {
      if (topicOf(path) === '' || !vanished.has(topicOf(path))) continue;
      changes.push({ path, content: null });
      desiredFiles.delete(path);
      const change = topicChange(topicOf(path));
      change.kind = 'removed';
      change.files.push({ name: path.slice(path.indexOf('/') + 1), change: 'deleted' });
    }
  }
  return { changes, topics: [...byTopic.values()].sort((a, b) => compare(a.topic, b.topic)), clusterFiles, desiredFiles };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameItems(a: TreeItem[] | undefined, b: TreeItem[] | undefined): boolean {
  const key = (items: TreeItem[] | undefined) => JSON.stringify((items ?? []).map((item) => [item.name, item.mode, item.type, item.sha]).sort());
  return key(a) === key(b);
}

/**
 * Is the branch already exactly what this run would commit: one commit on top of the current
 * base, the same cluster folder, and everything else as on the base? Then nothing is written.
 */
export function branchIsUpToDate(branch: FolderSnapshot, base: FolderSnapshot, desiredFiles: Map<string, string>): boolean {
  if (branch.parents.length !== 1 || branch.parents[0] !== base.commitSha) return false;
  // A base without the folder yet lists fewer levels: the branch's extra levels must hold nothing else.
  const levels = Math.max(branch.siblings.length, base.siblings.length);
  for (let level = 0; level < levels; level++) if (!sameItems(branch.siblings[level], base.siblings[level])) return false;
  if (branch.irregular.size > 0 || branch.files.size !== desiredFiles.size) return false;
  for (const [path, sha] of desiredFiles) if (branch.files.get(path) !== sha) return false;
  return true;
}

/** The mass-deletion guard, shared with the CLI's removal of vanished folders. */
export { vanishedRemovalAllowed } from '../scan/vanished';
