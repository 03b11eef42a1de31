import type { ScanReport } from '../scan/run-scan';
import type { RepositoryRef } from './client';
import { gitBlobSha } from './git-tree';
import { renderJobSummary } from './job-summary';
import { pullRequestTitle, renderPullRequestBody } from './pull-request-body';
import { evidenceOf } from './scan-evidence';
import { planSchemaChanges, vanishedRemovalAllowed } from './schema-plan';
import { describeTopic, topicVersion, type TopicDetails } from './topic-details';
import { renderTopicsIssueBody } from './topics-issue';

export interface ScanPreviewInput {
  report: ScanReport;
  repository: RepositoryRef;
  /** Repository-relative folder of the cluster. */
  clusterFolder: string;
  branch: string;
  baseBranch: string;
  title: string;
  /** The cluster folder as committed (the base), relative path → text. */
  base: ReadonlyMap<string, string>;
  /** What the scan wrote or would write, relative path → text (cluster.json included). */
  local: ReadonlyMap<string, string>;
  maxVanishedPercent: number;
}

export interface ScanPreview {
  title: string;
  body: string;
  /** Undefined when nothing is pending (the issue would be closed or left alone). */
  issue?: string;
  summary: string;
  topics: TopicDetails[];
}

/**
 * Pure: what a scan would post (pull request title and body, topics issue, job summary), from the
 * committed files and the scan's own, with the renderers the action uses and no GitHub at all.
 */
export function previewScan(input: ScanPreviewInput): ScanPreview {
  const { report } = input;
  const baseShas = new Map([...input.base].map(([path, text]) => [path, gitBlobSha(text)]));
  const committed = new Set([...input.base.keys()].filter((path) => path.includes('/')).map((path) => path.slice(0, path.indexOf('/'))));
  const vanished = report.vanished.filter((topic) => committed.has(topic));
  const removal = vanishedRemovalAllowed(vanished.length, committed.size, input.maxVanishedPercent);
  const plan = planSchemaChanges({
    local: new Map(input.local),
    base: baseShas,
    vanished: report.vanished,
    deleteVanished: !report.partial && removal.allowed,
  });
  const topics = plan.topics.map((change) => {
    const files = (source: ReadonlyMap<string, string>) =>
      Object.fromEntries(
        ['value.avsc', 'key.avsc', 'topic.json'].flatMap((name) =>
          source.has(`${change.topic}/${name}`) ? [[name, source.get(`${change.topic}/${name}`)!]] : [],
        ),
      );
    return describeTopic(
      change,
      change.kind === 'new' ? undefined : topicVersion(files(input.base)),
      change.kind === 'removed' ? undefined : topicVersion(files(input.local)),
    );
  });
  const kept = report.partial || !removal.allowed;
  const body = renderPullRequestBody({
    repository: input.repository,
    cluster: report.cluster,
    clusterFolder: input.clusterFolder,
    branch: input.branch,
    baseBranch: input.baseBranch,
    topics,
    failedTopics: report.topics.filter((topic) => topic.status === 'failed').map((topic) => topic.topic),
    keptVanished: kept ? vanished : [],
    keptVanishedReason: report.partial ? undefined : removal.reason,
    notes: new Map(report.topics.map((topic) => [topic.topic, topic.notes ?? []])),
    clusterFiles: plan.clusterFiles,
    evidence: evidenceOf(report),
  });
  const newTopics = topics.filter((topic) => topic.kind === 'new');
  const issue =
    newTopics.length > 0 || vanished.length > 0
      ? renderTopicsIssueBody(
          {
            cluster: report.cluster,
            clusterFolder: input.clusterFolder,
            baseBranch: input.baseBranch,
            newTopics,
            vanishedTopics: vanished,
            vanishedKept: kept,
          },
          input.repository,
        )
      : undefined;
  return { title: pullRequestTitle(input.title, topics), body, issue, summary: renderJobSummary({ report, topics }), topics };
}
