import { relative, resolve, sep } from 'node:path';
import { KEY_SCHEMA_FILE, TOPIC_FILE, VALUE_SCHEMA_FILE, topicDir } from '../catalog/layout';
import { readTreeFile, treeFolder } from '../catalog/safe-fs';
import { CLUSTER_FILE } from '../catalog/cluster-file';
import { DEFAULT_MAX_VANISHED_PERCENT } from '../scan/vanished';
import type { ScanReport } from '../scan/run-scan';
import type { Logger } from '../util/log';
import { createGitHubClient, type GitHubClient, type RepositoryRef } from './client';
import { branchHead, readBlobText, readFolder, type FolderSnapshot } from './git-tree';
import { renderJobSummary } from './job-summary';
import { inlineCode } from './markdown';
import { commitMessage, pullRequestTitle, renderPullRequestBody } from './pull-request-body';
import { evidenceOf } from './scan-evidence';
import { syncPullRequest, type PullRequestResult } from './pull-request';
import { planSchemaChanges, vanishedRemovalAllowed, type SchemaPlan, type TopicChange } from './schema-plan';
import { describeTopic, topicVersion, type TopicDetails } from './topic-details';
import { syncTopicsIssue, type IssueResult } from './topics-issue';
import { adoptBranchFiles, findEditedScanBranch, type EditedScanBranch } from './scan-branch';

/** The scan's branch of a cluster is `<prefix><cluster>` (input `pr-branch-prefix`). */
export const DEFAULT_SCAN_BRANCH_PREFIX = 'kafka-schema-scout/';
export { DEFAULT_MAX_VANISHED_PERCENT } from '../scan/vanished';

export interface ScanGitHubSettings {
  token: string;
  /** REST base URL (GITHUB_API_URL). */
  apiUrl: string;
  repository: RepositoryRef;
  /** The checkout the scan wrote into (GITHUB_WORKSPACE); the schema dir is relative to it. */
  workspace: string;
  /** Default: the repository's default branch. */
  baseBranch?: string;
  branchPrefix: string;
  /** Default: `Kafka schemas: cluster <cluster>`. */
  pullRequestTitle?: string;
  pullRequestLabels: string[];
  pullRequestReviewers: string[];
  issueLabels: string[];
  createPullRequest: boolean;
  createIssue: boolean;
  /** The most vanished topics (percent of the committed ones) one scan may remove; default 10. */
  maxVanishedPercent?: number;
  /** Tests switch off the throttle's pacing of writes. */
  throttle?: boolean;
  /** The scan branch people edited, whose files the scan took as its prior (prepareScanBranch). */
  editedBranch?: EditedScanBranch;
}

export interface ScanGitHubResult {
  pullRequest: PullRequestResult;
  issue?: IssueResult;
  /** Topics not committed on the base branch / changed / removed, relative to the base. */
  topics: TopicDetails[];
  summary: string;
}

/** Runs a stage, e.g. inside a collapsible log group. */
export type StageRunner = <T>(name: string, stage: () => Promise<T>) => Promise<T>;
const runDirectly: StageRunner = (_name, stage) => stage();

const TOPIC_FILES = [VALUE_SCHEMA_FILE, KEY_SCHEMA_FILE, TOPIC_FILE];

/** The repository-relative path of the cluster folder, with forward slashes. */
export function clusterFolderPath(workspace: string, dir: string, cluster: string): string {
  const path = relative(resolve(workspace), resolve(workspace, dir, cluster));
  if (path === '' || path.startsWith('..') || resolve(path) === path) {
    throw new Error(`the schema directory ${dir} must be inside the checkout ${workspace}`);
  }
  return path.split(sep).join('/');
}

/**
 * The files the scan wrote, read back through safe-fs (no link followed). A file that cannot be
 * read fails the publication: taken for absent, it would be deleted in the pull request.
 */
async function readLocalFiles(report: ScanReport): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  // The cluster's own file (its DataHub identity), written by this scan or committed before.
  const clusterFolder = await treeFolder(report.dir, [report.cluster]);
  const clusterFile = clusterFolder === undefined ? undefined : await readTreeFile(clusterFolder, CLUSTER_FILE);
  if (clusterFile !== undefined) files.set(CLUSTER_FILE, clusterFile);
  for (const outcome of report.topics) {
    if (outcome.status === 'failed') continue;
    topicDir(report.dir, report.cluster, outcome.topic); // validates the names
    const folder = await treeFolder(report.dir, [report.cluster, outcome.topic]);
    if (folder === undefined) continue;
    for (const name of TOPIC_FILES) {
      const content = await readTreeFile(folder, name);
      if (content !== undefined) files.set(`${outcome.topic}/${name}`, content);
    }
  }
  return files;
}

