import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { promisify } from 'node:util';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE, isValidTopicName } from './layout';

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
export function topicsFromChangedPaths(
  paths: string[],
  dir: string,
  exists: (cluster: string, topic: string) => boolean,
): TopicChanges {
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
    (exists(cluster, topic) ? changed : deleted).push(name);
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

export function topicHasFiles(root: string, cluster: string, topic: string): boolean {
  return [VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE].some((file) => existsSync(join(root, cluster, topic, file)));
}
