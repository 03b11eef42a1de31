import { createOnce, NO_AUTOMATIC_RETRY } from './create-once';
import type { Logger } from '../util/log';
import { webLink, type GitHubClient, type RepositoryRef } from './client';
import { BODY_BUDGET, clip, escapeMarkdown, fitLines, hiddenMarker, inlineCode, link } from './markdown';
import type { TopicDetails } from './topic-details';
import { naturalCompare } from '../util/natural-order';

export type IssueOperation = 'created' | 'updated' | 'reopened' | 'closed' | 'none';

export interface PendingTopics {
  cluster: string;
  /** Repository-relative folder of the cluster. */
  clusterFolder: string;
  baseBranch: string;
  /** In the cluster, not committed on the base branch. */
  newTopics: TopicDetails[];
  /** Committed on the base branch, no longer in the cluster. */
  vanishedTopics: string[];
  /** The pull request that adds or removes them, if any, and its branch (where new topics' files are). */
  pullRequest?: { number: number; url: string; branch?: string };
  /** Vanished folders are kept (partial scan) rather than removed by the pull request. */
  vanishedKept: boolean;
}

export interface IssueSettings {
  labels: string[];
}

export interface IssueResult {
  operation: IssueOperation;
  number?: number;
  url?: string;
}

export function topicsIssueMarker(cluster: string): string {
  return hiddenMarker('topics-issue', cluster);
}

export function topicsIssueTitle(cluster: string): string {
  return `Kafka topics to adopt in cluster ${cluster}`;
}

const cell = (value: string | number | undefined) => (value === undefined ? '–' : escapeMarkdown(String(value)));

/** Pure: the issue body while topics are pending. */
export function renderTopicsIssueBody(pending: PendingTopics, repository: RepositoryRef): string {
  const pr = pending.pullRequest ? link(`#${pending.pullRequest.number}`, pending.pullRequest.url) : '–';
  let body = `${topicsIssueMarker(pending.cluster)}\n### New and vanished Kafka topics in cluster ${inlineCode(pending.cluster)}\n\n`;
  const parts: string[] = [];
  if (pending.newTopics.length > 0) parts.push(`🆕 **${pending.newTopics.length} new topic(s)** to adopt`);
  if (pending.vanishedTopics.length > 0) parts.push(`🗑️ **${pending.vanishedTopics.length} vanished topic(s)** to confirm`);
  body += `${parts.join(' · ')}\n\n`;
  body += 'New topics need an owner and a description (in their `topic.json`); vanished topics need someone to confirm they are gone. ';
  body += 'This issue is updated by every scan and closes itself when nothing is pending.\n\n';
  const newBudget = Math.floor((BODY_BUDGET - body.length) * 0.7);
  if (pending.newTopics.length > 0) {
    // One task per topic: someone takes it by setting its owners and description in its topic.json.
    const branch = pending.pullRequest?.branch ?? pending.baseBranch;
    body += `#### New topics (${pending.newTopics.length}), added by ${pr}\n\n`;
    body += fitLines(
      [...pending.newTopics]
        .sort((a, b) => naturalCompare(a.topic, b.topic))
        .map((topic) => {
          const topicFile = link('topic.json', webLink(repository, 'blob', branch, `${pending.clusterFolder}/${topic.topic}/topic.json`));
          const facts = `${cell(topic.partitions)} partition(s), key ${cell(topic.keyFormat)}, value ${cell(topic.valueFormat)}, ${cell(topic.valueFieldCount)} value field(s)`;
          return `- [ ] ${inlineCode(topic.topic)} (${facts}): set its ${inlineCode('owners')} and ${inlineCode('description')} in its ${topicFile}\n`;
        }),
      newBudget,
      'new topic(s)',
    );
    body += '\n';
  }
  if (pending.vanishedTopics.length > 0) {
    const removedBy = pending.vanishedKept ? 'kept: the last scan was partial, or too many vanished at once' : pr;
    body += `#### Vanished topics (${pending.vanishedTopics.length})\n\n| Topic | Committed folder | Removed by |\n| --- | --- | --- |\n`;
    body += fitLines(
      [...pending.vanishedTopics]
        .sort(naturalCompare)
        .map(
          (topic) =>
            `| ${inlineCode(topic)} | ${link(`${pending.clusterFolder}/${topic}`, webLink(repository, 'tree', pending.baseBranch, `${pending.clusterFolder}/${topic}`))} | ${removedBy} |\n`,
        ),
      BODY_BUDGET - body.length - 200,
      'vanished topic(s)',
    );
  }
  return clip(body, BODY_BUDGET);
}