/** Old and new text of each changed topic; old blobs are fetched only for files that changed. */
async function detailTopics(
  client: GitHubClient,
  repository: RepositoryRef,
  plan: SchemaPlan,
  base: FolderSnapshot,
  local: Map<string, string>,
): Promise<TopicDetails[]> {
  const details: TopicDetails[] = [];
  for (const change of plan.topics) {
    const after: Record<string, string> = {};
    const before: Record<string, string> = {};
    for (const name of TOPIC_FILES) {
      const path = `${change.topic}/${name}`;
      const text = local.get(path);
      if (text !== undefined) after[name] = text;
      if (change.kind !== 'changed') continue;
      const baseSha = base.files.get(path);
      if (baseSha === undefined) continue;
      const modified = change.files.some((file) => file.name === name);
      if (!modified && text !== undefined) before[name] = text;
      else before[name] = await readBlobText(client, repository, baseSha);
    }
    details.push(describeTopic(change, change.kind === 'new' ? undefined : topicVersion(before), change.kind === 'removed' ? undefined : topicVersion(after)));
  }
  return details;
}

/**
 * GitHub users and teams (`@login`, `@org/team`) among the `owners` of the topics the pull request
 * changes: they are asked to review it, as CODEOWNERS would. Other owner forms are DataHub's.
 */
export function ownerReviewers(local: ReadonlyMap<string, string>, plan: SchemaPlan): string[] {
  const reviewers = new Set<string>();
  for (const topic of plan.topics) {
    const text = local.get(`${topic.topic}/topic.json`);
    if (text === undefined) continue;
    let owners: unknown;
    try {
      owners = (JSON.parse(text) as { owners?: unknown }).owners;
    } catch {
      continue;
    }
    for (const owner of Array.isArray(owners) ? owners : [owners]) {
      const handle = typeof owner === 'string' ? owner : typeof owner === 'object' && owner !== null ? (owner as { owner?: unknown }).owner : undefined;
      if (typeof handle === 'string' && /^@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/.test(handle)) reviewers.add(handle.slice(1));
    }
  }
  return [...reviewers].sort();
}

function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, sha]) => b.get(path) === sha);
}

/**
 * Before the scan: when people committed to the cluster's open scan pull request, its branch's
 * files replace the checkout's as the prior, so the scan keeps their edits; publishScan then
 * commits on top of that branch. Undefined (nothing done) otherwise. See scan-branch.ts.
 */
export async function prepareScanBranch(settings: ScanGitHubSettings, dir: string, cluster: string, logger: Logger): Promise<EditedScanBranch | undefined> {
  if (!settings.createPullRequest) return undefined;
  const client = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, throttle: settings.throttle }, logger);
  const coordinates = { owner: settings.repository.owner, repo: settings.repository.repo };
  const folder = clusterFolderPath(settings.workspace, dir, cluster);
  const branch = `${settings.branchPrefix}${cluster}`;
  const edited = await findEditedScanBranch(client, coordinates, branch, folder, logger);
  if (edited === undefined) return undefined;
  const { written, removed } = await adoptBranchFiles(client, coordinates, edited, folder, dir, cluster);
  logger.info(
    `branch ${branch} (pull request #${edited.pullNumber}) holds ${edited.foreignCommits} commit(s) not made by the scan: its files are the prior ` +
      `(${written.length} written, ${removed.length} removed in the checkout) and this scan commits on top of it`,
  );
  return edited;
}

function committedTopics(files: Map<string, string>): Set<string> {
  return new Set([...files.keys()].filter((path) => path.includes('/')).map((path) => path.slice(0, path.indexOf('/'))));
}

/**
 * After the scan wrote its files: compare them with the base branch, then bring the cluster's
 * pull request and topics issue in line. Returns what was done; writes nothing that is already so.
 */
