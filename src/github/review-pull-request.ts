import type { CompatibilityLevel } from '../schema/compatibility';
import { errorMessage } from '../util/errors';
import type { Logger } from '../util/log';
import { actingLogin } from './identity';
import { classifyPullRequest, gateLevel, type PullRequestKindVerdict } from './pull-request-kind';
import { createGitHubClient, type GitHubClient, type RepositoryRef } from './client';
import { readBlobText, readFolder, type RepoCoordinates } from './git-tree';
import { syncReviewComment, type CommentResult } from './review-comment';
import { readReviewFiles, type SchemaTreeSource } from './review-files';
import { renderReviewMarkdown } from './review-markdown';
import { decideDelivery, hasLabel, planReview, type ReviewPlan } from './review-plan';

/** What the action needs of the `pull_request` (or `pull_request_target`) event. */
export interface PullRequestRef {
  number: number;
  baseSha: string;
  headSha: string;
  /** `owner/name` of the repositories; they differ for a pull request from a fork. */
  baseRepo?: string | null;
  headRepo?: string | null;
  /** Labels as the event saw them; the current ones are read again from the API. */
  labels: string[];
  /** The head branch's name (without `refs/heads/`). */
  headRef?: string;
  /** Who opened the pull request. */
  author?: { login: string; type: string } | null;
}

export interface ReviewSettings {
  token: string;
  /** REST base URL (GITHUB_API_URL), explicit for GitHub Enterprise Server. */
  apiUrl: string;
  repository: RepositoryRef;
  /** Repository-relative schema directory, forward slashes (e.g. `kafka-schemas`). */
  schemaDir: string;
  /** The level for changes people write (`fail-on`). */
  defaultRequired: CompatibilityLevel;
  /** The level for the scan's own pull request (`scan-fail-on`): consumers holding the committed schema read what producers write. */
  scanRequired: CompatibilityLevel;
  /** The scan's branches are `<prefix><cluster>` (`pr-branch-prefix`). */
  scanBranchPrefix: string;
  ackLabel: string;
  pullRequest: PullRequestRef;
  /** `pull_request` or `pull_request_target` (GITHUB_EVENT_NAME): only the latter has a write token for forks. */
  eventName?: string;
  /** Tests switch off the throttle's pacing of writes. */
  throttle?: boolean;
}

export interface ReviewOutcome {
  plan: ReviewPlan;
  /** Which question was asked: the scan's own pull request, an edited scan branch, or a planned change. */
  kind: PullRequestKindVerdict;
  comment: CommentResult | { operation: 'skipped' };
  /** Set when the review is in the job summary only. */
  noCommentReason?: string;
  /** Markdown for the job summary. */
  summary: string;
  passed: boolean;
}

/** Reads commits through the REST API, so the review works whatever the checkout's fetch depth. */
export function gitHubTreeSource(client: GitHubClient, repo: RepoCoordinates): SchemaTreeSource {
  return {
    listFiles: (commit, dir) => readFolder(client, repo, commit, dir),
    readBlob: (sha) => readBlobText(client, repo, sha),
  };
}

async function currentLabels(client: GitHubClient, repo: RepoCoordinates, pull: PullRequestRef, logger: Logger): Promise<string[]> {
  try {
    // A re-run replays the original event, so a label added since is only visible through the API.
    const { data } = await client.rest.issues.get({ ...repo, issue_number: pull.number });
    const names = data.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
    return [...new Set([...pull.labels, ...names])];
  } catch (error) {
    logger.warn(`could not read the pull request's current labels (${errorMessage(error)}); using those of the event`);
    return pull.labels;
  }
}

/**
 * Where the pull request's changes start: the merge base of base and head, as GitHub's own
 * "Files changed" shows them, so changes merged into the base branch meanwhile are not shown
 * reversed. Falls back to the base commit if GitHub cannot say.
 */
