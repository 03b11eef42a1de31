import type { PullRequestLink } from '../datahub/aspects';
import { errorMessage } from '../util/errors';
import type { Logger } from '../util/log';
import type { GitHubClient } from './client';
import type { RepoCoordinates } from './git-tree';

/** A commit of a push event's payload: GitHub lists the files each one added, removed and modified. */
export interface PushCommit {
  id?: string;
  timestamp?: string;
  added?: string[];
  removed?: string[];
  modified?: string[];
}

export interface PushRange {
  /** The pushed head. */
  after: string;
  /** The pushed branch (`main` of `refs/heads/main`). */
  branch: string;
  commits: PushCommit[];
  /** The head commit's time (ISO), for topics no listed commit names. */
  headTimestamp?: string;
}

export interface LastChange {
  /** null: the change did not come from a pull request (a direct push). */
  pullRequest: PullRequestLink | null;
  /** ms since the epoch; 0 when the event does not say. */
  time: number;
}

/** The last commit of the push that touched the topic's folder or its cluster's cluster.json. */
function lastCommitTouching(push: PushRange, schemaDir: string, cluster: string, topic: string): PushCommit | undefined {
  const prefix = schemaDir === '.' || schemaDir === '' ? '' : `${schemaDir.replace(/\/+$/, '')}/`;
  const touches = (path: string) => path.startsWith(`${prefix}${cluster}/${topic}/`) || path === `${prefix}${cluster}/cluster.json`;
  for (let index = push.commits.length - 1; index >= 0; index--) {
    const commit = push.commits[index]!;
    if ([...(commit.added ?? []), ...(commit.removed ?? []), ...(commit.modified ?? [])].some(touches)) return commit;
  }
  return undefined;
}

/**
 * For each topic a push changed (`cluster/topic`): the pull request that last changed it, as
 * GitHub associates commits with pull requests (GET /repos/{o}/{r}/commits/{sha}/pulls, one request
 * per distinct commit): the one merged into the pushed branch, most recent first; null when none
 * was (a direct push). The commit is the push's last one that touched the topic (the event lists
 * each commit's files), else the pushed head. A topic whose lookup failed is left out (unknown:
 * its links in DataHub stay as they are), with a warning.
 */
export async function lastChangesOfPush(
  client: GitHubClient,
  repo: RepoCoordinates,
  push: PushRange,
  schemaDir: string,
  topics: string[],
  logger: Logger,
): Promise<Map<string, LastChange>> {
  const pulls = new Map<string, Promise<PullRequestLink | null>>();
  const pullOf = (sha: string) => {
    let pull = pulls.get(sha);
    if (!pull) {
      pull = client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: sha, per_page: 100 }).then(({ data }) => {
        const merged = data
          .filter((candidate) => candidate.merged_at && candidate.base.ref === push.branch)
          .sort((a, b) => Date.parse(b.merged_at!) - Date.parse(a.merged_at!));
        const [latest] = merged;
        return latest ? { url: latest.html_url, number: latest.number, title: latest.title } : null;
      });
      pulls.set(sha, pull);
    }
    return pull;
  };
  const changes = new Map<string, LastChange>();
  const failed: string[] = [];
  for (const name of topics) {
    const slash = name.lastIndexOf('/');
    const commit = lastCommitTouching(push, schemaDir, name.slice(0, slash), name.slice(slash + 1));
    const sha = commit?.id ?? push.after;
    try {
      const time = Date.parse(commit?.timestamp ?? push.headTimestamp ?? '');
      changes.set(name, { pullRequest: await pullOf(sha), time: Number.isNaN(time) ? 0 : time });
    } catch (error) {
      failed.push(`${name} (${sha.slice(0, 12)}: ${errorMessage(error)})`);
    }
  }
  if (failed.length > 0) logger.warn(`could not look up the pull request of ${failed.join(', ')}: their links in DataHub are left as they are`);
  return changes;
}
