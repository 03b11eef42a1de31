import type { Logger } from '../util/log';
import type { GitHubClient, RepositoryRef } from './client';
import { createOnce, NO_AUTOMATIC_RETRY } from './create-once';
import { branchHead, readFolder, type FolderSnapshot } from './git-tree';
import { branchIsUpToDate, type FileChange } from './schema-plan';

export type PullRequestOperation = 'created' | 'updated' | 'closed' | 'none';

export interface PullRequestSettings {
  branch: string;
  baseBranch: string;
  title: string;
  labels: string[];
  /** Logins; `org/team` entries are requested as teams. */
  reviewers: string[];
}

export interface DesiredPullRequest {
  /** Repository-relative folder the changes are relative to. */
  folder: string;
  changes: FileChange[];
  desiredFiles: Map<string, string>;
  body: string;
  commitMessage: string;
  /** The comment left when closing a pull request that is no longer needed. */
  closingComment: string;
  /**
   * An edited scan branch (scan-branch.ts): `changes` and `desiredFiles` are relative to this
   * snapshot of its head, the commit goes on top of it and the branch only moves forward.
   */
  onto?: FolderSnapshot;
  /** Whether the branch, once written, differs from the base; default: whether there are changes. */
  differsFromBase?: boolean;
}

export interface PullRequestResult {
  operation: PullRequestOperation;
  number?: number;
  url?: string;
}

interface OpenPull {
  number: number;
  title: string;
  body: string | null;
  html_url: string;
  labels: Array<{ name?: string }>;
}

async function findOpenPull(client: GitHubClient, repository: RepositoryRef, branch: string): Promise<OpenPull | undefined> {
  const { owner, repo } = repository;
  const { data } = await client.rest.pulls.list({ owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 10 });
  return data[0];
}

/**
 * Commits the changes as one commit on top of the base and points the branch at it (forced); or,
 * for an edited branch, on top of its head, moving it forward only (a push meanwhile fails the run
 * instead of being lost).
 */
async function writeBranch(
  client: GitHubClient,
  repository: RepositoryRef,
  settings: PullRequestSettings,
  base: FolderSnapshot,
  desired: DesiredPullRequest,
  exists: boolean,
): Promise<void> {
  const { owner, repo } = repository;
  const tree = desired.changes.map((change) =>
    change.content === null
      ? { path: `${desired.folder}/${change.path}`, mode: '100644' as const, type: 'blob' as const, sha: null }
      : { path: `${desired.folder}/${change.path}`, mode: '100644' as const, type: 'blob' as const, content: change.content },
  );
  const parent = desired.onto ?? base;
  const { data: newTree } = await client.rest.git.createTree({ owner, repo, base_tree: parent.treeSha, tree });
  const { data: commit } = await client.rest.git.createCommit({ owner, repo, message: desired.commitMessage, tree: newTree.sha, parents: [parent.commitSha] });
  if (desired.onto) {
    try {
      await client.rest.git.updateRef({ owner, repo, ref: `heads/${settings.branch}`, sha: commit.sha, force: false });
    } catch (error) {
      if ((error as { status?: number }).status !== 422) throw error;
      throw new Error(`branch ${settings.branch} moved while the scan ran (someone pushed to it): nothing was overwritten; run the scan again`, {
        cause: error,
      });
    }
  } else if (exists) await client.rest.git.updateRef({ owner, repo, ref: `heads/${settings.branch}`, sha: commit.sha, force: true });
  else await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${settings.branch}`, sha: commit.sha });
}

function splitReviewers(reviewers: string[]): { reviewers: string[]; team_reviewers: string[] } {
  return {
    reviewers: reviewers.filter((reviewer) => !reviewer.includes('/')),
    team_reviewers: reviewers.filter((reviewer) => reviewer.includes('/')).map((team) => team.slice(team.indexOf('/') + 1)),
  };
}

/**
 * Brings the cluster's pull request in line with the scan: one branch and at most one open pull
 * request per cluster. Every write is preceded by a comparison, so a run that would change
 * nothing sends only reads.
 */
export async function syncPullRequest(
  client: GitHubClient,
  repository: RepositoryRef,
  settings: PullRequestSettings,
  base: FolderSnapshot,
  desired: DesiredPullRequest,
  logger: Logger,
): Promise<PullRequestResult> {
  const { owner, repo } = repository;
  const open = await findOpenPull(client, repository, settings.branch);

  if (!(desired.differsFromBase ?? desired.changes.length > 0)) {
    if (!open) {
      logger.info(`no schema difference from ${settings.baseBranch}; no pull request needed`);
      return { operation: 'none' };
    }
    logger.info(`no schema difference from ${settings.baseBranch} any more: closing #${open.number}`);
    await client.rest.issues.createComment({ owner, repo, issue_number: open.number, body: desired.closingComment });
    await client.rest.pulls.update({ owner, repo, pull_number: open.number, state: 'closed' });
    return { operation: 'closed', number: open.number, url: open.html_url };
  }

  const head = await branchHead(client, repository, settings.branch);
  const upToDate = desired.onto
    ? desired.changes.length === 0
    : head !== undefined && branchIsUpToDate(await readFolder(client, repository, head, desired.folder), base, desired.desiredFiles);
  if (upToDate) logger.info(`branch ${settings.branch} already holds these changes`);
  else {
    const onTopOf = desired.onto ? `its own head (it holds commits people made)` : settings.baseBranch;
    logger.info(`committing ${desired.changes.length} file change(s) to ${settings.branch} on top of ${onTopOf}`);
    await writeBranch(client, repository, settings, base, desired, head !== undefined);
  }

  if (open) {
    let wrote = !upToDate;
    if (open.title !== settings.title || (open.body ?? '') !== desired.body) {
      await client.rest.pulls.update({ owner, repo, pull_number: open.number, title: settings.title, body: desired.body });
      wrote = true;
    }
    const present = new Set(open.labels.map((label) => label.name));
    const missing = settings.labels.filter((label) => !present.has(label));
    if (missing.length > 0) {
      await client.rest.issues.addLabels({ owner, repo, issue_number: open.number, labels: missing });
      wrote = true;
    }
    logger.info(wrote ? `updated pull request #${open.number}` : `pull request #${open.number} is up to date`);
    return { operation: wrote ? 'updated' : 'none', number: open.number, url: open.html_url };
  }

  const created = await createOnce(
    `opening the pull request ${settings.branch} → ${settings.baseBranch}`,
    async () =>
      (
        await client.rest.pulls.create({
          owner,
          repo,
          head: settings.branch,
          base: settings.baseBranch,
          title: settings.title,
          body: desired.body,
          maintainer_can_modify: true,
          ...NO_AUTOMATIC_RETRY,
        })
      ).data,
    () => findOpenPull(client, repository, settings.branch),
    logger,
  );
  logger.info(`opened pull request #${created.number}`);
  if (settings.labels.length > 0) await client.rest.issues.addLabels({ owner, repo, issue_number: created.number, labels: settings.labels });
  if (settings.reviewers.length > 0) {
    const requested = splitReviewers(settings.reviewers);
    try {
      await client.rest.pulls.requestReviewers({ owner, repo, pull_number: created.number, ...requested });
    } catch (error) {
      // A reviewer who cannot review (no access, the token's own user) must not fail the scan.
      logger.warn(`could not request reviewers on #${created.number}: ${(error as Error).message}`);
    }
  }
  return { operation: 'created', number: created.number, url: created.html_url };
}
