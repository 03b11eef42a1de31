import * as core from '@actions/core';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { reviewPullRequest, type PullRequestRef, type ReviewOutcome } from '../github/review-pull-request';
import { DEFAULT_ACK_LABEL, DEFAULT_REQUIRED_LEVEL, DEFAULT_SCAN_REQUIRED_LEVEL } from '../github/review-plan';
import { DEFAULT_SCAN_BRANCH_PREFIX } from '../github/publish-scan';
import { parseRequiredLevel } from '../schema/compatibility';
import { UsageError } from '../util/errors';
import { DONE, type Outcome } from '../util/outcome';
import { actionContext, repositoryOf } from './context';
import { input, secretInput } from './inputs';
import { actionLogger } from './logger';

/** `command: review`: the Action's inputs and event → the review over the GitHub API → outputs, annotations, summary. */

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
  const labels = Array.isArray(pull.labels)
    ? pull.labels.map((label: { name?: unknown }) => (typeof label?.name === 'string' ? label.name : '')).filter(Boolean)
    : [];
  const user = pull.user as { login?: unknown; type?: unknown } | null | undefined;
  const headRef = (pull.head as { ref?: unknown } | undefined)?.ref;
  return {
    number: pull.number,
    baseSha: base.sha,
    headSha: head.sha,
    baseRepo: stringOrNull(base.repo?.full_name),
    headRepo: stringOrNull(head.repo?.full_name),
    labels,
    headRef: typeof headRef === 'string' ? headRef : undefined,
    author: typeof user?.login === 'string' ? { login: user.login, type: typeof user.type === 'string' ? user.type : '' } : null,
  };
}

/**
 * `command: review`. Inputs: github-token, schema-dir, fail-on, allow-breaking-label.
 * Outputs: review-outcome, breaking-topics, review-comment-url. Fails the step when the gate fails.
 */
export async function runReviewAction(): Promise<ReviewOutcome & { actionOutcome: Outcome }> {
  const failOn = input('fail-on') ?? DEFAULT_REQUIRED_LEVEL;
  const defaultRequired = parseRequiredLevel(failOn);
  if (defaultRequired === undefined) {
    throw new UsageError(`input 'fail-on' must be BACKWARD, FORWARD, FULL, NONE or a _TRANSITIVE variant, got ${JSON.stringify(failOn)}`);
  }
  const scanFailOn = input('scan-fail-on') ?? DEFAULT_SCAN_REQUIRED_LEVEL;
  const scanRequired = parseRequiredLevel(scanFailOn);
  if (scanRequired === undefined) {
    throw new UsageError(`input 'scan-fail-on' must be BACKWARD, FORWARD, FULL, NONE or a _TRANSITIVE variant, got ${JSON.stringify(scanFailOn)}`);
  }
  const token = secretInput('github-token');
  if (token === undefined) throw new UsageError("input 'github-token' is empty: pass ${{ github.token }}");
  const context = actionContext();
  const pullRequest = pullRequestOfEvent(context.payload);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();

  const outcome = await core.group('Review schema changes', () =>
    reviewPullRequest(
      {
        token,
        apiUrl: context.apiUrl,
        repository: repositoryOf(context),
        schemaDir: repositoryRelativeDir(workspace, input('schema-dir') ?? 'kafka-schemas'),
        defaultRequired,
        scanRequired,
        scanBranchPrefix: input('pr-branch-prefix') ?? DEFAULT_SCAN_BRANCH_PREFIX,
        ackLabel: input('allow-breaking-label') ?? DEFAULT_ACK_LABEL,
        pullRequest,
        eventName: context.eventName,
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
  if (outcome.passed) return { ...outcome, actionOutcome: DONE };
  const invalid = [
    ...outcome.plan.treeErrors.map((problem) => problem.path || '(the schema directory)'),
    ...outcome.plan.topics.filter((topic) => topic.error !== undefined).map((topic) => topic.name),
  ];
  const reasons = [
    ...(breaking.length > 0 ? [`breaking schema changes in ${breaking.join(', ')}`] : []),
    ...(invalid.length > 0 ? [`invalid schema files in ${invalid.join(', ')}`] : []),
  ];
  return { ...outcome, actionOutcome: { status: 'failed', reason: `schema review failed: ${reasons.join('; ')}` } };
}
