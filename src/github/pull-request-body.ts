import { renderTopicsMarkdown, type TopicDiffSection } from '../schema/render-markdown';
import type { EvidenceLookup } from '../scan/topic-evidence';
import { naturalCompare } from '../util/natural-order';
import { headline, titleCounts } from './change-words';
import { webLink, type RepositoryRef } from './client';
import { orderTopics, renderImpactSections, standingOfDetails } from './impact-sections';
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
  /** What the scan's sample was, by topic (counts, offsets, times: never a value). */
  evidence?: EvidenceLookup;
}

export function pullRequestMarker(cluster: string): string {
  return hiddenMarker('pull-request', cluster);
}

const FILES_BUDGET = 12_000;
const VANISHED_BUDGET = 6_000;
const NOTES_BUDGET = 6_000;
const IMPACT_BUDGET = 24_000;

function section(details: TopicDetails): TopicDiffSection {
  return {
    name: details.topic,
    compatibility: details.diff?.compatibility ?? 'NONE',
    changes: details.diff?.changes ?? [],
    isNew: details.kind === 'new',
  };
}

/** The scan PR's title: the configured one, then its counts worst first (`1 breaking, 2 changed, 1 new`). */
export function pullRequestTitle(title: string, topics: TopicDetails[]): string {
  const counts = titleCounts(topics.map(standingOfDetails));
  return counts === '' ? title : `${title} (${counts})`;
}

/**
 * Pure: the pull request body; deterministic, so an unchanged scan leaves it byte for byte the
 * same. The headline and what each change means for consumers come first, worst first; the full
 * change tables last.
 */
export function renderPullRequestBody(input: PullRequestBodyInput): string {
  const cluster = inlineCode(input.cluster);
  let header = `${pullRequestMarker(input.cluster)}\n### Kafka schemas of cluster ${cluster}\n\n`;
  header += `${headline(input.topics.map(standingOfDetails))}\n\n`;
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
  const shown = orderTopics(input.topics.filter((topic) => topic.kind !== 'removed'));
  if (shown.length > 0) {
    header += '#### What changes for consumers\n\n';
    header +=
      'Old readers are the consumers that still hold the committed schema and read what producers write now; new readers use the schema of this pull request on older records.\n\n';
    header += renderImpactSections(shown, input.evidence, IMPACT_BUDGET);
  }
  const noteLines = shown.flatMap((topic) => (input.notes?.get(topic.topic) ?? []).map((note) => `- ${inlineCode(topic.topic)}: ${escapeMarkdown(note)}\n`));
  if (noteLines.length > 0) header += `#### Near calls of the inference\n\n${fitLines(noteLines, NOTES_BUDGET, 'note(s)')}\n`;
  const vanishedLines = input.topics
    .filter((topic) => topic.kind === 'removed')
    .sort((a, b) => naturalCompare(a.topic, b.topic))
    .map(
      (topic) =>
        `- ${inlineCode(topic.topic)} (${link('folder on ' + input.baseBranch, webLink(input.repository, 'tree', input.baseBranch, `${input.clusterFolder}/${topic.topic}`))})\n`,
    );
  if (vanishedLines.length > 0) {
    header += `#### Vanished topics (folders removed)\n\nMerging removes their folders, and the emit that follows soft-deletes their datasets in DataHub (they stay, marked removed).\n\n${fitLines(vanishedLines, VANISHED_BUDGET, 'vanished topic(s)')}\n`;
  }
  const sections = shown.map(section);
  if (sections.length > 0) header += '#### All changes\n\n';

  const fileLines = shown.map((topic) => {
    const files = topic.files.map((file) =>
      link(file.name, webLink(input.repository, 'blob', input.branch, `${input.clusterFolder}/${topic.topic}/${file.name}`)),
    );
    const fields = topic.valueFieldCount === undefined ? '' : ` (${topic.valueFieldCount} value field(s))`;
    return `- ${inlineCode(topic.topic)}${fields}: ${files.join(' · ')}\n`;
  });
  let footer = '';
  if (fileLines.length > 0) footer += `#### Changed files\n\n${fitLines(fileLines, FILES_BUDGET, 'topic(s)')}\n`;
  footer += `<sub>Written by kafka-schema-scout from sampled messages (names, types and counts only). Fixes pushed to ${inlineCode(input.branch)} (a type, a \`doc\`, an \`overrides\` entry in \`topic.json\`) are kept: the next scan reads them as its prior and commits on top of them.</sub>\n`;

  return clip(renderTopicsMarkdown(sections, { budget: BODY_BUDGET, header, footer }), BODY_BUDGET);
}

/** The commit message of the schema branch: deterministic, counts only. */
export function commitMessage(cluster: string, topics: TopicDetails[]): string {
  const count = (kind: TopicDetails['kind']) => topics.filter((topic) => topic.kind === kind).length;
  return `Update Kafka schemas of cluster ${cluster}\n\n${count('new')} new, ${count('changed')} changed, ${count('removed')} vanished topic(s).\n`;
}