async function mergeBaseOf(client: GitHubClient, repo: RepoCoordinates, pull: PullRequestRef, logger: Logger): Promise<string> {
  try {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${pull.baseSha}...${pull.headSha}`, per_page: 1 });
    return data.merge_base_commit.sha;
  } catch (error) {
    logger.warn(`could not find the merge base of ${pull.baseSha} and ${pull.headSha} (${errorMessage(error)}); comparing with the base commit`);
    return pull.baseSha;
  }
}

/** A scan pull request holds one commit per scan; past this many, its commits are not all checked. */
const MAX_CHECKED_COMMITS = 250;

/**
 * Who made each commit of a pull request on a scan branch (undefined when they cannot all be
 * listed). Other pull requests need none: no branch other than the scan's can weaken the gate.
 */
async function commitsOf(
  client: GitHubClient,
  repo: RepoCoordinates,
  pull: PullRequestRef,
  scanBranchPrefix: string,
  logger: Logger,
): Promise<Array<{ author?: string | null; verified: boolean }> | undefined> {
  if (scanBranchPrefix === '' || !(pull.headRef ?? '').startsWith(scanBranchPrefix)) return undefined;
  try {
    const commits: Array<{ author?: string | null; verified: boolean }> = [];
    for await (const page of client.paginate.iterator(client.rest.pulls.listCommits, { ...repo, pull_number: pull.number, per_page: 100 })) {
      for (const commit of page.data) commits.push({ author: commit.author?.login ?? null, verified: commit.commit.verification?.verified === true });
      if (commits.length > MAX_CHECKED_COMMITS) return undefined;
    }
    return commits;
  } catch (error) {
    logger.warn(`could not list the commits of pull request #${pull.number} (${errorMessage(error)}): taken for an edited scan branch`);
    return undefined;
  }
}

/** Compares the PR's schema files at both commits, posts or updates the sticky comment, and returns the verdict. */
export async function reviewPullRequest(settings: ReviewSettings, logger: Logger, client?: GitHubClient): Promise<ReviewOutcome> {
  const github = client ?? createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, throttle: settings.throttle }, logger);
  const repo = { owner: settings.repository.owner, repo: settings.repository.repo };
  const pull = settings.pullRequest;

  const labels = await currentLabels(github, repo, pull, logger);
  const kind = classifyPullRequest(
    {
      headRef: pull.headRef ?? '',
      baseRepo: pull.baseRepo,
      headRepo: pull.headRepo,
      author: pull.author,
      commits: await commitsOf(github, repo, pull, settings.scanBranchPrefix, logger),
    },
    settings.scanBranchPrefix,
  );
  const defaultRequired = gateLevel(kind.kind, settings.defaultRequired, settings.scanRequired);
  logger.info(`pull request #${pull.number}: ${kind.reason}; every changed topic must be ${defaultRequired} compatible unless its topic.json says otherwise`);
  const start = await mergeBaseOf(github, repo, pull, logger);
  const files = await readReviewFiles(gitHubTreeSource(github, repo), start, pull.headSha, settings.schemaDir);
  const plan = planReview({
    base: files.base,
    head: files.head,
    headProblems: files.problems.head,
    defaultRequired,
    acknowledged: hasLabel(labels, settings.ackLabel),
    schemaDir: settings.schemaDir,
  });
  logger.info(
    `${plan.topics.length} topic(s) under ${settings.schemaDir} differ between ${start.slice(0, 7)} and ${pull.headSha.slice(0, 7)}: ${plan.outcome}`,
  );

  const render = (forComment: boolean, noCommentReason?: string, impostors?: string[]) =>
    renderReviewMarkdown(plan, { schemaDir: settings.schemaDir, ackLabel: settings.ackLabel, forComment, noCommentReason, impostors, kind });

  const delivery = decideDelivery({ baseRepo: pull.baseRepo, headRepo: pull.headRepo, eventName: settings.eventName });
  let comment: ReviewOutcome['comment'] = { operation: 'skipped' };
  let noCommentReason = delivery.reason;
  if (delivery.comment) {
    const author = await actingLogin(github, logger);
    const something = plan.topics.length > 0 || plan.treeErrors.length > 0;
    comment = await syncReviewComment(github, repo, pull.number, render(true), something, author, logger);
    if (comment.operation === 'forbidden') noCommentReason = 'the token may not comment on this pull request (HTTP 403); give the job `pull-requests: write`';
  } else {
    logger.info(`no pull request comment: ${noCommentReason}`);
  }
  const impostors = 'impostors' in comment ? comment.impostors?.map((impostor) => impostor.author) : undefined;
  return { plan, kind, comment, noCommentReason, summary: render(false, noCommentReason, impostors), passed: plan.outcome !== 'failed' };
}