export async function publishScan(
  report: ScanReport,
  settings: ScanGitHubSettings,
  logger: Logger,
  stage: StageRunner = runDirectly,
): Promise<ScanGitHubResult> {
  const client = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, throttle: settings.throttle }, logger);
  const { repository } = settings;
  const coordinates = { owner: repository.owner, repo: repository.repo };
  const folder = clusterFolderPath(settings.workspace, report.dir, report.cluster);

  let local: Map<string, string> = new Map();
  const { base, baseBranch, plan, topics, removal, onto, branchPlan } = await stage('Compare with the base branch', async () => {
    const baseBranch = settings.baseBranch ?? (await client.rest.repos.get(coordinates)).data.default_branch;
    const head = await branchHead(client, coordinates, baseBranch);
    if (head === undefined) throw new Error(`base branch ${baseBranch} does not exist`);
    const base = await readFolder(client, coordinates, head, folder);
    local = await readLocalFiles(report);
    const committedNow = committedTopics(base.files);
    const removal = vanishedRemovalAllowed(
      report.vanished.filter((topic) => committedNow.has(topic)).length,
      committedNow.size,
      settings.maxVanishedPercent ?? DEFAULT_MAX_VANISHED_PERCENT,
    );
    if (removal.reason) logger.warn(removal.reason);
    const plan = planSchemaChanges({ local, base: base.files, vanished: report.vanished, deleteVanished: !report.partial && removal.allowed });
    const topics = await detailTopics(client, repository, plan, base, local);
    logger.info(`${folder} differs from ${baseBranch} in ${plan.changes.length} file(s) of ${plan.topics.length} topic(s)`);
    // An edited branch: the commit is what it lacks; the pull request stays while it differs from the base.
    const onto = settings.editedBranch?.snapshot;
    const branchPlan = onto && planSchemaChanges({ local, base: onto.files, vanished: report.vanished, deleteVanished: !report.partial && removal.allowed });
    return { base, baseBranch, plan, topics, removal, onto, branchPlan };
  });

  const committed = committedTopics(base.files);
  const vanished = report.vanished.filter((topic) => committed.has(topic));
  const failedTopics = report.topics.filter((topic) => topic.status === 'failed').map((topic) => topic.topic);
  const branch = `${settings.branchPrefix}${report.cluster}`;

  let pullRequest: PullRequestResult = { operation: 'none' };
  if (settings.createPullRequest) {
    pullRequest = await stage('Pull request', () =>
      syncPullRequest(
        client,
        repository,
        {
          branch,
          baseBranch,
          title: pullRequestTitle(settings.pullRequestTitle ?? `Kafka schemas: cluster ${report.cluster}`, topics),
          labels: settings.pullRequestLabels,
          reviewers: [...new Set([...settings.pullRequestReviewers, ...ownerReviewers(local, plan)])],
        },
        base,
        {
          folder,
          changes: branchPlan?.changes ?? plan.changes,
          desiredFiles: branchPlan?.desiredFiles ?? plan.desiredFiles,
          ...(onto && branchPlan ? { onto, differsFromBase: plan.changes.length > 0 || !sameFiles(branchPlan.desiredFiles, base.files) } : {}),
          body: renderPullRequestBody({
            repository,
            cluster: report.cluster,
            clusterFolder: folder,
            branch,
            baseBranch,
            topics,
            failedTopics,
            keptVanished: report.partial || !removal.allowed ? vanished : [],
            keptVanishedReason: report.partial ? undefined : removal.reason,
            notes: new Map(report.topics.map((topic) => [topic.topic, topic.notes ?? []])),
            clusterFiles: plan.clusterFiles,
            evidence: evidenceOf(report),
          }),
          commitMessage: commitMessage(report.cluster, topics),
          closingComment: `The latest scan of cluster ${inlineCode(report.cluster)} finds no difference from ${inlineCode(baseBranch)} any more, so this pull request is no longer needed.`,
        },
        logger,
      ),
    );
  }

  let issue: IssueResult | undefined;
  if (settings.createIssue) {
    const openPull = pullRequest.operation !== 'closed' && pullRequest.number !== undefined && pullRequest.url !== undefined;
    issue = await stage('Topics issue', () =>
      syncTopicsIssue(
        client,
        repository,
        { labels: settings.issueLabels },
        {
          cluster: report.cluster,
          clusterFolder: folder,
          baseBranch,
          newTopics: topics.filter((topic: TopicChange) => topic.kind === 'new'),
          vanishedTopics: vanished,
          pullRequest: openPull ? { number: pullRequest.number!, url: pullRequest.url!, branch } : undefined,
          vanishedKept: report.partial || !removal.allowed,
        },
        logger,
      ),
    );
  }

  return {
    pullRequest,
    issue,
    topics,
    summary: renderJobSummary({ report, pullRequest: settings.createPullRequest ? pullRequest : undefined, issue, topics }),
  };
}