export function renderResolvedIssueBody(cluster: string): string {
  return `${topicsIssueMarker(cluster)}\n### New and vanished Kafka topics in cluster ${inlineCode(cluster)}\n\nNothing pending: every topic of the cluster is committed and no committed topic has vanished.\n`;
}

interface FoundIssue {
  number: number;
  state: string;
  title: string;
  body?: string | null;
  html_url: string;
}

/** Our issue: found by label and hidden marker (the search API is eventually consistent). */
async function findIssue(client: GitHubClient, repository: RepositoryRef, labels: string[], marker: string): Promise<FoundIssue | undefined> {
  const { owner, repo } = repository;
  const issues = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: labels.join(','), state: 'all', per_page: 100 });
  const ours = issues.filter((issue) => !issue.pull_request && (issue.body ?? '').includes(marker));
  // Should two exist (a race between runs), keep using the oldest, preferring an open one.
  ours.sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
  return ours[0];
}

/** Opens, updates, reopens or closes the cluster's topics issue; writes only on a difference. */
export async function syncTopicsIssue(
  client: GitHubClient,
  repository: RepositoryRef,
  settings: IssueSettings,
  pending: PendingTopics,
  logger: Logger,
): Promise<IssueResult> {
  const { owner, repo } = repository;
  const found = await findIssue(client, repository, settings.labels, topicsIssueMarker(pending.cluster));
  const title = topicsIssueTitle(pending.cluster);
  const isPending = pending.newTopics.length > 0 || pending.vanishedTopics.length > 0;

  if (!isPending) {
    if (!found || found.state === 'closed') return { operation: 'none', number: found?.number, url: found?.html_url };
    await client.rest.issues.update({
      owner,
      repo,
      issue_number: found.number,
      body: renderResolvedIssueBody(pending.cluster),
      state: 'closed',
      state_reason: 'completed',
    });
    logger.info(`nothing pending: closed issue #${found.number}`);
    return { operation: 'closed', number: found.number, url: found.html_url };
  }

  const body = renderTopicsIssueBody(pending, repository);
  if (!found) {
    const marker = topicsIssueMarker(pending.cluster);
    const data = await createOnce(
      `opening the topics issue of cluster ${pending.cluster}`,
      async () => (await client.rest.issues.create({ owner, repo, title, body, labels: settings.labels, ...NO_AUTOMATIC_RETRY })).data,
      async () => {
        const issue = await findIssue(client, repository, settings.labels, marker);
        return issue?.state === 'open' ? issue : undefined;
      },
      logger,
    );
    logger.info(`opened issue #${data.number} for ${pending.newTopics.length} new and ${pending.vanishedTopics.length} vanished topic(s)`);
    return { operation: 'created', number: data.number, url: data.html_url };
  }
  if (found.state === 'closed') {
    await client.rest.issues.update({ owner, repo, issue_number: found.number, title, body, state: 'open' });
    logger.info(`reopened issue #${found.number}`);
    return { operation: 'reopened', number: found.number, url: found.html_url };
  }
  if (found.title === title && (found.body ?? '') === body) return { operation: 'none', number: found.number, url: found.html_url };
  await client.rest.issues.update({ owner, repo, issue_number: found.number, title, body });
  logger.info(`updated issue #${found.number}`);
  return { operation: 'updated', number: found.number, url: found.html_url };
}
