import { execFile } from 'node:child_process';
import { posix } from 'node:path';
import { promisify } from 'node:util';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE, isValidTopicName } from './layout';
import { treeEntryExists } from './safe-fs';

const run = promisify(execFile);

/** Topics touched between two commits, as `cluster/topic`. */
export interface TopicChanges {
  changed: string[];
  deleted: string[];
  /** Clusters whose cluster.json changed: each of their topics has a new identity in DataHub. */
  clusters: string[];
}

/** The cluster-level file that changes every topic of the cluster (src/datahub/cluster-identity.ts). */
const CLUSTER_FILE = 'cluster.json';

/**
 * Which topics a list of changed paths touches (pure). `dir` is the schema directory
 * relative to the repository root; `exists(cluster, topic)` says whether the topic still
 * has files at the new commit (else it was deleted).
 */
export async function topicsFromChangedPaths(
  paths: string[],
  dir: string,
  exists: (cluster: string, topic: string) => boolean | Promise<boolean>,
): Promise<TopicChanges> {
  const prefix = `${posix.normalize(dir.replace(/\\/g, '/')).replace(/\/+$/, '')}/`;
  const touched = new Set<string>();
  const clusters = new Set<string>();
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const [cluster, topic, file] = path.slice(prefix.length).split('/');
    if (cluster && topic === CLUSTER_FILE && file === undefined) clusters.add(cluster);
    if (!cluster || !topic || !file || !isValidTopicName(topic)) continue;
    if (![VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE].includes(file)) continue;
    touched.add(`${cluster}/${topic}`);
  }
  const changed: string[] = [];
  const deleted: string[] = [];
  for (const name of [...touched].sort()) {
    const [cluster, topic] = name.split('/') as [string, string];
    ((await exists(cluster, topic)) ? changed : deleted).push(name);
  }
  return { changed, deleted, clusters: [...clusters].sort() };
}

/** Paths changed between two commits under `dir` (git diff), or undefined when `before` is not in the clone. */
export async function changedPathsBetween(repo: string, before: string, after: string, dir: string): Promise<string[] | undefined> {
  if (!/^[0-9a-f]{7,64}$/i.test(before) || /^0+$/.test(before)) return undefined;
  try {
    await run('git', ['cat-file', '-e', `${before}^{commit}`], { cwd: repo });
  } catch {
    return undefined;
  }
  const { stdout } = await run('git', ['diff', '--name-only', '--no-renames', '-z', before, after, '--', dir], {
    cwd: repo,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.split('\0').filter(Boolean);
}

/**
 * Whether the topic still has a file, as lstat sees it: a link (even a dangling one) or a link on
 * the way counts, so the emit reports it by path instead of soft-deleting the topic.
 */
export async function topicHasFiles(root: string, cluster: string, topic: string): Promise<boolean> {
  for (const file of [VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE]) {
    if (await treeEntryExists(root, [cluster, topic, file])) return true;
  }
  return false;
}
