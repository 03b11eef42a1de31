import { renderTopicsMarkdown, type TopicDiffSection } from '../schema/render-markdown';
import { webLink, type RepositoryRef } from './client';
import { BODY_BUDGET, clip, escapeMarkdown, fitLines, hiddenMarker, inlineCode, link } from './markdown';
import type { TopicDetails } from './topic-details';

export interface PullRequestBodyInput {
  repository: RepositoryRef;
  cluster: string;
  /** Repository-relative folder of the cluster (`kafka-schemas/<cluster>`). */
  clusterFolder: string;
  branch: string;
  baseBranch: string;
  topics: TopicDetails[];
  /** Topics that could not be read this run (their files are as committed). */
  failedTopics: string[];
  /** Vanished topics kept because the scan was partial. */
  keptVanished: string[];
  /** Why vanished topics are kept when the scan was complete (the mass-deletion guard). */
  keptVanishedReason?: string;
  /** Inference near calls by topic (paths, key classes and counts: no data). */
  notes?: ReadonlyMap<string, readonly string[]>;
  /** The cluster's own files the branch adds or changes (cluster.json). */
  clusterFiles?: Array<{ name: string; change: 'added' | 'modified' }>;
}

export function pullRequestMarker(cluster: string): string {
  return hiddenMarker('pull-request', cluster);
}

const FILES_BUDGET = 16_000;
const VANISHED_BUDGET = 8_000;
const NOTES_BUDGET = 8_000;

function section(details: TopicDetails): TopicDiffSection {
  return {
    name: details.topic,
    compatibility: details.diff?.compatibility ?? 'NONE',
    changes: details.diff?.changes ?? [],
    isNew: details.kind === 'new',
  };
}

/** Pure: the pull request body; deterministic, so an unchanged scan leaves it byte for byte the same. */
export function renderPullRequestBody(input: PullRequestBodyInput): string {
  const count = (kind: TopicDetails['kind']) => input.topics.filter((topic) => topic.kind === kind).length;
  const cluster = inlineCode(input.cluster);
  let header = `${pullRequestMarker(input.cluster)}\n### Kafka schemas of cluster ${cluster}\n\n`;
  header += `**${count('new')}** new topic(s), **${count('changed')}** changed, **${count('removed')}** vanished (folders removed).\n\n`;
  if (input.keptVanishedReason) {
    header += `> [!WARNING]\n> ${escapeMarkdown(input.keptVanishedReason)}.\n\n`;
  } else if (input.failedTopics.length > 0 || input.keptVanished.length > 0) {
    header +=
      `> [!WARNING]\n> The scan was partial: ${input.failedTopics.length} topic(s) could not be read and keep their committed files` +
      (input.keptVanished.length > 0 ? `; ${input.keptVanished.length} vanished topic(s) are kept until a complete scan confirms them` : '') +
      '.\n\n';
  }
  for (const file of input.clusterFiles ?? []) {
    const url = webLink(input.repository, 'blob', input.branch, `${input.clusterFolder}/${file.name}`);
    header += `${link(file.name, url)} ${file.change}: the cluster's DataHub identity (platform instance, env), used by \`emit\`.\n\n`;
  }
  const broken = input.topics.filter((topic) => topic.diffError !== undefined);
  for (const topic of broken) header += `- ${inlineCode(topic.topic)}: no verdict (${escapeMarkdown(topic.diffError!)})\n`;
  if (broken.length > 0) header += '\n';

  const sections = input.topics.filter((topic) => topic.kind !== 'removed').map(section);
  if (sections.length > 0) header += '#### New and changed topics\n\n';

  const vanishedLines = input.topics
    .filter((topic) => topic.kind === 'removed')
    .map(
      (topic) =>
        `- ${inlineCode(topic.topic)} (${link('folder on ' + input.baseBranch, webLink(input.repository, 'tree', input.baseBranch, `${input.clusterFolder}/${topic.topic}`))})\n`,
    );
  const fileLines = input.topics
    .filter((topic) => topic.kind !== 'removed')
    .map((topic) => {
      const files = topic.files.map((file) =>
        link(file.name, webLink(input.repository, 'blob', input.branch, `${input.clusterFolder}/${topic.topic}/${file.name}`)),
      );
      const fields = topic.valueFieldCount === undefined ? '' : ` (${topic.valueFieldCount} value field(s))`;
      return `- ${inlineCode(topic.topic)}${fields}: ${files.join(' · ')}\n`;
    });
  const noteLines = input.topics
    .filter((topic) => topic.kind !== 'removed')
    .flatMap((topic) => (input.notes?.get(topic.topic) ?? []).map((note) => `- ${inlineCode(topic.topic)}: ${escapeMarkdown(note)}\n`));
  let footer = '';
  if (noteLines.length > 0) footer += `#### Inference notes\n\n${fitLines(noteLines, NOTES_BUDGET, 'note(s)')}\n`;
  if (vanishedLines.length > 0) {
    footer += `#### Vanished topics (folders removed)\n\nMerging removes their folders, and the emit that follows soft-deletes their datasets in DataHub (they stay, marked removed).\n\n${fitLines(vanishedLines, VANISHED_BUDGET, 'vanished topic(s)')}\n`;
  }
  if (fileLines.length > 0) footer += `#### Changed files\n\n${fitLines(fileLines, FILES_BUDGET, 'topic(s)')}\n`;
  footer += `<sub>Written by kafka-schema-scout from sampled messages (names, types and counts only). Fixes pushed to ${inlineCode(input.branch)} (a type, a \`doc\`, an \`overrides\` entry in \`topic.json\`) are kept: the next scan reads them as its prior and commits on top of them.</sub>\n`;

  return clip(renderTopicsMarkdown(sections, { budget: BODY_BUDGET, header, footer }), BODY_BUDGET);
}

/** The commit message of the schema branch: deterministic, counts only. */
export function commitMessage(cluster: string, topics: TopicDetails[]): string {
  const count = (kind: TopicDetails['kind']) => topics.filter((topic) => topic.kind === kind).length;
  return `Update Kafka schemas of cluster ${cluster}\n\n${count('new')} new, ${count('changed')} changed, ${count('removed')} vanished topic(s).\n`;
}
