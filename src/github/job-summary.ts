import type { ScanReport } from '../scan/run-scan';
import { BODY_BUDGET, clip, escapeMarkdown, fitLines, inlineCode, link } from './markdown';
import type { IssueResult } from './topics-issue';
import type { PullRequestResult } from './pull-request';
import { headline } from './change-words';
import { renderImpactSections, standingOfDetails } from './impact-sections';
import type { TopicDetails } from './topic-details';
import { naturalCompare } from '../util/natural-order';
import { evidenceOf } from './scan-evidence';

export interface JobSummaryInput {
  report: ScanReport;
  pullRequest?: PullRequestResult;
  issue?: IssueResult;
  /** The topics the pull request changes, relative to the base: their headline and changes in words. */
  topics?: TopicDetails[];
}

const IMPACT_BUDGET = 20_000;
/** Room kept for the warnings and notes after the topic table. */
const NOTES_RESERVE = 8_000;

const PULL_REQUEST_WORDS: Record<PullRequestResult['operation'], string> = {
  created: 'opened',
  updated: 'updated',
  closed: 'closed (no difference any more)',
  none: 'unchanged',
};

/** Pure: the job summary. Failed topics are named without their error text (it can quote data). */
export function renderJobSummary(input: JobSummaryInput): string {
  const { report } = input;
  const count = (status: string) => report.topics.filter((topic) => topic.status === status).length;
  let text = `### kafka-schema-scout scan of cluster ${inlineCode(report.cluster)}\n\n`;
  if (input.topics) text += `${headline(input.topics.map(standingOfDetails))}\n\n`;
  text += `| New | Changed | Unchanged | Failed | Vanished |\n| --- | --- | --- | --- | --- |\n`;
  text += `| ${count('new')} | ${count('changed')} | ${count('unchanged')} | ${count('failed')} | ${report.vanished.length} |\n\n`;
  const pr = input.pullRequest;
  if (pr) text += `- Pull request: ${pr.number !== undefined && pr.url ? link(`#${pr.number}`, pr.url) + ' ' : ''}${PULL_REQUEST_WORDS[pr.operation]}\n`;
  const issue = input.issue;
  if (issue)
    text += `- Topics issue: ${issue.number !== undefined && issue.url ? link(`#${issue.number}`, issue.url) + ' ' : ''}${issue.operation === 'none' ? 'unchanged' : issue.operation}\n`;
  if (pr || issue) text += '\n';
  if (report.partial) text += '> [!WARNING]\n> The scan was partial: failed topics keep their committed files and no folder is removed.\n\n';
  // What changes for consumers first: a long topic table must not crowd it out.
  if (input.topics && input.topics.some((topic) => topic.kind !== 'removed')) {
    text += `#### What changes for consumers\n\n${renderImpactSections(input.topics, evidenceOf(report), IMPACT_BUDGET)}`;
  }
  const lines = [
    ...report.topics
      .filter((topic) => topic.status !== 'unchanged')
      .sort((a, b) => naturalCompare(a.topic, b.topic))
      .map((topic) => `| ${inlineCode(topic.topic)} | ${topic.status} | ${topic.valueFormat ?? '–'} | ${topic.records} |\n`),
    ...[...report.vanished].sort(naturalCompare).map((topic) => `| ${inlineCode(topic)} | vanished | – | – |\n`),
  ];
  if (lines.length > 0) {
    text += '| Topic | Status | Value format | Records sampled |\n| --- | --- | --- | --- |\n';
    text += fitLines(lines, BODY_BUDGET - text.length - NOTES_RESERVE, 'topic(s)');
  }
  // Warnings and notes name paths, classes and counts only: never a sampled value or a data key.
  const notes = report.topics.flatMap((topic) =>
    [...topic.warnings, ...(topic.notes ?? [])].map((line) => `- ${inlineCode(topic.topic)}: ${escapeMarkdown(line)}\n`),
  );
  if (notes.length > 0) text += `\n**Warnings and notes**\n\n${fitLines(notes, Math.max(0, BODY_BUDGET - text.length - 40), 'line(s)')}`;
  return clip(text, BODY_BUDGET);
}
