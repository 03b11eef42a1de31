import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { input, secretInput } from '../action/inputs';
import { parseRequiredLevel, type CompatibilityLevel } from '../schema/compatibility';
import { UsageError, errorMessage } from '../util/errors';
import type { Logger } from '../util/log';
import { actingLogin } from './identity';
import { createGitHubClient, type GitHubClient, type RepositoryRef } from './client';
import { readBlobText, readFolder, type RepoCoordinates } from './git-tree';
import { syncReviewComment, type CommentResult } from './review-comment';
import { readReviewFiles, type SchemaTreeSource } from './review-files';
import { renderReviewMarkdown } from './review-markdown';
import { DEFAULT_ACK_LABEL, DEFAULT_REQUIRED_LEVEL, decideDelivery, hasLabel, planReview, type ReviewPlan } from './review-plan';

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
}

export interface ReviewSettings {
  token: string;
  /** REST base URL (GITHUB_API_URL), explicit for GitHub Enterprise Server. */
  apiUrl: string;
  repository: RepositoryRef;
  /** Repository-relative schema directory, forward slashes (e.g. `kafka-schemas`). */
  schemaDir: string;
  defaultRequired: CompatibilityLevel;
  ackLabel: string;
  pullRequest: PullRequestRef;
  /** `pull_request` or `pull_request_target` (GITHUB_EVENT_NAME): only the latter has a write token for forks. */
  eventName?: string;
  /** Tests switch off the throttle's pacing of writes. */
  throttle?: boolean;
}

export interface ReviewOutcome {
  plan: ReviewPlan;
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

/** Compares the PR's schema files at both commits, posts or updates the sticky comment, and returns the verdict. */
export async function reviewPullRequest(settings: ReviewSettings, logger: Logger, client?: GitHubClient): Promise<ReviewOutcome> {
  const github = client ?? createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, throttle: settings.throttle }, logger);
  const repo = { owner: settings.repository.owner, repo: settings.repository.repo };
  const pull = settings.pullRequest;

  const labels = await currentLabels(github, repo, pull, logger);
  const start = await mergeBaseOf(github, repo, pull, logger);
  const files = await readReviewFiles(gitHubTreeSource(github, repo), start, pull.headSha, settings.schemaDir);
  const plan = planReview({
    base: files.base,
    head: files.head,
    headProblems: files.problems.head,
    defaultRequired: settings.defaultRequired,
    acknowledged: hasLabel(labels, settings.ackLabel),
    schemaDir: settings.schemaDir,
  });
  logger.info(`${plan.topics.length} topic(s) under ${settings.schemaDir} differ between ${start.slice(0, 7)} and ${pull.headSha.slice(0, 7)}: ${plan.outcome}`);

  const render = (forComment: boolean, noCommentReason?: string, impostors?: string[]) =>
    renderReviewMarkdown(plan, { schemaDir: settings.schemaDir, ackLabel: settings.ackLabel, forComment, noCommentReason, impostors });

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
  return { plan, comment, noCommentReason, summary: render(false, noCommentReason, impostors), passed: plan.outcome !== 'failed' };
}

/** The schema directory relative to the repository root, with forward slashes. */
export function repositoryRelativeDir(workspace: string, dir: string): string {
  const path = isAbsolute(dir) ? relative(resolve(workspace), resolve(dir)) : relative(resolve(workspace), resolve(workspace, dir));
  if (path.startsWith('..') || isAbsolute(path)) throw new UsageError(`input 'schema-dir' (${dir}) must be inside the repository ${workspace}`);
  // '' is the repository root.
  return path.split(sep).join('/');
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Pure: the pull request of a `pull_request`/`pull_request_target` event payload. */
export function pullRequestOfEvent(payload: unknown): PullRequestRef {
  const pull = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request;
  if (typeof pull !== 'object' || pull === null) {
    throw new UsageError("command 'review' runs on pull_request events: the event payload has no pull_request");
  }
  const side = (name: 'base' | 'head') => (pull[name] ?? {}) as { sha?: unknown; repo?: { full_name?: unknown } | null };
  const base = side('base');
  const head = side('head');
  if (typeof pull.number !== 'number' || typeof base.sha !== 'string' || typeof head.sha !== 'string') {
    throw new UsageError('the pull_request of the event payload lacks number, base.sha or head.sha');
  }
  const labels = Array.isArray(pull.labels) ? pull.labels.map((label: { name?: unknown }) => String(label?.name ?? '')).filter(Boolean) : [];
  return {
    number: pull.number,
    baseSha: base.sha,
    headSha: head.sha,
    baseRepo: stringOrNull(base.repo?.full_name),
    headRepo: stringOrNull(head.repo?.full_name),
    labels,
  };
}

const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  error: (message) => core.error(message),
};

/**
 * `command: review`. Inputs: github-token, schema-dir, fail-on, allow-breaking-label.
 * Outputs: review-outcome, breaking-topics, review-comment-url. Fails the step when the gate fails.
 */
export async function runReviewAction(): Promise<ReviewOutcome> {
  const failOn = input('fail-on') ?? DEFAULT_REQUIRED_LEVEL;
  const defaultRequired = parseRequiredLevel(failOn);
  if (defaultRequired === undefined) {
    throw new UsageError(`input 'fail-on' must be BACKWARD, FORWARD, FULL, NONE or a _TRANSITIVE variant, got ${JSON.stringify(failOn)}`);
  }
  const token = secretInput('github-token');
  if (token === undefined) throw new UsageError("input 'github-token' is empty: pass ${{ github.token }}");
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new UsageError('GITHUB_REPOSITORY is not set (owner/repo): run inside GitHub Actions');
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) throw new UsageError('GITHUB_EVENT_PATH is not set: run inside GitHub Actions');
  const pullRequest = pullRequestOfEvent(JSON.parse(await readFile(eventPath, 'utf8')));
  const eventName = process.env.GITHUB_EVENT_NAME;
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();

  const outcome = await core.group('Review schema changes', () =>
    reviewPullRequest(
      {
        token,
        apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        repository: { owner, repo, serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com' },
        schemaDir: repositoryRelativeDir(workspace, input('schema-dir') ?? 'kafka-schemas'),
        defaultRequired,
        ackLabel: input('allow-breaking-label') ?? DEFAULT_ACK_LABEL,
        pullRequest,
        eventName,
      },
      actionLogger,
    ),
  );

  for (const annotation of outcome.plan.annotations) {
    const properties = { title: annotation.title, file: annotation.file, ...(annotation.line !== undefined ? { startLine: annotation.line } : {}) };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }
  const breaking = outcome.plan.topics.filter((topic) => topic.breaking).map((topic) => topic.name);
  core.setOutput('review-outcome', outcome.plan.outcome);
  core.setOutput('breaking-topics', JSON.stringify(breaking));
  core.setOutput('review-comment-url', 'url' in outcome.comment ? (outcome.comment.url ?? '') : '');
  await core.summary.addRaw(outcome.summary).write();
  if (!outcome.passed) {
    const invalid = outcome.plan.topics.filter((topic) => topic.error !== undefined).map((topic) => topic.name);
    const reasons = [
      ...(breaking.length > 0 ? [`breaking schema changes in ${breaking.join(', ')}`] : []),
      ...(invalid.length > 0 ? [`invalid schema files in ${invalid.join(', ')}`] : []),
    ];
    core.setFailed(`schema review failed: ${reasons.join('; ')}`);
  }
  return outcome;
}
